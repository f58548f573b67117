package dev.reelrank.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeRatesTest {
    private static final Provenance EARLY_2025 = new Provenance("test rate", LocalDate.of(2025, 2, 28));
    private static final Currency EUR = Currency.getInstance("EUR");

    private static ExchangeRate rate(Currency from, Currency to, String rate) {
        return new ExchangeRate(from, to, new BigDecimal(rate), EARLY_2025);
    }

    private static void assertAmount(String expected, Money actual) {
        assertEquals(
                0,
                new BigDecimal(expected).compareTo(actual.amount()),
                () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void convert_usesTheRateForward() {
        var rates = new ExchangeRates(List.of(rate(Currencies.USD, Currencies.CNY, "7.3")));
        Money veoPerMinute = rates.convert(Money.of("30", "USD"), Currencies.CNY);
        assertAmount("219", veoPerMinute);
        assertEquals(Currencies.CNY, veoPerMinute.currency());
    }

    @Test
    void convert_usesTheInverseBackward() {
        var rates = new ExchangeRates(List.of(rate(Currencies.USD, Currencies.CNY, "7.3")));
        Money kling = rates.convert(Money.of("0.83", "CNY"), Currencies.USD);
        BigDecimal error = kling.amount()
                .subtract(new BigDecimal("0.83").divide(new BigDecimal("7.3"), MathContext.DECIMAL128))
                .abs();
        assertTrue(error.compareTo(new BigDecimal("1e-15")) < 0, kling.toString());
    }

    @Test
    void convert_chainsThroughAnotherCurrency() {
        var rates = new ExchangeRates(
                List.of(rate(EUR, Currencies.USD, "1.05"), rate(Currencies.USD, Currencies.CNY, "7.3")));
        assertAmount("7.665", rates.convert(Money.of("1", "EUR"), Currencies.CNY));
    }

    @Test
    void convert_sameCurrency_isUnchanged() {
        assertAmount("0.83", ExchangeRates.none().convert(Money.of("0.83", "CNY"), Currencies.CNY));
    }

    @Test
    void convert_withoutARate_saysWhichRateIsMissing() {
        var e = assertThrows(
                MissingRateException.class, () -> ExchangeRates.none().convert(Money.of("1", "USD"), Currencies.CNY));
        assertEquals("no exchange rate from USD to CNY; add one to the project", e.getMessage());
    }

    @Test
    void videoCost_in_convertsPerSecondCost() {
        var rates = new ExchangeRates(List.of(rate(Currencies.USD, Currencies.CNY, "7.3")));
        var veo = VideoCost.of(new Price(new BigDecimal("0.50"), Currencies.USD, new PriceUnit.PerSecond()));
        var inYuan = veo.in(Currencies.CNY, rates);
        assertAmount("18.25", inYuan.perFiveSecondClip());
        assertAmount("219", inYuan.perMinute());
    }

    @Test
    void rates_rejectDuplicatesEitherWay_andNonPositiveRates() {
        assertThrows(
                InvalidValueException.class,
                () -> new ExchangeRates(List.of(
                        rate(Currencies.USD, Currencies.CNY, "7.3"), rate(Currencies.CNY, Currencies.USD, "0.14"))));
        var zero = assertThrows(InvalidValueException.class, () -> rate(Currencies.USD, Currencies.CNY, "0"));
        assertEquals("rate", zero.field());
        var same = assertThrows(InvalidValueException.class, () -> rate(Currencies.USD, Currencies.USD, "1"));
        assertTrue(same.getMessage().contains("must differ"));
    }

    @Test
    void currencies_parseIsoCodesOnly() {
        assertEquals(Currencies.CNY, Currencies.parse(" cny "));
        assertThrows(InvalidValueException.class, () -> Currencies.parse("XYZ"));
        assertThrows(InvalidValueException.class, () -> Currencies.parse("¥"));
    }
}
