package dev.reelrank.view.charts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Dimension2D;
import javafx.scene.chart.ValueAxis;

/**
 * A date axis, in epoch days, whose ticks fall on month starts: every month, quarter, half year or
 * year (or every 2, 5 or 10 years), the finest step whose labels fit the axis with room between
 * them. Only ticks whose label lies wholly inside the axis are drawn, so the last label is never
 * cut off at the chart's edge, whatever the language. Bounds are set by the chart, never
 * auto-ranged.
 */
final class DateAxis extends ValueAxis<Number> {
    private static final int[] MONTHS_PER_TICK = {1, 3, 6, 12, 24, 60, 120};
    private final DateTimeFormatter monthFormat;
    private final DateTimeFormatter yearFormat;
    private int monthsPerTick = 1;

    /**
     * @param monthFormat labels of ticks a month, quarter or half year apart ("Jun 2024", "2024年6月")
     * @param yearFormat  labels of ticks a year or more apart ("2024", "2024年")
     */
    DateAxis(DateTimeFormatter monthFormat, DateTimeFormatter yearFormat) {
        this.monthFormat = monthFormat;
        this.yearFormat = yearFormat;
        setAutoRanging(false);
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        setLowerBound((double) today.minusYears(1).toEpochDay());
        setUpperBound((double) today.toEpochDay());
    }

    /** Shows the days from {@code fromDay} to {@code toDay} (epoch days) across the axis. */
    void fit(double fromDay, double toDay) {
        setLowerBound(Math.min(fromDay, toDay));
        setUpperBound(Math.max(toDay, fromDay + 1));
        invalidateRange();
        requestAxisLayout();
    }

    /** Months between two ticks as last laid out: 1, 3, 6, 12 or more; for tests. */
    int monthsPerTick() {
        return monthsPerTick;
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound()};
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] bounds = (double[]) range;
        setLowerBound(bounds[0]);
        setUpperBound(bounds[1]);
        currentLowerBound.set(bounds[0]);
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double[] bounds = (double[]) range;
        if (!(bounds[1] > bounds[0])) {
            return new ArrayList<>();
        }
        List<Number> ticks = new ArrayList<>();
        for (int months : MONTHS_PER_TICK) {
            monthsPerTick = months;
            ticks = inside(monthStarts(bounds[0], bounds[1], months), bounds, length);
            if (!(length > 0) || roomy(ticks, bounds, length)) {
                break;
            }
        }
        return ticks;
    }

    /** The first days of every {@code months}-th month (counted from January of year 0) within the bounds. */
    private static List<Number> monthStarts(double from, double to, int months) {
        List<Number> starts = new ArrayList<>();
        LocalDate day = LocalDate.ofEpochDay((long) Math.ceil(from));
        LocalDate month = day.getDayOfMonth() == 1 ? day : day.withDayOfMonth(1).plusMonths(1);
        while ((month.getYear() * 12L + month.getMonthValue() - 1) % months != 0) {
            month = month.plusMonths(1);
        }
        for (; month.toEpochDay() <= to && starts.size() < 1000; month = month.plusMonths(months)) {
            starts.add((double) month.toEpochDay());
        }
        return starts;
    }

    /** The ticks whose label lies wholly inside the axis. */
    private List<Number> inside(List<Number> ticks, double[] bounds, double length) {
        if (!(length > 0)) {
            return ticks;
        }
        List<Number> kept = new ArrayList<>();
        for (Number tick : ticks) {
            double centre = position(tick.doubleValue(), bounds, length);
            double half = along(tick) / 2;
            if (centre - half >= 0 && centre + half <= length) {
                kept.add(tick);
            }
        }
        return kept;
    }

    /** Whether neighbouring labels keep a word's space between them. */
    private boolean roomy(List<Number> ticks, double[] bounds, double length) {
        double gap = Math.max(8, getTickLabelFont().getSize());
        double total = 0;
        for (int i = 0; i < ticks.size(); i++) {
            double size = along(ticks.get(i));
            total += size;
            if (i > 0) {
                double apart = Math.abs(position(ticks.get(i).doubleValue(), bounds, length)
                        - position(ticks.get(i - 1).doubleValue(), bounds, length));
                if (apart < (size + along(ticks.get(i - 1))) / 2 + gap) {
                    return false;
                }
            }
        }
        return total <= length;
    }

    private static double position(double day, double[] bounds, double length) {
        return (day - bounds[0]) / (bounds[1] - bounds[0]) * length;
    }

    /** The size of a tick's label along the axis. */
    private double along(Number tick) {
        Dimension2D size = measureTickMarkLabelSize(getTickMarkLabel(tick), getTickLabelRotation());
        return getSide() != null && getSide().isVertical() ? size.getHeight() : size.getWidth();
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        // Month starts between ticks a quarter to a year apart; January firsts between ticks years apart.
        if (monthsPerTick == 1) {
            return new ArrayList<>();
        }
        List<Number> minor =
                new ArrayList<>(monthStarts(getLowerBound(), getUpperBound(), monthsPerTick <= 12 ? 1 : 12));
        minor.removeAll(monthStarts(getLowerBound(), getUpperBound(), monthsPerTick));
        return minor;
    }

    @Override
    protected String getTickMarkLabel(Number epochDay) {
        LocalDate day = LocalDate.ofEpochDay(Math.round(epochDay.doubleValue()));
        return day.format(monthsPerTick >= 12 ? yearFormat : monthFormat);
    }
}
