package dev.reelrank.model;

import java.time.LocalDate;

/**
 * Something that happened on a day, with who says so: "Sora's app closed on 2026-04-26 (OpenAI's
 * help centre, as reported by CNBC)".
 */
public record DatedFact(LocalDate date, String source) {
    public DatedFact {
        date = Checks.date("date", date);
        source = Checks.text("source", source);
    }
}
