package dev.reelrank.view.blindtest;

import javafx.animation.FadeTransition;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * One side of a blind pair: the clip, scaled to fit the same frame as the other side's, its letter
 * under it, and the product's name once revealed. A clip that cannot play shows why in words,
 * never an empty black frame.
 */
final class ClipPane extends VBox {
    private final StackPane frame = new StackPane();
    private final MediaView view = new MediaView();
    private final Label message = new Label();
    private static final PseudoClass WON = PseudoClass.getPseudoClass("won");
    private static final PseudoClass LOST = PseudoClass.getPseudoClass("lost");
    private final Label name = new Label();
    private final FadeTransition fade = new FadeTransition(Duration.millis(400), name);

    ClipPane(String id, String letter) {
        setId(id);
        view.setId(id + "-clip");
        getStyleClass().add("blind-side");
        setAlignment(Pos.TOP_CENTER);
        setSpacing(12);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        // Both sides fit the same frame, so clips of different sizes are shown at the same size.
        view.fitWidthProperty().bind(frame.widthProperty());
        view.fitHeightProperty().bind(frame.heightProperty());
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(frame.widthProperty());
        clip.heightProperty().bind(frame.heightProperty());
        frame.setClip(clip);
        frame.getStyleClass().add("blind-frame");
        frame.setMinSize(0, 0);
        message.setId(id + "-message");
        message.getStyleClass().add("blind-message");
        message.setWrapText(true);
        message.setVisible(false);
        frame.getChildren().addAll(view, message);
        VBox.setVgrow(frame, Priority.ALWAYS);
        Label side = new Label(letter);
        side.getStyleClass().add("blind-letter");
        name.getStyleClass().add("blind-name");
        name.setOpacity(0);
        fade.setFromValue(0);
        fade.setToValue(1);
        getChildren().addAll(frame, side, name);
    }

    /** Shows a player's frames, or nothing while there is none. */
    void show(MediaPlayer player) {
        view.setMediaPlayer(player);
        view.setVisible(player != null);
        message.setVisible(false);
        hideName();
    }

    /** Shows a new player for a clip that did not start in time, and says in words that it is starting again. */
    void startingAgain(MediaPlayer player, String words) {
        view.setMediaPlayer(player);
        fail(words);
    }

    /** The clip is ready: its picture, not the words about it. */
    void ready() {
        view.setVisible(view.getMediaPlayer() != null);
        message.setVisible(false);
    }

    /** Takes the product's name away again. */
    void hideName() {
        fade.stop();
        name.setOpacity(0);
        name.setText("");
    }

    /** Says in words why there is no picture. */
    void fail(String why) {
        view.setVisible(false);
        message.setText(why);
        message.setVisible(true);
    }

    /**
     * Fades the product's name in under the clip, marked as the one the vote went to or not.
     *
     * @param won true for the side the vote went to, false for the other, null for a tie or "both bad"
     */
    void reveal(String productName, Boolean won) {
        boolean winner = Boolean.TRUE.equals(won);
        name.setText(winner ? "\u2713 " + productName : productName);
        name.pseudoClassStateChanged(WON, winner);
        name.pseudoClassStateChanged(LOST, Boolean.FALSE.equals(won));
        fade.playFromStart();
    }

    MediaView mediaView() {
        return view;
    }

    String messageText() {
        return message.isVisible() ? message.getText() : "";
    }
}
