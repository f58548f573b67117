package dev.reelrank.view.charts;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.ValueAxis;

/**
 * A linear value axis with {@link NiceScale} ticks that fit the axis as drawn: the chart panel says
 * which values must show ({@link #fit}), and at each layout the axis picks the nice step with about
 * six (or as many as asked) intervals that its length can label without crowding, with both ends on whole steps. So every
 * tick label is drawn, evenly spaced to the end of the axis; JavaFX never has to hide some (which
 * left "0, 100, 150, 250"), and there is no extra tick at an odd upper bound ("1,300, 1,350").
 */
public final class NiceAxis extends ValueAxis<Number> {
    private final int wanted;
    private final Locale locale;
    private double wantedMin = Double.NaN;
    private double wantedMax = Double.NaN;
    private NiceScale.Range range = NiceScale.range(0, 1, 6);

    /** An axis with about six intervals where they fit, its labels written for {@code locale}. */
    public NiceAxis(Locale locale) {
        this(locale, 6);
    }

    /** An axis with about {@code wanted} intervals where they fit. */
    public NiceAxis(Locale locale, int wanted) {
        this.locale = locale;
        this.wanted = Math.max(1, wanted);
        // Auto-ranging, so that the axis chooses its range for its length at every layout; the range
        // comes from fit(), not from the chart's data.
        setAutoRanging(true);
    }

    /** The values the axis must show, from {@code min} to {@code max}; the bounds round out to nice steps. */
    public void fit(double min, double max) {
        double low = Math.min(min, max);
        double high = Math.max(min, max);
        if (low == wantedMin && high == wantedMax) {
            return;
        }
        wantedMin = low;
        wantedMax = high;
        invalidateRange();
        requestAxisLayout();
    }

    /**
     * Once the panel has said what to show ({@link #fit}), a change in the chart's data does not
     * move the axis: without this, every edit of one bar rebuilt every tick label.
     */
    @Override
    public void invalidateRange(List<Number> data) {
        if (Double.isNaN(wantedMin)) {
            super.invalidateRange(data);
        }
    }

    /** The step between ticks as last laid out. */
    double step() {
        return range.step();
    }

    @Override
    protected Object autoRange(double minValue, double maxValue, double length, double labelSize) {
        double min = Double.isNaN(wantedMin) ? minValue : wantedMin;
        double max = Double.isNaN(wantedMax) ? maxValue : wantedMax;
        NiceScale.Range chosen = choose(min, max, length);
        return new Object[] {chosen, calculateNewScale(length, chosen.lower(), chosen.upper())};
    }

    /** The nice range with the most intervals, up to about the number wanted, whose labels fit with room between. */
    private NiceScale.Range choose(double min, double max, double length) {
        if (!(length > 0)) {
            return NiceScale.range(min, max, wanted);
        }
        boolean vertical = getSide() != null && getSide().isVertical();
        NiceScale.Range fewest = null;
        for (int most = wanted + 2; most >= 1; most--) {
            NiceScale.Range candidate = NiceScale.range(min, max, Math.min(wanted, most), most);
            if (fits(candidate, length, vertical)) {
                return candidate;
            }
            fewest = candidate;
        }
        return fewest;
    }

    private boolean fits(NiceScale.Range candidate, double length, boolean vertical) {
        double largest = 0;
        double total = 0;
        for (double tick : candidate.ticks()) {
            var size = measureTickMarkLabelSize(label(tick, candidate.step()), getTickLabelRotation());
            double along = vertical ? size.getHeight() : size.getWidth();
            largest = Math.max(largest, along);
            total += along;
        }
        // Room between neighbours: most of a line up and down, a word's space across.
        double gap = vertical ? largest * 0.8 : Math.max(8, getTickLabelFont().getSize());
        double spacing = length / candidate.intervals();
        return spacing >= largest + gap && total <= length;
    }

    /**
     * Rounding can put an end tick a hair outside the axis (-1e-14 px), where Axis hides its label:
     * the axis then ended on an unlabelled value at some lengths.
     */
    @Override
    public double getDisplayPosition(Number value) {
        double position = super.getDisplayPosition(value);
        if (Math.abs(position) < 1e-6) {
            return 0;
        }
        // The same at the far end: a cost axis fitted to its labels ended on an unlabelled 25 on slides.
        double length = getSide() != null && getSide().isVertical() ? getHeight() : getWidth();
        return length > 0 && Math.abs(position - length) < 1e-6 ? length : position;
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        Object[] parts = (Object[]) range;
        this.range = (NiceScale.Range) parts[0];
        setLowerBound(this.range.lower());
        setUpperBound(this.range.upper());
        currentLowerBound.set(this.range.lower());
        setScale((Double) parts[1]);
    }

    @Override
    protected Object getRange() {
        return new Object[] {range, getScale()};
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        return new ArrayList<>(((NiceScale.Range) ((Object[]) range)[0]).ticks());
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        List<Number> minor = new ArrayList<>();
        BigDecimal step = BigDecimal.valueOf(range.step());
        // Minor ticks on the next smaller nice step: fifths of 1, 2.5 and 5, quarters of 2.
        int parts = BigDecimal.valueOf(range.step())
                                .stripTrailingZeros()
                                .unscaledValue()
                                .intValue()
                        == 2
                ? 4
                : 5;
        BigDecimal by = step.divide(BigDecimal.valueOf(parts));
        List<Double> ticks = range.ticks();
        for (int i = 0; i + 1 < ticks.size(); i++) {
            BigDecimal start = BigDecimal.valueOf(ticks.get(i));
            for (int j = 1; j < parts; j++) {
                minor.add(start.add(by.multiply(BigDecimal.valueOf(j))).doubleValue());
            }
        }
        return minor;
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        return label(value.doubleValue(), range.step());
    }

    private String label(double value, double step) {
        if (getTickLabelFormatter() != null) {
            return getTickLabelFormatter().toString(value);
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(
                Math.max(0, BigDecimal.valueOf(step).stripTrailingZeros().scale()));
        return format.format(value);
    }
}
