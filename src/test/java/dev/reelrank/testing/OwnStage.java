package dev.reelrank.testing;

import dev.reelrank.view.settings.ThemeManager;
import dev.reelrank.viewmodel.settings.Theme;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * A stage of its own, for a test that sets the size of what it shows: resizing TestFX's shared stage
 * would change the window the other tests find. Register TestFX's stage first
 * ({@code FxToolkit.registerPrimaryStage()}), so that the FX thread runs.
 */
public final class OwnStage {
    private OwnStage() {}

    /**
     * On the FX thread: shows {@code root} in a new stage of {@code width} × {@code height}, styled as
     * the window's light theme, with its CSS applied and laid out. The caller closes the stage.
     */
    public static Stage show(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        ThemeManager.style(scene, Theme.LIGHT);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        root.applyCss();
        root.layout();
        return stage;
    }
}
