package dev.reelrank.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PriceUnitTest {
    private static VideoCost cost(String amount, String currency, PriceUnit unit) {
        return VideoCost.of(new Price(new BigDecimal(amount), Currencies.parse(currency), unit));
    }

    private static void assertAmount(String expected, Money actual) {
        assertEquals(
                0,
                new BigDecimal(expected).compareTo(actual.amount()),
                () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void perClip_dividesByClipLength() {
        VideoCost kling = cost("0.83", "CNY", new PriceUnit.PerClip(5));
        assertAmount("0.166", kling.perSecond());
        assertAmount("0.83", kling.perFiveSecondClip());
        assertAmount("9.96", kling.perMinute());
    }

    @Test
    void perSecond_isProRataForClipAndMinute() {
        VideoCost veo = cost("0.50", "USD", new PriceUnit.PerSecond());
        assertAmount("0.5", veo.perSecond());
        assertAmount("2.5", veo.perFiveSecondClip());
        assertAmount("30", veo.perMinute());
        assertAmount("4", veo.perClip(8));
    }

    @Test
    void perMinute_dividesBySixty() {
        VideoCost cost = cost("12", "CNY", new PriceUnit.PerMinute());
        assertAmount("0.2", cost.perSecond());
        assertAmount("1", cost.perFiveSecondClip());
        assertAmount("12", cost.perMinute());
    }

    @Test
    void perCredit_convertsThroughCreditsPerClip() {
        VideoCost runway = cost("0.01", "USD", new PriceUnit.PerCredit(new BigDecimal("50"), 5));
        assertAmount("0.1", runway.perSecond());
        assertAmount("6", runway.perMinute());
        VideoCost klingPro = cost("0.1", "CNY", new PriceUnit.PerCredit(new BigDecimal("35"), 5));
        assertAmount("0.7", klingPro.perSecond());
        assertAmount("3.5", klingPro.perFiveSecondClip());
    }

    @Test
    void monthlyPlanOfClips_assumesTheWholeAllowanceIsUsed() {
        PriceUnit plus = PriceUnit.MonthlyPlan.ofClips(new BigDecimal("50"), 5);
        VideoCost sora = cost("20", "USD", plus);
        assertAmount("0.08", sora.perSecond());
        assertAmount("0.4", sora.perFiveSecondClip());
        assertAmount("4.8", sora.perMinute());
        assertTrue(plus.assumesUtilisation());
        assertFalse(new PriceUnit.PerSecond().assumesUtilisation());
    }

    @Test
    void monthlyPlanOfSeconds_dividesByTheSeconds() {
        VideoCost plan = cost("30", "USD", PriceUnit.MonthlyPlan.ofSeconds(new BigDecimal("600")));
        assertAmount("0.05", plan.perSecond());
        assertAmount("3", plan.perMinute());
    }

    @Test
    void repeatingDecimals_keepSixteenSignificantDigits() {
        VideoCost third = cost("1", "CNY", new PriceUnit.PerClip(3));
        assertEquals(new BigDecimal("0.3333333333333333"), third.perSecond().amount());
    }

    @Test
    void clipSeconds_outsideOneToAnHour_isRejectedWithTheRange() {
        var zero = assertThrows(InvalidValueException.class, () -> new PriceUnit.PerClip(0));
        assertEquals("clipSeconds", zero.field());
        assertTrue(zero.getMessage().contains("from 1 to 3600"), zero.getMessage());
        assertThrows(InvalidValueException.class, () -> new PriceUnit.PerClip(3601));
    }

    @Test
    void credits_mustBePositive() {
        var e = assertThrows(InvalidValueException.class, () -> new PriceUnit.PerCredit(BigDecimal.ZERO, 5));
        assertEquals("creditsPerClip", e.field());
    }

    @Test
    void monthlyPlanOfClips_needsAClipLength_andPlanOfSecondsRefusesOne() {
        var missing = assertThrows(
                InvalidValueException.class,
                () -> new PriceUnit.MonthlyPlan(BigDecimal.TEN, PriceUnit.Allowance.CLIPS, null, null, null));
        assertEquals("clipSeconds", missing.field());
        var extra = assertThrows(
                InvalidValueException.class,
                () -> new PriceUnit.MonthlyPlan(BigDecimal.TEN, PriceUnit.Allowance.SECONDS, 5, null, null));
        assertEquals("clipSeconds", extra.field());
    }

    @Test
    void price_rejectsNegativeAndAbsurdAmounts() {
        var negative = assertThrows(
                InvalidValueException.class,
                () -> new Price(new BigDecimal("-1"), Currencies.CNY, new PriceUnit.PerSecond()));
        assertEquals("amount", negative.field());
        assertEquals("must be 0 or more (got -1)", negative.getMessage());
        var absurd = assertThrows(
                InvalidValueException.class,
                () -> new Price(new BigDecimal("1000000001"), Currencies.CNY, new PriceUnit.PerSecond()));
        assertTrue(absurd.getMessage().contains("implausibly large"), absurd.getMessage());
    }

    @Test
    void provenance_needsASourceAndAPlausibleDate() {
        assertThrows(InvalidValueException.class, () -> new Provenance(" ", LocalDate.of(2025, 1, 1)));
        var e = assertThrows(InvalidValueException.class, () -> new Provenance("x", LocalDate.of(1900, 1, 1)));
        assertEquals("asOf", e.field());
    }
}
