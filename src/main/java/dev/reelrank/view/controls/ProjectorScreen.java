package dev.reelrank.view.controls;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Where full-screen views for a room go: the projector when there is a second screen. */
public final class ProjectorScreen {
    private ProjectorScreen() {}

    /** A second screen if there is one (the projector), else the screen the window is on. */
    public static Screen of(Window owner) {
        List<Screen> screens = Screen.getScreens();
        if (owner != null && screens.size() > 1) {
            var others = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
            for (Screen candidate : screens) {
                if (!others.contains(candidate)) {
                    return candidate;
                }
            }
        }
        return Screen.getPrimary();
    }

    /**
     * Places {@code stage} over the projector, to go full screen there. The presenter leaves with Esc,
     * which the screen says nowhere: no exit hint over what the room sees, and no other exit key.
     */
    public static void cover(Stage stage, Window owner) {
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        Rectangle2D bounds = of(owner).getBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }
}
