package dev.reelrank.view;

/** Round axis bounds and tick steps (1, 2 or 5 times a power of ten) for a chart's range. */
final class NiceScale {
    private NiceScale() {
    }

    /** A tick step that gives about {@code ticks} intervals over {@code range}. */
    static double step(double range, int ticks) {
        if (range <= 0 || !Double.isFinite(range)) {
            return 1;
        }
        double raw = range / ticks;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    /** The smallest multiple of {@code step} at or above {@code value}. */
    static double ceil(double value, double step) {
        return Math.ceil(value / step) * step;
    }
}
