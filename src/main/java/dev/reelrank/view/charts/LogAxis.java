package dev.reelrank.view.charts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Side;
import javafx.scene.chart.ValueAxis;

/**
 * A logarithmic value axis: equal distances are equal ratios, so a 20× price gap and a 2× one
 * both stay readable. Ticks fall on 1, 2 and 5 times powers of ten; bounds are set by the chart
 * panel, never auto-ranged.
 */
public final class LogAxis extends ValueAxis<Number> {
    private final DecimalFormat label;

    /** An axis with its labels written for {@code locale} (1,000 and 0.5, or 1.000 and 0,5). */
    LogAxis(Locale locale) {
        label = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(locale));
        setAutoRanging(false);
        setLowerBound(1);
        setUpperBound(1000);
    }

    /** Rounds the bounds out to whole decades around the data. */
    void fit(double min, double max) {
        double low = Math.pow(10, Math.floor(Math.log10(Math.max(min, 1e-9))));
        double high = Math.pow(10, Math.ceil(Math.log10(Math.max(max, low * 10))));
        setLowerBound(low);
        setUpperBound(high);
        invalidateRange();
        requestAxisLayout();
    }

    private double fraction(double value) {
        double low = Math.log10(getLowerBound());
        double high = Math.log10(getUpperBound());
        return (Math.log10(value) - low) / (high - low);
    }

    @Override
    public double getDisplayPosition(Number value) {
        double v = value.doubleValue();
        if (v <= 0) {
            return Double.NaN;
        }
        boolean vertical = getSide() == Side.LEFT || getSide() == Side.RIGHT;
        double length = vertical ? getHeight() : getWidth();
        double position = fraction(v) * length;
        return vertical ? length - position : position;
    }

    @Override
    public Number getValueForDisplay(double displayPosition) {
        boolean vertical = getSide() == Side.LEFT || getSide() == Side.RIGHT;
        double length = vertical ? getHeight() : getWidth();
        double fraction = (vertical ? length - displayPosition : displayPosition) / length;
        double low = Math.log10(getLowerBound());
        double high = Math.log10(getUpperBound());
        return Math.pow(10, low + fraction * (high - low));
    }

    @Override
    public boolean isValueOnAxis(Number value) {
        double v = value.doubleValue();
        return v >= getLowerBound() && v <= getUpperBound();
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        List<Number> minor = new ArrayList<>();
        for (double decade = getLowerBound(); decade < getUpperBound(); decade *= 10) {
            for (int m = 3; m <= 9; m++) {
                if (m != 5) {
                    minor.add(decade * m);
                }
            }
        }
        return minor;
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] bounds = (double[]) range;
        setLowerBound(bounds[0]);
        setUpperBound(bounds[1]);
        currentLowerBound.set(bounds[0]);
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound()};
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double[] bounds = (double[]) range;
        List<Number> ticks = new ArrayList<>();
        for (double decade = bounds[0]; decade <= bounds[1] * 1.0001; decade *= 10) {
            for (int m : new int[] {1, 2, 5}) {
                double value = decade * m;
                if (value <= bounds[1] * 1.0001) {
                    ticks.add(value);
                }
            }
        }
        return ticks;
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        return label.format(value.doubleValue());
    }
}
