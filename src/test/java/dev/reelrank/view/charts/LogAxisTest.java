package dev.reelrank.view.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.testing.DefaultLocale;
import dev.reelrank.view.FxThread;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.geometry.Side;
import org.junit.jupiter.api.Test;

/** The logarithmic axis, over many random data ranges, sides and sizes. */
class LogAxisTest {
    private static final long SEED = Long.getLong("reelrank.logSeed", 20261129L);

    @Test
    void displayPositionAndValue_roundTrip_andGrowWithTheValue() {
        FxThread.run(() -> {
            Random random = new Random(SEED);
            for (int i = 0; i < 500; i++) {
                LogAxis axis = randomAxis(random);
                boolean vertical = axis.getSide().isVertical();
                double length = vertical ? axis.getHeight() : axis.getWidth();
                double low = axis.getLowerBound();
                double high = axis.getUpperBound();
                String what = axis.getSide() + " " + low + "\u2013" + high + " over " + length + " px";
                assertEquals(vertical ? length : 0, axis.getDisplayPosition(low), 1e-6, what);
                assertEquals(vertical ? 0 : length, axis.getDisplayPosition(high), 1e-6, what);
                double previous = Double.NaN;
                for (int j = 0; j < 50; j++) {
                    double value = low * Math.pow(high / low, j / 49.0);
                    double position = axis.getDisplayPosition(value);
                    double back = axis.getValueForDisplay(position).doubleValue();
                    assertEquals(value, back, value * 1e-9, what + ": " + value + " at " + position);
                    assertTrue(axis.isValueOnAxis(value) || j == 0 || j == 49, what + ": " + value);
                    if (j > 0) {
                        assertTrue(vertical ? position < previous : position > previous, what + ": " + value);
                    }
                    previous = position;
                }
                assertTrue(Double.isNaN(axis.getDisplayPosition(0)), "zero has no place on a log axis");
            }
        });
    }

    @Test
    void fit_roundsOutToWholeDecades_aroundTheData() {
        FxThread.run(() -> {
            Random random = new Random(SEED + 1);
            for (int i = 0; i < 2_000; i++) {
                double min = Math.pow(10, -4 + 10 * random.nextDouble());
                double max = min * Math.pow(10, 5 * random.nextDouble());
                LogAxis axis = new LogAxis(Locale.US);
                axis.fit(min, max);
                String what = min + "\u2013" + max + " gave " + axis.getLowerBound() + "\u2013" + axis.getUpperBound();
                assertTrue(isPowerOfTen(axis.getLowerBound()) && isPowerOfTen(axis.getUpperBound()), what);
                assertTrue(axis.getLowerBound() <= min * (1 + 1e-12), what);
                assertTrue(axis.getUpperBound() >= max * (1 - 1e-12), what);
                assertTrue(axis.getUpperBound() > axis.getLowerBound(), what);
            }
        });
    }

    @Test
    void ticks_areOneTwoAndFivePerDecade_withinTheBounds() {
        FxThread.run(() -> {
            Random random = new Random(SEED + 2);
            for (int i = 0; i < 500; i++) {
                LogAxis axis = randomAxis(random);
                double low = axis.getLowerBound();
                double high = axis.getUpperBound();
                List<Number> ticks = axis.calculateTickValues(axis.getWidth(), new double[] {low, high});
                String what = low + "\u2013" + high + ": " + ticks;
                int decades = (int) Math.round(Math.log10(high / low));
                assertEquals(3 * decades + 1, ticks.size(), what);
                double previous = 0;
                for (Number tick : ticks) {
                    double value = tick.doubleValue();
                    assertTrue(value >= low * (1 - 1e-9) && value <= high * (1 + 1e-9), what + ": " + value);
                    double mantissa = value / Math.pow(10, Math.floor(Math.log10(value) + 1e-9));
                    assertTrue(near(mantissa, 1) || near(mantissa, 2) || near(mantissa, 5), what + ": " + value);
                    assertTrue(value > previous * (1 + 1e-9), what + ": not increasing at " + value);
                    previous = value;
                }
                assertEquals(low, ticks.getFirst().doubleValue(), low * 1e-9, what);
                assertEquals(high, ticks.getLast().doubleValue(), high * 1e-9, what);
            }
        });
    }

    /** Issue 16: the labels were written in the system's locale, whatever the chart's language. */
    @Test
    void labels_followTheAxissLocale_notTheSystems() throws Exception {
        for (Locale system :
                List.of(Locale.US, Locale.GERMANY, Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("ar-EG"))) {
            List<String> us = DefaultLocale.during(system, () -> labels(Locale.US));
            assertEquals(
                    List.of(
                            "0.01", "0.02", "0.05", "0.1", "0.2", "0.5", "1", "2", "5", "10", "20", "50", "100", "200",
                            "500", "1,000", "2,000", "5,000", "10,000"),
                    us,
                    "under " + system);
            assertEquals(
                    "1.000",
                    DefaultLocale.during(system, () -> labels(Locale.GERMANY)).get(15),
                    "under " + system);
            assertEquals(
                    "1,000",
                    DefaultLocale.during(system, () -> labels(Locale.CHINA)).get(15),
                    "under " + system);
        }
    }

    private static List<String> labels(Locale locale) {
        LogAxis axis = new LogAxis(locale);
        axis.fit(0.01, 10_000);
        return axis.calculateTickValues(500, new double[] {axis.getLowerBound(), axis.getUpperBound()}).stream()
                .map(axis::getTickMarkLabel)
                .toList();
    }

    private static LogAxis randomAxis(Random random) {
        LogAxis axis = new LogAxis(Locale.US);
        axis.setSide(random.nextBoolean() ? Side.BOTTOM : Side.LEFT);
        double min = Math.pow(10, -3 + 8 * random.nextDouble());
        axis.fit(min, min * Math.pow(10, 4 * random.nextDouble()));
        axis.resize(100 + random.nextInt(1800), 60 + random.nextInt(900));
        return axis;
    }

    private static boolean isPowerOfTen(double value) {
        double exponent = Math.log10(value);
        return Math.abs(exponent - Math.rint(exponent)) < 1e-9;
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < 1e-6;
    }
}
