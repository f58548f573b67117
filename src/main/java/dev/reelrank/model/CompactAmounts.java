package dev.reelrank.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.Locale;

/**
 * Large sums the way readers say them: "1.21 bn CNY" in English, "12.1 亿元" in Chinese (亿 is
 * 10^8, 万 10^4), three significant digits. The exact figure stays in the model and in CSV output.
 */
public final class CompactAmounts {
    private static final MathContext THREE_DIGITS = new MathContext(3);

    private CompactAmounts() {
    }

    public static String format(BigDecimal amount, Currency currency, Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage())
                ? chinese(amount, currency)
                : english(amount, currency);
    }

    /** A count without a currency: "1.46 bn" / "14.6 亿". */
    public static String count(BigDecimal amount, Locale locale) {
        String text = Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? chineseNumber(amount)
                : englishNumber(amount);
        return text.strip();
    }

    private static String english(BigDecimal amount, Currency currency) {
        return englishNumber(amount) + " " + currency.getCurrencyCode();
    }

    private static String englishNumber(BigDecimal amount) {
        BigDecimal abs = amount.abs();
        String[] units = {"tn", "bn", "m", "k"};
        BigDecimal[] sizes = {new BigDecimal("1e12"), new BigDecimal("1e9"), new BigDecimal("1e6"), new BigDecimal("1e3")};
        for (int i = 0; i < units.length; i++) {
            if (abs.compareTo(sizes[i]) >= 0) {
                return plain(amount.divide(sizes[i]).round(THREE_DIGITS)) + " " + units[i];
            }
        }
        return plain(amount.round(THREE_DIGITS));
    }

    private static String chinese(BigDecimal amount, Currency currency) {
        String unit = switch (currency.getCurrencyCode()) {
            case "CNY" -> "元";
            case "USD" -> "美元";
            case "EUR" -> "欧元";
            case "JPY" -> "日元";
            case "GBP" -> "英镑";
            case "HKD" -> "港元";
            default -> " " + currency.getCurrencyCode();
        };
        return chineseNumber(amount) + unit;
    }

    private static String chineseNumber(BigDecimal amount) {
        BigDecimal abs = amount.abs();
        BigDecimal yi = new BigDecimal("1e8");
        BigDecimal wan = new BigDecimal("1e4");
        if (abs.compareTo(new BigDecimal("1e12")) >= 0) {
            return plain(amount.divide(new BigDecimal("1e12")).round(THREE_DIGITS)) + " 万亿";
        }
        if (abs.compareTo(yi) >= 0) {
            return plain(amount.divide(yi).round(THREE_DIGITS)) + " 亿";
        }
        if (abs.compareTo(wan) >= 0) {
            return plain(amount.divide(wan).round(THREE_DIGITS)) + " 万";
        }
        return plain(amount.round(THREE_DIGITS)) + " ";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
