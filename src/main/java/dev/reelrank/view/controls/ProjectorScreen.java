package dev.reelrank.view.controls;

import java.util.List;
import javafx.stage.Screen;
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
}
