package dev.reelrank.viewmodel;

/** Round steps for a value axis: 1, 2, 2.5 or 5 times a power of ten. */
final class AxisSteps {
    private AxisSteps() {
    }

    /** A step that divides {@code range} into about {@code intervals} round parts. */
    static double step(double range, int intervals) {
        if (!(range > 0) || !Double.isFinite(range)) {
            return 1;
        }
        double raw = range / intervals;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
