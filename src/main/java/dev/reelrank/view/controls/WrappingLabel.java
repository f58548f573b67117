package dev.reelrank.view.controls;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** A label for words that must be read whole (slides, the room's results): it wraps, and is never drawn shorter than its text. */
public final class WrappingLabel {
    private WrappingLabel() {}

    public static Label of(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
