package dev.reelrank.view.controls;

import dev.reelrank.view.settings.ThemeManager;
import dev.reelrank.viewmodel.text.Texts;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Dialogs that explain a problem in one sentence and what ReelRank did about it. */
public final class ErrorDialogs {
    private ErrorDialogs() {}

    public static void showOpenFailure(Window owner, Texts texts, String problem) {
        // JavaFX would name its own OK button in the JVM's language, not the window's.
        Alert alert = new Alert(
                Alert.AlertType.ERROR, problem, new ButtonType(texts.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner);
        alert.setTitle(texts.get("error.openTitle"));
        alert.setHeaderText(texts.get("error.openHeader"));
        ThemeManager.styleLike(alert.getDialogPane(), owner);
        alert.show();
    }
}
