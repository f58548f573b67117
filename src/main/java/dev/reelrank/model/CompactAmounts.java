package dev.reelrank.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.Locale;

/**
 * Large sums the way readers say them: "1.21 bn CNY" in English, "12.1 亿元" in Chinese (亿 is
 * 10^8, 万 10^4), three significant digits. The exact figure stays in the model and in CSV output.
 *
 * <p>A list of amounts read together (a table column and the axis beside it) is written in one
 * {@link Magnitude}, picked once from its largest amount, so that every amount names the same unit:
 * "0.0146 bn CNY" next to "25.6 bn CNY", never "14.6 m CNY" next to an axis in billions.
 */
public final class CompactAmounts {
    private static final MathContext THREE_DIGITS = new MathContext(3);

    /**
     * A power of ten amounts are written in, with its word: "bn" (10^9) in English, "亿" (10^8) in
     * Chinese; the empty word for plain amounts.
     */
    public record Magnitude(int exponent, String word) {
        public static final Magnitude NONE = new Magnitude(0, "");

        /** 10^exponent. */
        public BigDecimal size() {
            return BigDecimal.ONE.scaleByPowerOfTen(exponent);
        }

        /** The amount in this magnitude: 1,211,800,000 in billions is 1.2118. */
        public BigDecimal of(BigDecimal amount) {
            return amount.divide(size());
        }
    }

    private static final Magnitude[] ENGLISH = {
        new Magnitude(12, "tn"), new Magnitude(9, "bn"), new Magnitude(6, "m"), new Magnitude(3, "thousand")
    };
    private static final Magnitude[] CHINESE = {new Magnitude(12, "万亿"), new Magnitude(8, "亿"), new Magnitude(4, "万")};

    private CompactAmounts() {}

    /** An amount in the magnitude its own size calls for. */
    public static String format(BigDecimal amount, Currency currency, Locale locale) {
        return format(amount, currency, locale, magnitude(amount, locale));
    }

    /** An amount in the given magnitude: "1.21 bn CNY", "0.0146 bn CNY", "12.1 亿元". */
    public static String format(BigDecimal amount, Currency currency, Locale locale, Magnitude magnitude) {
        return number(amount, magnitude) + " " + unit(currency, locale, magnitude);
    }

    /** A count without a currency: "1.46 bn" / "14.6 亿". */
    public static String count(BigDecimal amount, Locale locale) {
        return count(amount, locale, magnitude(amount, locale));
    }

    /** A count in the given magnitude: "1.46 bn", "0.0146 bn", "14.6 亿". */
    public static String count(BigDecimal amount, Locale locale, Magnitude magnitude) {
        return (number(amount, magnitude) + " " + magnitude.word()).strip();
    }

    /**
     * The words after the number: "bn CNY" and "CNY" in English; "亿元", "亿美元", "元" and "亿 EUR"
     * in Chinese (a currency without a Chinese name keeps its code).
     */
    public static String unit(Currency currency, Locale locale, Magnitude magnitude) {
        String code = currency.getCurrencyCode();
        if (!chinese(locale)) {
            return magnitude.word().isEmpty() ? code : magnitude.word() + " " + code;
        }
        String name = switch (code) {
            case "CNY" -> "元";
            case "USD" -> "美元";
            case "EUR" -> "欧元";
            case "JPY" -> "日元";
            case "GBP" -> "英镑";
            case "HKD" -> "港元";
            default -> null;
        };
        if (name == null) {
            return magnitude.word().isEmpty() ? code : magnitude.word() + " " + code;
        }
        return magnitude.word() + name;
    }

    /**
     * The largest magnitude at or below {@code largest} once that is rounded to three digits (so
     * 999,600,000 is "1 bn", not "1000 m"); none below a thousand (万 in Chinese).
     */
    public static Magnitude magnitude(BigDecimal largest, Locale locale) {
        BigDecimal rounded = largest.abs().round(THREE_DIGITS);
        for (Magnitude magnitude : chinese(locale) ? CHINESE : ENGLISH) {
            if (rounded.compareTo(magnitude.size()) >= 0) {
                return magnitude;
            }
        }
        return Magnitude.NONE;
    }

    private static String number(BigDecimal amount, Magnitude magnitude) {
        return plain(magnitude.of(amount).round(THREE_DIGITS));
    }

    private static boolean chinese(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
