package dev.reelrank.view;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;

/**
 * A placeholder that shows the part of a picture of the whole window that lies under it: in a window
 * built behind the picture of its last start, the parts added a frame later (the table, the tiles)
 * look as they will, rather than blank, until they come.
 */
final class PictureCrop extends Pane {
    private final ImageView view;

    PictureCrop(Image picture) {
        view = new ImageView(picture);
        view.setManaged(false);
        view.setSmooth(false);
        getChildren().add(view);
        getStyleClass().add("picture-crop");
        localToSceneTransformProperty().addListener((obs, old, now) -> requestLayout());
    }

    @Override
    protected void layoutChildren() {
        Bounds inScene = localToScene(getLayoutBounds());
        // Whole pixels: a viewport between two would blur the picture it copies.
        double x = Math.round(inScene.getMinX());
        double y = Math.round(inScene.getMinY());
        view.setViewport(new Rectangle2D(x, y, Math.round(getWidth()), Math.round(getHeight())));
        view.relocate(x - inScene.getMinX(), y - inScene.getMinY());
    }
}
