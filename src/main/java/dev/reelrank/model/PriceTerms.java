package dev.reelrank.model;

import java.util.Optional;

/**
 * What a price option's figure stands on besides its amount and unit. Any of it may be missing in
 * a file written before format 2; ReelRank's default data states all that apply.
 *
 * @param sourceKind who the figure comes from
 * @param tier       the membership or pack a credit price holds at, e.g. "Gold membership"
 * @param resolution what the figure buys, e.g. "720p"
 * @param estimateBy whose estimate it is, for an estimate
 * @param method     how the figure was derived, for an estimate or a derived figure
 */
public record PriceTerms(
        Optional<SourceKind> sourceKind,
        Optional<String> tier,
        Optional<String> resolution,
        Optional<String> estimateBy,
        Optional<String> method) {
    public static final PriceTerms NONE = of(null, null, null, null, null);

    public PriceTerms {
        sourceKind = sourceKind == null ? Optional.empty() : sourceKind;
        tier = text("tier", tier);
        resolution = text("resolution", resolution);
        estimateBy = text("estimateBy", estimateBy);
        method = text("method", method);
    }

    /** Terms from what a file or a test states; null or blank means "not stated". */
    public static PriceTerms of(
            SourceKind sourceKind, String tier, String resolution, String estimateBy, String method) {
        return new PriceTerms(
                Optional.ofNullable(sourceKind),
                Optional.ofNullable(tier),
                Optional.ofNullable(resolution),
                Optional.ofNullable(estimateBy),
                Optional.ofNullable(method));
    }

    public static PriceTerms from(SourceKind sourceKind) {
        return of(sourceKind, null, null, null, null);
    }

    private static Optional<String> text(String field, Optional<String> value) {
        return value == null ? Optional.empty() : Optional.ofNullable(Checks.optionalText(field, value.orElse(null)));
    }

    public PriceTerms withEstimate(String by, String how) {
        return new PriceTerms(sourceKind, tier, resolution, Optional.ofNullable(by), Optional.ofNullable(how));
    }
}
