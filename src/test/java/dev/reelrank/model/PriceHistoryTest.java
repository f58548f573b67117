package dev.reelrank.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A price option's earlier figures: dated, in order, before the current one, and found by day. */
class PriceHistoryTest {
    private static final Currency USD = Currency.getInstance("USD");

    /** Veo 3 at 0.75 USD a second from 2025-05-20, cut to 0.40 on 2025-09-09 (the current figure). */
    private static PriceOption veo3(List<PriceObservation> history) {
        return PriceOption.published(
                        "vertex-ai",
                        "Vertex AI",
                        PriceKind.API,
                        new Price(new BigDecimal("0.40"), USD, new PriceUnit.PerSecond()),
                        new Provenance("Vertex AI price list", LocalDate.parse("2025-09-09")),
                        PriceTerms.NONE,
                        null)
                .withHistory(history);
    }

    private static PriceObservation on(String date, String amount) {
        return PriceObservation.of(
                LocalDate.parse(date), new BigDecimal(amount), "launch post", null, SourceKind.VENDOR);
    }

    @Test
    void figureOn_givesTheFigureValidThatDay_andNothingBeforeTheFirst() {
        PriceOption option = veo3(List.of(on("2025-05-20", "0.75")));
        assertTrue(option.figureOn(LocalDate.parse("2025-05-19")).isEmpty(), "before the first figure on record");
        assertEquals(
                new BigDecimal("0.75"),
                option.figureOn(LocalDate.parse("2025-05-20")).orElseThrow().amount());
        assertEquals(
                new BigDecimal("0.75"),
                option.figureOn(LocalDate.parse("2025-09-08")).orElseThrow().amount());
        PriceObservation cut = option.figureOn(LocalDate.parse("2025-09-09")).orElseThrow();
        assertEquals(new BigDecimal("0.40"), cut.amount(), "the current figure from its as-of date");
        assertEquals("Vertex AI price list", cut.source());
        assertEquals(
                new BigDecimal("0.40"),
                option.figureOn(LocalDate.parse("2030-01-01")).orElseThrow().amount());
        assertEquals(2, option.figures().size());
    }

    @Test
    void anOptionWithoutHistory_hasItsCurrentFigureFromItsAsOfDate() {
        PriceOption option = veo3(List.of());
        assertTrue(option.figureOn(LocalDate.parse("2025-09-08")).isEmpty());
        assertEquals(List.of(option.current().orElseThrow()), option.figures());
    }

    @Test
    void observationsOutOfOrder_orTwiceOnOneDay_areRefused_namingTheObservation() {
        InvalidValueException backwards = assertThrows(
                InvalidValueException.class, () -> veo3(List.of(on("2025-06-01", "0.75"), on("2025-05-20", "0.80"))));
        assertEquals("history[1].date", backwards.field());
        assertTrue(backwards.getMessage().contains("2025-06-01"), backwards.getMessage());
        assertEquals(
                "history[1].date",
                assertThrows(
                                InvalidValueException.class,
                                () -> veo3(List.of(on("2025-05-20", "0.75"), on("2025-05-20", "0.80"))))
                        .field());
    }

    @Test
    void anObservationOnOrAfterTheCurrentFiguresDate_isRefused() {
        assertEquals(
                "history[0].date",
                assertThrows(InvalidValueException.class, () -> veo3(List.of(on("2025-09-09", "0.75"))))
                        .field());
        assertEquals(
                "history[1].date",
                assertThrows(
                                InvalidValueException.class,
                                () -> veo3(List.of(on("2025-05-20", "0.75"), on("2025-10-01", "0.5"))))
                        .field());
    }

    @Test
    void amountsAreCheckedLikeTheOptionsOwn() {
        assertEquals(
                "amount",
                assertThrows(InvalidValueException.class, () -> on("2025-05-20", "-1"))
                        .field());
        assertEquals(
                "amount",
                assertThrows(InvalidValueException.class, () -> on("2025-05-20", "2e9"))
                        .field());
        assertEquals(
                "source",
                assertThrows(
                                InvalidValueException.class,
                                () -> PriceObservation.of(
                                        LocalDate.parse("2025-05-20"), BigDecimal.ONE, " ", null, null))
                        .field());
        assertEquals(
                "date",
                assertThrows(
                                InvalidValueException.class,
                                () -> PriceObservation.of(
                                        LocalDate.parse("1980-01-01"), BigDecimal.ONE, "x", null, null))
                        .field());
    }

    @Test
    void anOptionWithoutAFigure_hasNoHistory() {
        PriceOption none = PriceOption.unavailable(
                "none",
                "None",
                PriceStatus.NOT_PUBLIC,
                "Not released",
                new Provenance("x", LocalDate.parse("2025-01-01")));
        assertEquals(
                "history",
                assertThrows(InvalidValueException.class, () -> none.withHistory(List.of(on("2024-05-20", "0.75"))))
                        .field());
    }

    @Test
    void atMostAThousandObservations() {
        List<PriceObservation> many = new ArrayList<>();
        LocalDate day = LocalDate.parse("2020-01-01");
        for (int i = 0; i <= PriceOption.MAX_HISTORY; i++) {
            many.add(on(day.plusDays(i).toString(), "1"));
        }
        PriceOption option = veo3(List.of());
        assertEquals(
                "history",
                assertThrows(InvalidValueException.class, () -> option.withHistory(many))
                        .field());
        option.withHistory(many.subList(0, PriceOption.MAX_HISTORY));
    }

    @Test
    void editsOfTheCurrentFigure_keepTheHistory() {
        PriceOption option = veo3(List.of(on("2025-05-20", "0.75")));
        PriceOption typed = option.withPrice(
                new Price(new BigDecimal("0.35"), USD, new PriceUnit.PerSecond()),
                PriceKind.API,
                LocalDate.parse("2025-10-01"));
        assertEquals(option.history(), typed.history());
    }
}
