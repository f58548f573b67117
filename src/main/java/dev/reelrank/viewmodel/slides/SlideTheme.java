package dev.reelrank.viewmodel.slides;

import java.util.Arrays;
import java.util.Optional;

/** The background of an exported image: the light or dark theme, or none (for coloured slides). */
public enum SlideTheme {
    LIGHT("light"),
    DARK("dark"),
    TRANSPARENT("transparent");

    private final String code;

    SlideTheme(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SlideTheme> of(String code) {
        return Arrays.stream(values()).filter(theme -> theme.code.equals(code)).findFirst();
    }
}
