package dev.reelrank.view;

import dev.reelrank.viewmodel.MainViewModel;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
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
        stage.titleProperty().bind(viewModel.titleProperty());
        MainWindow.minimumSize(stage);
        WindowPlacement.place(stage, viewModel);
        stage.setScene(scene);
        stage.show();
        FirstPaint.whenFrameShown(scene, onScreen);
    }
}
