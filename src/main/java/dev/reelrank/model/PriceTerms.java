package dev.reelrank.model;

import java.util.Optional;

/**
 * What a price option's figure stands on besides its amount and unit. Every field may be missing
 * in a file written before format 2; ReelRank's default data states all that apply.
 *
 * @param sourceKind who the figure comes from
 * @param tier       the membership or pack a credit price holds at, e.g. "Gold membership"
 * @param resolution what the figure buys, e.g. "720p"
 * @param estimateBy whose estimate it is, for an estimate
 * @param method     how the figure was derived, for an estimate or a derived figure
 */
public record PriceTerms(SourceKind sourceKind, String tier, String resolution, String estimateBy, String method) {
    public static final PriceTerms NONE = new PriceTerms(null, null, null, null, null);

    public PriceTerms {
        tier = Checks.optionalText("tier", tier);
        resolution = Checks.optionalText("resolution", resolution);
        estimateBy = Checks.optionalText("estimateBy", estimateBy);
        method = Checks.optionalText("method", method);
    }

    public static PriceTerms from(SourceKind sourceKind) {
        return new PriceTerms(sourceKind, null, null, null, null);
    }

    public Optional<SourceKind> source() {
        return Optional.ofNullable(sourceKind);
    }

    public Optional<String> tierName() {
        return Optional.ofNullable(tier);
    }

    public Optional<String> resolutionName() {
        return Optional.ofNullable(resolution);
    }

    public Optional<String> estimator() {
        return Optional.ofNullable(estimateBy);
    }

    public Optional<String> derivation() {
        return Optional.ofNullable(method);
    }

    public PriceTerms withEstimate(String by, String how) {
        return new PriceTerms(sourceKind, tier, resolution, by, how);
    }
}
