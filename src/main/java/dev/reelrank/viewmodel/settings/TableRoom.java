package dev.reelrank.viewmodel.settings;

/**
 * How the main window shares its height between the charts and the products table.
 *
 * @param share the table's share of the height below the toolbar, from 0.15 to 0.85
 * @param shown false when the user put the table away to give the charts the whole window
 */
public record TableRoom(double share, boolean shown) {
    /** At 1280 × 800 this leaves the charts room for their rows and the table five products. */
    public static final TableRoom DEFAULT = new TableRoom(0.34, true);

    public TableRoom {
        share = Double.isFinite(share) ? Math.min(0.85, Math.max(0.15, share)) : DEFAULT.share;
    }
}
