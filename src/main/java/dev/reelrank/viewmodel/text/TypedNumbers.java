package dev.reelrank.viewmodel.text;

import dev.reelrank.model.Price;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers as people type them: {@code 0.83}, {@code ¥0.83} in a CNY row, {@code 0,83} where the
 * locale writes a decimal comma, fullwidth digits {@code ０.８３}, {@code 1,000,000} or
 * {@code 1 000 000}. Anything else gets a message that says what to type instead.
 */
public final class TypedNumbers {
    private static final BigDecimal MAX_PRICE = new BigDecimal("1e9");
    private static final long MAX_COUNT = 1_000_000_000_000L;
    private static final Pattern PREFIX =
            Pattern.compile("^(US\\$|CN¥|RMB|CNY|USD|EUR|GBP|JPY|[$¥€£₩])\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUFFIX =
            Pattern.compile("\\s*(元|RMB|CNY|USD|EUR|GBP|JPY|[$¥€£₩])$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_NUMBER = Pattern.compile("(?i)[+-]?(nan|inf|infinity|∞)");
    private static final Map<String, Set<String>> SYMBOLS = Map.ofEntries(
            Map.entry("$", Set.of("USD", "HKD", "CAD", "AUD", "SGD", "NZD", "TWD")),
            Map.entry("US$", Set.of("USD")),
            Map.entry("¥", Set.of("CNY", "JPY")),
            Map.entry("CN¥", Set.of("CNY")),
            Map.entry("元", Set.of("CNY")),
            Map.entry("RMB", Set.of("CNY")),
            Map.entry("€", Set.of("EUR")),
            Map.entry("£", Set.of("GBP")),
            Map.entry("₩", Set.of("KRW")));

    /** Whole numbers of votes, or of anything else (uploads, days): the messages name what is counted. */
    public enum Counted {
        VOTES("error.votes."),
        WHOLE("error.whole.");

        private final String keys;

        Counted(String keys) {
            this.keys = keys;
        }
    }

    private final Texts texts;
    private final char decimalMark;

    /** Reads numbers as written in the UI's language and region; messages are in the UI's language. */
    public TypedNumbers(Texts texts) {
        this.texts = texts;
        this.decimalMark = DecimalFormatSymbols.getInstance(texts.locale()).getDecimalSeparator();
    }

    /** A price in the row's currency; a currency sign that names another currency is an error. */
    public Parsed<BigDecimal> price(String typed, Currency rowCurrency) {
        String text = normalise(typed);
        if (text.isEmpty()) {
            return Parsed.error(texts.get("error.price.empty"));
        }
        Matcher prefix = PREFIX.matcher(text);
        if (prefix.find()) {
            String problem = currencyProblem(prefix.group(1), rowCurrency);
            if (problem != null) {
                return Parsed.error(problem);
            }
            text = text.substring(prefix.end());
        }
        Matcher suffix = SUFFIX.matcher(text);
        if (suffix.find()) {
            String problem = currencyProblem(suffix.group(1), rowCurrency);
            if (problem != null) {
                return Parsed.error(problem);
            }
            text = text.substring(0, suffix.start());
        }
        if (NOT_A_NUMBER.matcher(text).matches()) {
            return Parsed.error(texts.format("error.price.notNumber", typed.strip()));
        }
        if (text.startsWith("-") || text.startsWith("−")) {
            return Parsed.error(texts.get("error.price.negative"));
        }
        Parsed<BigDecimal> number = decimal(text.startsWith("+") ? text.substring(1) : text, typed);
        if (!number.isValid()) {
            return number;
        }
        if (number.value().compareTo(MAX_PRICE) > 0) {
            return Parsed.error(texts.get("error.price.tooLarge"));
        }
        // A project file keeps at most 12 decimal places; the cell says so as the figure is typed.
        if (number.value().stripTrailingZeros().scale() > Price.MAX_DECIMAL_PLACES) {
            return Parsed.error(texts.format("error.price.tooManyPlaces", Price.MAX_DECIMAL_PLACES));
        }
        return number;
    }

    /** A vote count: a whole number from 0 to 1e12, grouped or not. */
    public Parsed<Long> count(String typed) {
        return count(typed, Counted.VOTES);
    }

    /** A whole number from 0 to 1e12, grouped or not; messages name what is counted. */
    public Parsed<Long> count(String typed, Counted counted) {
        String keys = counted.keys;
        String text = normalise(typed);
        if (text.isEmpty()) {
            return Parsed.error(texts.get(keys + "empty"));
        }
        if (NOT_A_NUMBER.matcher(text).matches()) {
            return Parsed.error(texts.format(keys + "notNumber", typed.strip()));
        }
        if (text.startsWith("-") || text.startsWith("−")) {
            return Parsed.error(texts.get(keys + "negative"));
        }
        String digits = text.startsWith("+") ? text.substring(1) : text;
        String grouped = groupedWhole(digits);
        if (grouped == null) {
            Parsed<BigDecimal> decimal = decimal(digits, typed);
            if (!decimal.isValid()) {
                return Parsed.error(texts.format(keys + "notWhole", typed.strip()));
            }
            if (decimal.value().stripTrailingZeros().scale() > 0) {
                return Parsed.error(texts.get(keys + "fraction"));
            }
            grouped = decimal.value().toBigInteger().toString();
        }
        if (grouped.length() > 13 || Long.parseLong(grouped) > MAX_COUNT) {
            return Parsed.error(texts.get(keys + "tooMany"));
        }
        return Parsed.ok(Long.parseLong(grouped));
    }

    /** Digits in groups of three with one consistent separator (, . space '), or null. */
    private static String groupedWhole(String text) {
        if (text.matches("\\d+")) {
            return text;
        }
        for (String separator : List.of(",", ".", " ", "'")) {
            if (text.matches("\\d{1,3}(" + Pattern.quote(separator) + "\\d{3})+")) {
                return text.replace(separator, "");
            }
        }
        return null;
    }

    private Parsed<BigDecimal> decimal(String text, String typed) {
        int mark = text.indexOf(decimalMark);
        if (mark != text.lastIndexOf(decimalMark)) {
            return Parsed.error(notANumber(typed));
        }
        String whole = mark < 0 ? text : text.substring(0, mark);
        String fraction = mark < 0 ? "" : text.substring(mark + 1);
        if (!whole.matches("\\d*")) {
            String separator = whole.replaceAll("\\d", "").substring(0, 1);
            boolean grouping = separator.equals(" ")
                    || separator.equals("'")
                    || separator.charAt(0) == (decimalMark == '.' ? ',' : '.');
            if (!grouping || !whole.matches("\\d{1,3}(" + Pattern.quote(separator) + "\\d{3})+")) {
                return Parsed.error(notANumber(typed));
            }
            whole = whole.replace(separator, "");
        }
        if (!fraction.matches("\\d*") || (whole + fraction).isEmpty()) {
            return Parsed.error(notANumber(typed));
        }
        return Parsed.ok(new BigDecimal((whole.isEmpty() ? "0" : whole) + (fraction.isEmpty() ? "" : "." + fraction)));
    }

    private String notANumber(String typed) {
        return texts.format("error.price.notNumberHere", typed.strip(), decimalMark == '.' ? "0.83" : "0,83");
    }

    private String currencyProblem(String symbol, Currency rowCurrency) {
        String key = symbol.toUpperCase(Locale.ROOT);
        Set<String> meant = SYMBOLS.getOrDefault(key, SYMBOLS.getOrDefault(symbol, Set.of(key)));
        if (meant.contains(rowCurrency.getCurrencyCode())) {
            return null;
        }
        return texts.format("error.price.otherCurrency", symbol, rowCurrency.getCurrencyCode());
    }

    /** Folds fullwidth forms (０.８３, ￥) and odd spaces to plain ones. */
    private static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC)
                .replace('\u00A0', ' ')
                .replace('\u202F', ' ')
                .replace('\u2009', ' ')
                .replace('。', '.');
        return text.strip().replaceAll("\\s+", " ");
    }

    public Locale locale() {
        return texts.locale();
    }
}
