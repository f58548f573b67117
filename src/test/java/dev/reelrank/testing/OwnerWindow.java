package dev.reelrank.testing;

import dev.reelrank.view.settings.ThemeManager;
import dev.reelrank.viewmodel.settings.Theme;
import java.util.ArrayList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/**
 * TestFX's stage as a stand-in for the main window, for tests of the screens and dialogs it owns (the
 * blind test's set-up and its full-screen room).
 */
public final class OwnerWindow {
    private OwnerWindow() {}

    /** On the FX thread, from a {@code @Start} method: shows {@code stage} as a small light-themed window. */
    public static Stage show(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("ReelRank")), 800, 600));
        ThemeManager.style(stage.getScene(), Theme.LIGHT);
        stage.show();
        return stage;
    }

    /** Hides every window but {@code owner}, so that a test's screens do not outlive it. */
    public static void closeOthers(FxRobot robot, Stage owner) {
        robot.interact(() -> new ArrayList<>(Window.getWindows())
                .stream().filter(w -> w != owner).forEach(Window::hide));
    }
}
