package dev.reelrank.viewmodel.settings;

/** Where the main window was and how large, so that the next run opens it there. */
public record WindowPlace(double x, double y, double width, double height, boolean maximized) {
    public WindowPlace {
        if (!(width > 0) || !(height > 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("not a window's place: " + x + "," + y + " " + width + "x" + height);
        }
    }
}
