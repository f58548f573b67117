package dev.reelrank.model;

import java.util.Optional;

/**
 * Where a published figure was read: words a reader can look up, where to read them, and who
 * published them (the board itself, or a page that copied it).
 */
public record Citation(String source, Optional<String> url, Optional<SourceKind> kind) {
    public Citation {
        source = Checks.text("source", source);
        url = url == null ? Optional.empty() : url.map(value -> Checks.optionalText("url", value));
        kind = kind == null ? Optional.empty() : kind;
    }

    /** A citation from what a file states; null means "not stated". */
    public static Citation of(String source, String url, SourceKind kind) {
        return new Citation(source, Optional.ofNullable(url), Optional.ofNullable(kind));
    }
}
