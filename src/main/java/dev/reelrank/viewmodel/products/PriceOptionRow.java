package dev.reelrank.viewmodel.products;

import dev.reelrank.viewmodel.text.EditableField;
import java.util.Optional;

/**
 * One price option of the selected product, as the details pane lists it.
 *
 * @param figure        amount, currency and unit as published, or why there is none
 * @param costPerMinute the option's cost per minute in the display currency, or a marker
 * @param source        source and date, with the "edited" mark when a user changed the figure
 * @param utilisation   for a plan, the per cent of its allowance assumed used, editable; else null
 */
public record PriceOptionRow(
        String id,
        String label,
        String figure,
        String kind,
        String costPerMinute,
        String source,
        String note,
        boolean compared,
        EditableField utilisation) {
    /** A plan's editable share of its allowance assumed used, in per cent; absent for other options. */
    public Optional<EditableField> planUse() {
        return Optional.ofNullable(utilisation);
    }
}
