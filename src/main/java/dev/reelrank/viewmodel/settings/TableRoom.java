package dev.reelrank.viewmodel.settings;

/**
 * How the main window shares its height between the charts and the products table.
 *
 * @param share the table's share of the height below the toolbar, from 0.15 to 0.85
 * @param shown false when the user put the table away to give the charts the whole window
 */
public record TableRoom(double share, boolean shown) {
    /**
     * At 1280 × 800 this leaves the cost chart room for the default dataset's seven rows with its
     * scale, and the table four products; the charts are what the window is for.
     */
    public static final TableRoom DEFAULT = new TableRoom(0.28, true);

    public TableRoom {
        share = Double.isFinite(share) ? Math.min(0.85, Math.max(0.15, share)) : DEFAULT.share;
    }
}
