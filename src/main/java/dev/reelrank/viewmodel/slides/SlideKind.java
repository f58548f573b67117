package dev.reelrank.viewmodel.slides;

import java.util.Arrays;
import java.util.Optional;

/** What one exported image or presentation slide shows. */
public enum SlideKind {
    COST("cost"),
    RATING("rating"),
    TREND("trend"),
    PRICE_HISTORY("price-history"),
    VALUE("value"),
    HEATMAP("heatmap"),
    DASHBOARD("dashboard"),
    /** The results of the blind test the project's view shows the votes of. */
    BLIND_TEST("blind-test");

    private final String code;

    SlideKind(String code) {
        this.code = code;
    }

    /** The name used on the command line and in file names. */
    public String code() {
        return code;
    }

    public static Optional<SlideKind> of(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
