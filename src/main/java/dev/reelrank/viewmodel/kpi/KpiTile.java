package dev.reelrank.viewmodel.kpi;

/**
 * One KPI tile's content: a headline number with its unit and decimals (or none), the product
 * it is about, and a line saying what exactly it measures.
 *
 * @param value       the headline number, or null when there is nothing to show
 * @param description the product or comparison the number belongs to
 * @param basis       what the number measures and where it comes from
 * @param detail      more than fits on the tile (how the figure was chosen, what to do about it), for
 *                    its tooltip; "" when there is nothing more
 */
public record KpiTile(
        String title, Double value, String unit, int decimals, String description, String basis, String detail) {
    public KpiTile(String title, Double value, String unit, int decimals, String description, String basis) {
        this(title, value, unit, decimals, description, basis, "");
    }
}
