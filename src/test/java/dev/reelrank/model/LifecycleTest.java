package dev.reelrank.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A product's announcement, availability and discontinuation: each dated and cited, in order. */
class LifecycleTest {
    private static DatedFact on(String date) {
        return new DatedFact(LocalDate.parse(date), "test");
    }

    @Test
    void aProductIsDiscontinued_fromTheDayItClosed_notBefore() {
        Lifecycle sora = Lifecycle.of(on("2024-02-15"), on("2024-12-09"), on("2026-04-26"));
        assertFalse(sora.discontinuedBy(LocalDate.parse("2026-04-25")));
        assertTrue(sora.discontinuedBy(LocalDate.parse("2026-04-26")));
        assertFalse(Lifecycle.UNKNOWN.discontinuedBy(LocalDate.parse("2099-01-01")), "no date, still offered");
    }

    @Test
    void datesOutOfOrder_areRefused_namingTheField() {
        assertEquals(
                "available",
                assertThrows(InvalidValueException.class, () -> Lifecycle.of(on("2025-01-01"), on("2024-12-09"), null))
                        .field());
        assertEquals(
                "discontinued",
                assertThrows(InvalidValueException.class, () -> Lifecycle.of(null, on("2024-12-09"), on("2024-12-08")))
                        .field());
        assertEquals(
                "discontinued",
                assertThrows(InvalidValueException.class, () -> Lifecycle.of(on("2024-02-15"), null, on("2024-02-14")))
                        .field(),
                "without an availability date, the announcement is the start");
        Lifecycle.of(on("2024-02-15"), on("2024-02-15"), on("2024-02-15"));
    }

    @Test
    void aDatedFact_needsADateAndASource() {
        assertEquals(
                "source",
                assertThrows(InvalidValueException.class, () -> new DatedFact(LocalDate.parse("2026-04-26"), " "))
                        .field());
        assertEquals(
                "date",
                assertThrows(InvalidValueException.class, () -> new DatedFact(null, "x"))
                        .field());
    }
}
