package dev.reelrank.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a figure comes from and the date it was valid on, so that every number ReelRank shows
 * can be traced.
 *
 * @param source who published the figure, in words a reader can look up
 * @param url    where to read it, or null
 * @param asOf   the date the figure was valid on
 */
public record Provenance(String source, String url, LocalDate asOf) {
    public Provenance {
        source = Checks.text("source", source);
        url = Checks.optionalText("url", url);
        asOf = Checks.date("asOf", asOf);
    }

    public Provenance(String source, LocalDate asOf) {
        this(source, null, asOf);
    }

    public Optional<String> link() {
        return Optional.ofNullable(url);
    }
}
