package dev.reelrank.view.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Nice axis steps and bounds, checked as properties over many random ranges. */
class NiceScaleTest {
    private static final long SEED = Long.getLong("reelrank.niceSeed", 20261129L);

    @Test
    void stepAndCeil_giveANiceStep_anUpperBoundOnAStep_andFourToEightIntervals() {
        Random random = new Random(SEED);
        for (int i = 0; i < 20_000; i++) {
            double range = randomMagnitude(random);
            int ticks = 5 + random.nextInt(2);
            double step = NiceScale.step(range, ticks);
            double upper = NiceScale.ceil(range, step);
            String what = "range " + range + ", " + ticks + " ticks: step " + step + ", upper " + upper;
            assertTrue(isNice(step), what);
            assertTrue(upper >= range * (1 - 1e-9), what);
            assertTrue(isMultiple(upper, step), what);
            long intervals = Math.round(upper / step);
            assertTrue(intervals >= 4 && intervals <= 8, what + " gives " + intervals + " intervals");
        }
    }

    @Test
    void twoAndAHalf_isANiceStep() {
        assertEquals(25, NiceScale.step(150, 6), 1e-12);
        assertEquals(0.25, NiceScale.step(1.5, 6), 1e-12);
        assertEquals(2.5e9, NiceScale.step(15e9, 6), 1e-3);
    }

    @Test
    void range_coversTheData_onWholeNiceSteps_withFourToEightEvenIntervals() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 20_000; i++) {
            double span = randomMagnitude(random);
            double min = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> -span * random.nextDouble();
                default -> span * 20 * (random.nextDouble() - 0.3);
            };
            double max = min + span;
            NiceScale.Range range = NiceScale.range(min, max, 5 + random.nextInt(3));
            String what = min + "\u2013" + max + " gave " + range;
            assertTrue(isNice(range.step()) && NiceScale.isNice(range.step()), what);
            assertTrue(range.lower() <= min + span * 1e-9 && range.upper() >= max - span * 1e-9, what);
            assertTrue(isMultiple(range.lower(), range.step()) && isMultiple(range.upper(), range.step()), what);
            assertTrue(range.intervals() >= 4 && range.intervals() <= 8, what);
            List<Double> ticks = range.ticks();
            assertEquals(range.intervals() + 1, ticks.size(), what);
            assertEquals(range.lower(), ticks.getFirst(), 0, what);
            assertEquals(range.upper(), ticks.getLast(), Math.abs(range.step()) * 1e-9, what);
            for (int t = 1; t < ticks.size(); t++) {
                assertEquals(range.step(), ticks.get(t) - ticks.get(t - 1), range.step() * 1e-6, what + ": " + ticks);
            }
        }
    }

    @Test
    void range_withAtMostSoManyIntervals_keepsToIt_whenAStepCan() {
        Random random = new Random(SEED + 2);
        for (int i = 0; i < 20_000; i++) {
            double span = randomMagnitude(random);
            double min = random.nextBoolean() ? 0 : span * 10 * random.nextDouble();
            int most = 1 + random.nextInt(10);
            NiceScale.Range range = NiceScale.range(min, min + span, Math.min(6, most), most);
            String what = min + " + " + span + ", at most " + most + ": " + range;
            assertTrue(isNice(range.step()), what);
            assertTrue(range.intervals() >= 1 && range.intervals() <= Math.max(most, 2), what);
            assertTrue(range.lower() <= min + span * 1e-9 && range.upper() >= min + span * (1 - 1e-9), what);
        }
    }

    @Test
    void ticks_areExactDecimals_andDegenerateRangesStillGiveAnAxis() {
        assertEquals(
                List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6),
                NiceScale.range(0, 0.55, 6).ticks());
        assertEquals(0.3, NiceScale.ceil(0.30000000000000004, 0.1));
        assertEquals(1.2, NiceScale.floor(1.2000000000000002, 0.2));
        // 1.2 bn over ten steps: not 1.3 bn because of rounding noise.
        assertEquals(1.2e9, NiceScale.ceil(1.2e9 * (1 + 1e-15), 1e8));
        NiceScale.Range zero = NiceScale.range(0, 0, 6);
        assertTrue(zero.upper() > zero.lower() && zero.intervals() >= 4, zero.toString());
        NiceScale.Range point = NiceScale.range(1000, 1000, 6);
        assertTrue(point.lower() < 1000 && point.upper() > 1000, point.toString());
        NiceScale.Range broken = NiceScale.range(Double.NaN, 5, 6);
        assertTrue(broken.upper() > broken.lower(), broken.toString());
        assertTrue(NiceScale.isNice(2.5e-7) && NiceScale.isNice(50) && !NiceScale.isNice(3) && !NiceScale.isNice(0));
    }

    static double randomMagnitude(Random random) {
        return Math.pow(10, -6 + 18 * random.nextDouble());
    }

    static boolean isNice(double step) {
        double mantissa = step / Math.pow(10, Math.floor(Math.log10(step)));
        for (double nice : new double[] {1, 2, 2.5, 5, 10}) {
            if (Math.abs(mantissa - nice) < 1e-9) {
                return true;
            }
        }
        return false;
    }

    static boolean isMultiple(double value, double step) {
        double ratio = value / step;
        return Math.abs(ratio - Math.rint(ratio)) < 1e-6;
    }
}
