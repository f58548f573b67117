package dev.reelrank.view;

import dev.reelrank.viewmodel.Texts;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Dialogs that explain a problem in one sentence and what ReelRank did about it. */
public final class ErrorDialogs {
    private ErrorDialogs() {
    }

    public static void showOpenFailure(Window owner, Texts texts, String problem) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(texts.get("error.openTitle"));
        alert.setHeaderText(texts.get("error.openHeader"));
        alert.setContentText(problem);
        MainWindow.styleLike(alert.getDialogPane(), owner);
        alert.show();
    }
}
