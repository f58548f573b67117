package dev.reelrank.viewmodel.slides;

/** Slide sizes people export for; custom takes the width and height typed. */
public enum SizePreset {
    HD(1280, 720),
    FULL_HD(1920, 1080),
    UHD(3840, 2160),
    CUSTOM(0, 0);

    private final int width;
    private final int height;

    SizePreset(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
