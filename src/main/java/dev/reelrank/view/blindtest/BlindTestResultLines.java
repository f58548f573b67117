package dev.reelrank.view.blindtest;

import dev.reelrank.view.controls.WrappingLabel;
import dev.reelrank.viewmodel.blindtest.BlindTestResults;
import dev.reelrank.viewmodel.text.Texts;
import javafx.scene.layout.VBox;

/**
 * A blind test's results in words, as the room's screen and the results slide both show them:
 * ratings with their intervals (and the caution when votes are few), each pair's win rate, then the
 * prompts. One place, so that the slide exported for a report says what the room saw.
 */
public final class BlindTestResultLines {
    private BlindTestResultLines() {}

    /**
     * The lines, each wrapping and never drawn shorter than its text.
     *
     * @param withMeta whether the date and seed come first (the slide has no title line of its own)
     */
    public static VBox of(BlindTestResults shown, Texts texts, boolean withMeta) {
        VBox ratings = new VBox(6);
        if (shown.ratings().isEmpty()) {
            ratings.getChildren().add(WrappingLabel.of(texts.get("blind.resultsNone"), "blind-results-rating"));
        }
        shown.ratings().forEach(text -> ratings.getChildren().add(WrappingLabel.of(text, "blind-results-rating")));
        if (!shown.caution().isEmpty()) {
            ratings.getChildren().add(WrappingLabel.of(shown.caution(), "blind-results-caution"));
        }
        VBox pairs = new VBox(4);
        shown.pairs().forEach(text -> pairs.getChildren().add(WrappingLabel.of(text, "blind-results-pair")));
        VBox lines = new VBox(12, ratings, pairs, WrappingLabel.of(shown.prompts(), "blind-results-meta"));
        if (withMeta) {
            lines.getChildren().add(0, WrappingLabel.of(shown.meta(), "blind-results-meta"));
        }
        return lines;
    }
}
