package dev.reelrank.export;

import dev.reelrank.viewmodel.slides.SlideTheme;

/**
 * The size of an exported image: a layout size, as on a slide (1920 × 1080), drawn at a scale (2×
 * for a sharp image on a high-density screen), so the file has (width·scale) × (height·scale) pixels.
 */
public record ExportSize(int width, int height, int scale, SlideTheme theme) {
    /** Beyond this many pixels a side, images outgrow what slides need and what memory holds. */
    public static final int MAX_PIXELS = 8192;

    public static final int MIN_SIDE = 320;

    public ExportSize {
        if (width < MIN_SIDE || height < MIN_SIDE) {
            throw new IllegalArgumentException(
                    "width and height must be at least " + MIN_SIDE + " px, not " + width + " x " + height);
        }
        if (scale < 1 || scale > 3) {
            throw new IllegalArgumentException("scale must be 1, 2 or 3, not " + scale);
        }
        if ((long) width * scale > MAX_PIXELS || (long) height * scale > MAX_PIXELS) {
            throw new IllegalArgumentException("the image would be " + (long) width * scale + " x "
                    + (long) height * scale + " px; at most " + MAX_PIXELS + " px a side");
        }
    }

    public int pixelWidth() {
        return width * scale;
    }

    public int pixelHeight() {
        return height * scale;
    }
}
