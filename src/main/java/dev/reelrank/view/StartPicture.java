package dev.reelrank.view;

import dev.reelrank.viewmodel.MainViewModel;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * Opens the main window on the picture its last start showed, at the same place and size, while the
 * window itself is built behind it (see app.StartPictures for when a picture may be shown).
 */
public final class StartPicture {
    private StartPicture() {}

    /** Shows {@code picture} in {@code stage} and runs {@code onScreen} once it is on the screen. */
    public static void show(Stage stage, MainViewModel viewModel, Image picture, Runnable onScreen) {
        Scene scene = new Scene(new Pane(new ImageView(picture)), picture.getWidth(), picture.getHeight());
        // The picture does not answer clicks and keys; the pointer says so until the window takes over.
        scene.setCursor(Cursor.WAIT);
        // A dark window shows no white frame before its picture.
        scene.setFill(picture.getPixelReader().getColor(0, 0));
        stage.titleProperty().bind(viewModel.titleProperty());
        MainWindow.minimumSize(stage);
        WindowPlacement.place(stage, viewModel);
        stage.setScene(scene);
        stage.show();
        FirstPaint.whenFrameShown(scene, onScreen);
    }

    /** Undoes what {@link #show} set on the scene, for the window that takes the scene over. */
    static void handOver(Scene scene) {
        scene.setCursor(null);
        scene.setFill(Color.WHITE);
    }

    /**
     * True when the pointer rests on a part whose look follows it: a button, link, menu, tab, box,
     * field, row or scroll bar. A picture taken then would show its highlight where the pointer may not
     * be at the next start.
     */
    public static boolean pointerOnAHighlightedPart(Scene scene) {
        return scene.getRoot() != null && highlighted(scene.getRoot());
    }

    private static boolean highlighted(Node node) {
        if (!node.isHover()) {
            return false;
        }
        if (node instanceof ButtonBase
                || node instanceof ComboBoxBase
                || node instanceof TextInputControl
                || node instanceof IndexedCell
                || node instanceof ScrollBar
                || node.getStyleClass().contains("tab")) {
            return true;
        }
        return node instanceof Parent parent
                && parent.getChildrenUnmodifiable().stream().anyMatch(StartPicture::highlighted);
    }
}
