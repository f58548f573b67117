package dev.reelrank.view.blindtest;

import dev.reelrank.viewmodel.blindtest.BlindTestResults;
import dev.reelrank.viewmodel.text.Texts;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
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
            ratings.getChildren().add(line(texts.get("blind.resultsNone"), "blind-results-rating"));
        }
        shown.ratings().forEach(text -> ratings.getChildren().add(line(text, "blind-results-rating")));
        if (!shown.caution().isEmpty()) {
            ratings.getChildren().add(line(shown.caution(), "blind-results-caution"));
        }
        VBox pairs = new VBox(4);
        shown.pairs().forEach(text -> pairs.getChildren().add(line(text, "blind-results-pair")));
        VBox lines = new VBox(12, ratings, pairs, line(shown.prompts(), "blind-results-meta"));
        if (withMeta) {
            lines.getChildren().add(0, line(shown.meta(), "blind-results-meta"));
        }
        return lines;
    }

    private static Label line(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
