package dev.reelrank.viewmodel.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/** Number formats for the UI language. */
public final class Numbers {
    private final Locale locale;
    private final DecimalFormat amount;
    private final DecimalFormat twoDecimals;
    private final DecimalFormat manyDecimals;
    private final NumberFormat percent;
    private final NumberFormat integer;

    public Numbers(Locale locale) {
        this.locale = locale;
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.amount = new DecimalFormat("#,##0.########", symbols);
        this.amount.setParseBigDecimal(true);
        this.twoDecimals = new DecimalFormat("#,##0.00", symbols);
        this.manyDecimals = new DecimalFormat("#,##0.######", symbols);
        this.percent = NumberFormat.getPercentInstance(locale);
        this.percent.setMinimumFractionDigits(1);
        this.percent.setMaximumFractionDigits(1);
        this.integer = NumberFormat.getIntegerInstance(locale);
    }

    /** A price as its source gave it, with grouping and every significant decimal. */
    public String amount(BigDecimal value) {
        return amount.format(value);
    }

    /** A derived cost: two decimals, or three significant digits for costs under 0.1. */
    public String cost(BigDecimal value) {
        BigDecimal shown = value.abs().compareTo(new BigDecimal("0.1")) < 0 && value.signum() != 0
                ? value.round(new MathContext(3, RoundingMode.HALF_EVEN))
                : value.setScale(2, RoundingMode.HALF_EVEN);
        return (shown.scale() > 2 ? manyDecimals : twoDecimals).format(shown);
    }

    public String percent(double share) {
        return percent.format(share);
    }

    public String percentWhole(double share) {
        return integer.format(Math.round(share * 100)) + " %";
    }

    /** A figure with grouping and exactly {@code decimals} decimals: 1,113 and 9,000, 12.00. */
    public String fixed(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value);
    }

    public String whole(double value) {
        return integer.format(Math.round(value));
    }

    public String count(long value) {
        return integer.format(value);
    }
}
