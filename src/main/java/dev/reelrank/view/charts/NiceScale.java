package dev.reelrank.view.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Round axis bounds and tick steps for a chart's range: steps of 1, 2, 2.5 or 5 times a power of
 * ten, and bounds on whole steps, so the ticks are evenly spaced from one end of the axis to the
 * other.
 */
final class NiceScale {
    /** The nice step mantissas, smallest first. */
    private static final double[] MANTISSAS = {1, 2, 2.5, 5};
    /** How far a value may sit past a step before it counts as the next one (rounding noise). */
    private static final double NOISE = 1e-9;

    private NiceScale() {}

    /**
     * Axis bounds on whole steps and the step between ticks.
     *
     * @param lower the first tick, a multiple of {@code step}
     * @param upper the last tick, a multiple of {@code step}
     * @param step  1, 2, 2.5 or 5 times a power of ten
     */
    record Range(double lower, double upper, double step) {
        /** How many steps from lower to upper. */
        int intervals() {
            return (int) Math.round((upper - lower) / step);
        }

        /** Every tick from lower to upper, computed without adding up rounding errors. */
        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            BigDecimal first = BigDecimal.valueOf(lower);
            BigDecimal by = BigDecimal.valueOf(step);
            for (int i = 0, n = intervals(); i <= n; i++) {
                ticks.add(first.add(by.multiply(BigDecimal.valueOf(i))).doubleValue());
            }
            return ticks;
        }
    }

    /**
     * A tick step that gives about {@code ticks} intervals (at least 4 and at most 8 for 5–6) from
     * 0 to {@code range} once the range is rounded up to a whole step with {@link #ceil}.
     */
    static double step(double range, int ticks) {
        if (range <= 0 || !Double.isFinite(range)) {
            return 1;
        }
        return range(0, range, ticks).step();
    }

    /** The smallest multiple of {@code step} at or above {@code value}, ignoring rounding noise. */
    static double ceil(double value, double step) {
        return times(Math.ceil(value / step - NOISE), step);
    }

    /** The largest multiple of {@code step} at or below {@code value}, ignoring rounding noise. */
    static double floor(double value, double step) {
        return times(Math.floor(value / step + NOISE), step);
    }

    /**
     * Nice bounds around {@code min}–{@code max} with the number of intervals nearest {@code intervals};
     * for 5 to 7 wanted that is always 4 to 8.
     */
    static Range range(double min, double max, int intervals) {
        return range(min, max, intervals, Math.max(intervals, 4) + 2);
    }

    /**
     * Nice bounds around {@code min}–{@code max} with at most {@code most} intervals (when a step can
     * give that few), as near to {@code wanted} as can be; of two as near, the one with fewer.
     */
    static Range range(double min, double max, int wanted, int most) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            min = 0;
            max = 1;
        }
        if (max < min) {
            double swap = min;
            min = max;
            max = swap;
        }
        if (max == min) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            max += pad;
            min = min >= 0 && min - pad < 0 ? min : min - pad;
        }
        wanted = Math.max(1, wanted);
        most = Math.max(1, most);
        double raw = (max - min) / wanted;
        int exponent = (int) Math.floor(Math.log10(raw));
        Range best = null;
        int bestCount = 0;
        Range widest = null;
        for (int power = exponent - 1; power <= exponent + 2; power++) {
            for (double mantissa : MANTISSAS) {
                double step = new BigDecimal(mantissa).scaleByPowerOfTen(power).doubleValue();
                Range candidate = new Range(floor(min, step), ceil(max, step), step);
                int count = candidate.intervals();
                if (count < 1) {
                    continue;
                }
                if (widest == null || step > widest.step()) {
                    widest = candidate;
                }
                if (count > most) {
                    continue;
                }
                int distance = Math.abs(count - wanted);
                int bestDistance = Math.abs(bestCount - wanted);
                if (best == null || distance < bestDistance || (distance == bestDistance && count < bestCount)) {
                    best = candidate;
                    bestCount = count;
                }
            }
        }
        return best != null ? best : widest;
    }

    /** Whether {@code step} is 1, 2, 2.5 or 5 times a power of ten. */
    static boolean isNice(double step) {
        if (!(step > 0) || !Double.isFinite(step)) {
            return false;
        }
        BigDecimal mantissa = BigDecimal.valueOf(step).stripTrailingZeros();
        mantissa = mantissa.movePointLeft(mantissa.precision() - mantissa.scale() - 1);
        for (double nice : MANTISSAS) {
            if (mantissa.compareTo(BigDecimal.valueOf(nice)) == 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code count} steps, as the decimal nearest the exact product (0.1 × 3 is 0.3, not 0.30000000000000004). */
    private static double times(double count, double step) {
        if (!Double.isFinite(count) || !Double.isFinite(step)) {
            return count * step;
        }
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(step)).doubleValue();
    }
}
