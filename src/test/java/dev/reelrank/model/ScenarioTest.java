package dev.reelrank.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScenarioTest {
    private static final Provenance SOURCE = new Provenance("test", LocalDate.of(2025, 3, 1));

    @Test
    void gfProjection_isReproducedExactly() {
        Scenario kuaishou = new Scenario(Scenario.GF_UPLOADS_PER_DAY, Scenario.GF_SHARES, 365, Money.of("0.83", "CNY"));
        List<Scenario.Row> rows = kuaishou.rows();
        assertEquals(0, new BigDecimal("1460000000").compareTo(rows.get(0).clipsPerYear()));
        assertEquals(
                0,
                new BigDecimal("1211800000").compareTo(rows.get(0).costPerYear().amount()));
        assertEquals(
                0,
                new BigDecimal("2423600000").compareTo(rows.get(1).costPerYear().amount()));
        assertEquals(
                0,
                new BigDecimal("3635400000").compareTo(rows.get(2).costPerYear().amount()));
    }

    @Test
    void badInputs_areRefusedWithTheField() {
        assertEquals(
                "shares",
                assertThrows(
                                InvalidValueException.class,
                                () -> new Scenario(1, List.of(new BigDecimal("1.2")), 365, Money.of("1", "CNY")))
                        .field());
        assertEquals(
                "uploadsPerDay",
                assertThrows(InvalidValueException.class, () -> new Scenario(-1, List.of(), 365, Money.of("1", "CNY")))
                        .field());
        assertEquals(
                "daysPerYear",
                assertThrows(InvalidValueException.class, () -> new Scenario(1, List.of(), 0, Money.of("1", "CNY")))
                        .field());
        assertEquals(
                "costPerClip",
                assertThrows(InvalidValueException.class, () -> new Scenario(1, List.of(), 365, Money.of("-1", "CNY")))
                        .field());
    }

    @Test
    void clipCost_usesThePricedClipLength_orAssumesFiveSeconds() {
        var gf = PriceOption.published(
                "gf",
                "GF",
                PriceKind.ESTIMATE,
                new Price(new BigDecimal("0.83"), Currencies.CNY, new PriceUnit.PerClip(5)),
                SOURCE,
                PriceTerms.NONE,
                null);
        ClipCost kling = ClipCost.of(gf).orElseThrow();
        assertEquals(0, new BigDecimal("0.83").compareTo(kling.perClip().amount()));
        assertEquals(false, kling.lengthAssumed());
        var veo = PriceOption.published(
                "v",
                "Vertex",
                PriceKind.API,
                new Price(new BigDecimal("0.5"), Currencies.USD, new PriceUnit.PerSecond()),
                SOURCE,
                PriceTerms.NONE,
                null);
        ClipCost perSecond = ClipCost.of(veo).orElseThrow();
        assertEquals(0, new BigDecimal("2.5").compareTo(perSecond.perClip().amount()));
        assertEquals(true, perSecond.lengthAssumed());
        var runway = PriceOption.published(
                "r",
                "Gen-3",
                PriceKind.API,
                new Price(new BigDecimal("0.01"), Currencies.USD, new PriceUnit.PerCredit(new BigDecimal("100"), 10)),
                SOURCE,
                PriceTerms.NONE,
                null);
        assertEquals(10, ClipCost.of(runway).orElseThrow().clipSeconds());
        assertEquals(
                0,
                new BigDecimal("1")
                        .compareTo(ClipCost.of(runway).orElseThrow().perClip().amount()));
    }

    @Test
    void compactAmounts_readAsPeopleSayThem() {
        assertEquals(
                "1.21 bn CNY", CompactAmounts.format(new BigDecimal("1211800000"), Currencies.CNY, Locale.ENGLISH));
        assertEquals("12.1 亿元", CompactAmounts.format(new BigDecimal("1211800000"), Currencies.CNY, Locale.CHINESE));
        assertEquals(
                "3.64 bn CNY", CompactAmounts.format(new BigDecimal("3635400000"), Currencies.CNY, Locale.ENGLISH));
        assertEquals("146 m USD", CompactAmounts.format(new BigDecimal("146000000"), Currencies.USD, Locale.ENGLISH));
        assertEquals("1.46 亿美元", CompactAmounts.format(new BigDecimal("146000000"), Currencies.USD, Locale.CHINESE));
        assertEquals("14.6 亿", CompactAmounts.count(new BigDecimal("1460000000"), Locale.SIMPLIFIED_CHINESE));
        assertEquals("830", CompactAmounts.count(new BigDecimal("830"), Locale.ENGLISH));
    }

    @Test
    void compactAmounts_roundBeforeTheyPickAUnit_andShareOneUnitWhenAsked() {
        // 999.6 million rounds to three digits as 1.00 billion: "1 bn", never "1000 m".
        assertEquals("1 bn USD", CompactAmounts.format(new BigDecimal("999600000"), Currencies.USD, Locale.ENGLISH));
        assertEquals("10 亿美元", CompactAmounts.format(new BigDecimal("999600000"), Currencies.USD, Locale.CHINESE));
        assertEquals(
                "12.3 thousand CNY", CompactAmounts.format(new BigDecimal("12345"), Currencies.CNY, Locale.ENGLISH));
        assertEquals("830 元", CompactAmounts.format(new BigDecimal("830"), Currencies.CNY, Locale.CHINESE));
        assertEquals(
                "830 CHF", CompactAmounts.format(new BigDecimal("830"), Currency.getInstance("CHF"), Locale.CHINESE));
        var billions = CompactAmounts.magnitude(new BigDecimal("25550000000"), Locale.ENGLISH);
        var yi = CompactAmounts.magnitude(new BigDecimal("25550000000"), Locale.CHINESE);
        assertEquals("bn CNY", CompactAmounts.unit(Currencies.CNY, Locale.ENGLISH, billions));
        assertEquals("亿元", CompactAmounts.unit(Currencies.CNY, Locale.CHINESE, yi));
        assertEquals("亿美元", CompactAmounts.unit(Currencies.USD, Locale.CHINESE, yi));
        assertEquals("亿 CHF", CompactAmounts.unit(Currency.getInstance("CHF"), Locale.CHINESE, yi));
        assertEquals("CNY", CompactAmounts.unit(Currencies.CNY, Locale.ENGLISH, CompactAmounts.Magnitude.NONE));
        // A small amount beside a large one is written in the large one's unit.
        assertEquals(
                "0.0146 bn CNY",
                CompactAmounts.format(new BigDecimal("14600000"), Currencies.CNY, Locale.ENGLISH, billions));
        assertEquals("0.146 亿元", CompactAmounts.format(new BigDecimal("14600000"), Currencies.CNY, Locale.CHINESE, yi));
        assertEquals("0.0146 bn", CompactAmounts.count(new BigDecimal("14600000"), Locale.ENGLISH, billions));
        assertEquals(0, new BigDecimal("25.55").compareTo(billions.of(new BigDecimal("25550000000"))));
    }
}
