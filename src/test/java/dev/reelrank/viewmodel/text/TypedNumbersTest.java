package dev.reelrank.viewmodel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.Currencies;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What people type into price and vote cells, in fixed locales. */
class TypedNumbersTest {
    private static final TypedNumbers ENGLISH = new TypedNumbers(new Texts(Locale.US));
    private static final TypedNumbers GERMAN = new TypedNumbers(new Texts(Locale.GERMANY));
    private static final TypedNumbers FRENCH = new TypedNumbers(new Texts(Locale.FRANCE));

    @ParameterizedTest(name = "\"{0}\" in a {1} row is {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0.83|CNY|0.83",
                "' 0.83 '|CNY|0.83",
                "¥0.83|CNY|0.83",
                "￥0.83|CNY|0.83",
                "0.83元|CNY|0.83",
                "CNY 0.83|CNY|0.83",
                "$0.50|USD|0.50",
                "US$ 0.50|USD|0.50",
                "0.50 USD|USD|0.50",
                "€1.20|EUR|1.20",
                "０.８３|CNY|0.83",
                "1,234.5|USD|1234.5",
                "1 234.5|USD|1234.5",
                "+2|USD|2",
                ".5|USD|0.5",
                "0|CNY|0"
            })
    void englishLocale_acceptsWhatPeopleType(String typed, String currency, String expected) {
        Parsed<BigDecimal> parsed = ENGLISH.price(typed, Currency.getInstance(currency));
        assertTrue(parsed.isValid(), parsed.error());
        assertEquals(0, new BigDecimal(expected).compareTo(parsed.value()));
    }

    @ParameterizedTest(name = "\"{0}\" in German is {1}")
    @CsvSource(
            delimiter = '|',
            value = {"0,83|0.83", "1.234,5|1234.5", "1 234,5|1234.5", "¥0,83|0.83"})
    void decimalCommaLocale_acceptsCommas(String typed, String expected) {
        Parsed<BigDecimal> parsed = GERMAN.price(typed, Currencies.CNY);
        assertTrue(parsed.isValid(), parsed.error());
        assertEquals(0, new BigDecimal(expected).compareTo(parsed.value()));
    }

    @ParameterizedTest(name = "\"{0}\" in French is {1}")
    @CsvSource(
            delimiter = '|',
            value = {"0,83|0.83", "1\u202F234,5|1234.5", "1\u00A0234,5|1234.5"})
    void frenchLocale_acceptsNarrowSpaces(String typed, String expected) {
        Parsed<BigDecimal> parsed = FRENCH.price(typed, Currencies.CNY);
        assertTrue(parsed.isValid(), parsed.error());
        assertEquals(0, new BigDecimal(expected).compareTo(parsed.value()));
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "-0.83|cannot be negative",
                "−1|cannot be negative",
                "NaN|not a number",
                "Infinity|not a number",
                "abc|not a number here",
                "0,83|not a number here",
                "1.2.3|not a number here",
                "$0.83|is not CNY",
                "€0.83|is not CNY",
                "''|Type a price",
                "2000000000|implausibly large",
                "0.0000000000001|at most 12 decimal places",
                "1e5|not a number here"
            })
    void badPrices_areRefusedWithAMessage(String typed, String message) {
        Parsed<BigDecimal> parsed = ENGLISH.price(typed, Currencies.CNY);
        assertFalse(parsed.isValid());
        assertTrue(parsed.error().contains(message), parsed.error());
    }

    @ParameterizedTest(name = "\"{0}\" votes are {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1240|1240",
                "1,000,000|1000000",
                "1 000 000|1000000",
                "1.000.000|1000000",
                "1'000'000|1000000",
                "１２４０|1240",
                "' 42 '|42",
                "0|0",
                "1000000000000|1000000000000"
            })
    void voteCounts_acceptGroupingAndFullwidthDigits(String typed, long expected) {
        Parsed<Long> parsed = ENGLISH.count(typed);
        assertTrue(parsed.isValid(), parsed.error());
        assertEquals(expected, parsed.value());
    }

    @ParameterizedTest(name = "\"{0}\" votes are refused: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "-5|cannot be negative",
                "12.5|whole numbers",
                "many|not a number",
                "NaN|not a number",
                "1000000000001|implausibly many",
                "''|Type a number",
                "1,00|not a number"
            })
    void badVoteCounts_areRefused(String typed, String message) {
        Parsed<Long> parsed = ENGLISH.count(typed);
        assertFalse(parsed.isValid());
        assertTrue(parsed.error().contains(message), parsed.error());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1,5|whole numbers"})
    void germanDecimalVotes_areRefusedAsFractions(String typed, String message) {
        Parsed<Long> parsed = GERMAN.count(typed);
        assertFalse(parsed.isValid());
        assertTrue(parsed.error().contains(message), parsed.error());
    }
}
