package dev.reelrank.viewmodel.slides;

import java.util.Arrays;

/**
 * The window's chart tabs, in their order, each with the slide that shows its chart: what Export…,
 * Copy image and the language switch go by. The scenario tab has no slide of its own yet, so it
 * gives the costs.
 */
public enum ChartTab {
    COST_RATING("cost-rating", SlideKind.COST),
    TREND("trend", SlideKind.TREND),
    PRICE_HISTORY("price-history", SlideKind.PRICE_HISTORY),
    VALUE("value", SlideKind.VALUE),
    HEAD_TO_HEAD("head-to-head", SlideKind.HEATMAP),
    SCENARIO("scenario", SlideKind.COST);

    private final String code;
    private final SlideKind slide;

    ChartTab(String code, SlideKind slide) {
        this.code = code;
        this.slide = slide;
    }

    /** The tab's node id in the window, e.g. "tab-trend". */
    public String id() {
        return "tab-" + code;
    }

    public SlideKind slide() {
        return slide;
    }

    /** The tab with this node id; the first tab for an id no tab has. */
    public static ChartTab ofId(String id) {
        return Arrays.stream(values())
                .filter(tab -> tab.id().equals(id))
                .findFirst()
                .orElse(COST_RATING);
    }
}
