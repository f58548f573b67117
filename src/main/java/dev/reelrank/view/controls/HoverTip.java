package dev.reelrank.view.controls;

import java.util.Objects;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * A tooltip made when the pointer first enters its node, not before. A tooltip is a popup window
 * with a scene of its own: a chart's 50 new bars made 50 of them in the FX task that merged an
 * import (15 ms of its 85), and a 30-product heatmap 900. Most are never hovered.
 */
public final class HoverTip {
    private static final String KEY = HoverTip.class.getName();

    private final double maxWidth;
    private final Duration showDuration;
    private String text;
    private Tooltip made;

    private HoverTip(String text, double maxWidth, Duration showDuration) {
        this.text = text;
        this.maxWidth = maxWidth;
        this.showDuration = showDuration;
    }

    /** Sets the words hovering {@code node} shows, wrapped at {@code maxWidth}, after 200 ms. */
    public static void install(Node node, String text, double maxWidth, Duration showDuration) {
        if (node.getProperties().get(KEY) instanceof HoverTip tip) {
            tip.text = text;
            if (tip.made != null) {
                tip.made.setText(text);
            }
            return;
        }
        HoverTip tip = new HoverTip(text, maxWidth, showDuration);
        node.getProperties().put(KEY, tip);
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, entered -> tip.makeFor(node));
    }

    /**
     * Gives {@code control} a tooltip whose words follow {@code text}, wrapped at {@code maxWidth},
     * made when the pointer first enters it: the window's bars and notes have a dozen such tooltips,
     * each a popup window, and making them cost the first frame about 25 ms on a 2-core machine.
     */
    public static void follow(Control control, ObservableValue<String> text, double maxWidth) {
        onFirstEnter(control, () -> {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(text);
            tip.setWrapText(true);
            tip.setMaxWidth(maxWidth);
            control.setTooltip(tip);
        });
    }

    /**
     * Runs {@code make} once, when the pointer first enters {@code node}: a tooltip installed then
     * shows after the pointer's next moves, as one installed up front would.
     */
    public static void onFirstEnter(Node node, Runnable make) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent entered) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                make.run();
            }
        });
    }

    /**
     * Gives {@code label} a tooltip with its whole text, present only while the label is drawn cut
     * short ("…"): a tooltip that repeats the line under the pointer word for word is noise. Checked
     * each time the pointer comes over the label.
     */
    public static void whenCut(Labeled label, double maxWidth) {
        Tooltip[] tip = new Tooltip[1];
        label.addEventHandler(MouseEvent.MOUSE_ENTERED, entered -> {
            boolean cut =
                    label.lookup(".text") instanceof Text drawn && !Objects.equals(label.getText(), drawn.getText());
            if (!cut) {
                label.setTooltip(null);
                return;
            }
            if (tip[0] == null) {
                tip[0] = new Tooltip();
                tip[0].textProperty().bind(label.textProperty());
                tip[0].setWrapText(true);
                tip[0].setMaxWidth(maxWidth);
            }
            label.setTooltip(tip[0]);
        });
    }

    /** The same with words that do not change. */
    public static void follow(Control control, String text, double maxWidth) {
        follow(control, new ReadOnlyStringWrapper(text), maxWidth);
    }

    /** The words hovering {@code node} shows, made or not yet; null if it has none. */
    public static String textOf(Node node) {
        if (node.getProperties().get(KEY) instanceof HoverTip tip) {
            return tip.text;
        }
        return node.getProperties().get("javafx.scene.control.Tooltip") instanceof Tooltip t ? t.getText() : null;
    }

    private void makeFor(Node node) {
        if (made != null || text == null || text.isEmpty()) {
            return;
        }
        made = new Tooltip(text);
        made.setShowDelay(Duration.millis(200));
        made.setShowDuration(showDuration);
        made.setWrapText(true);
        made.setMaxWidth(maxWidth);
        // Installed now, it shows after the pointer's next moves, as one installed up front would.
        Tooltip.install(node, made);
    }
}
