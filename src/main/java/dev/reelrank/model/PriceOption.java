package dev.reelrank.model;

import java.util.Optional;

/**
 * One way to buy a product (a tier, a plan, a resolution), or the statement that no figure is
 * available and why.
 *
 * @param id         unique within the product
 * @param label      what the option is called, e.g. "Professional mode" or "ChatGPT Pro"
 * @param status     whether there is a figure
 * @param price      the figure; present exactly when the status is PUBLISHED
 * @param kind       list price or estimate; present exactly when the status is PUBLISHED
 * @param reason     why there is no figure; present exactly when the status is not PUBLISHED
 * @param provenance who says so and when
 * @param note       assumptions behind the figure (e.g. a clip length the source did not state), or null
 */
public record PriceOption(String id, String label, PriceStatus status, Price price, PriceKind kind,
                          String reason, Provenance provenance, String note) {
    public PriceOption {
        id = Checks.id("id", id);
        label = Checks.name("label", label);
        Checks.present("status", status);
        if (status == PriceStatus.PUBLISHED) {
            Checks.present("price", price);
            Checks.present("kind", kind);
            if (reason != null) {
                throw new InvalidValueException("reason", "only applies to a price that is not published");
            }
        } else {
            if (price != null) {
                throw new InvalidValueException("amount", "must be left out when the status is "
                        + status.name().toLowerCase().replace('_', '-'));
            }
            if (kind != null) {
                throw new InvalidValueException("kind", "must be left out when there is no figure");
            }
            reason = Checks.text("reason", reason);
        }
        Checks.present("provenance", provenance);
        note = Checks.optionalText("note", note);
    }

    public static PriceOption published(String id, String label, PriceKind kind, Price price,
                                        Provenance provenance, String note) {
        return new PriceOption(id, label, PriceStatus.PUBLISHED, price, kind, null, provenance, note);
    }

    public static PriceOption unavailable(String id, String label, PriceStatus status, String reason,
                                          Provenance provenance) {
        return new PriceOption(id, label, status, null, null, reason, provenance, null);
    }

    public boolean hasFigure() {
        return status == PriceStatus.PUBLISHED;
    }

    public Optional<Price> figure() {
        return Optional.ofNullable(price);
    }
}
