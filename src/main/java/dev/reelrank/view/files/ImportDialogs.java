package dev.reelrank.view.files;

import dev.reelrank.view.settings.ThemeManager;
import dev.reelrank.viewmodel.files.BattleImportViewModel;
import dev.reelrank.viewmodel.text.Texts;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The import's progress (with Cancel) and its question about names that match no product. */
public final class ImportDialogs {
    public enum Unknown {
        ADD,
        LEAVE_OUT,
        CANCEL
    }

    private ImportDialogs() {}

    /** Shows a progress bar while the import reads; closes by itself when it stops. */
    public static void showProgress(Window owner, BattleImportViewModel battleImport, Texts texts) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("import.title"));
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(battleImport.progressProperty());
        dialog.getDialogPane().setContent(new VBox(8, new Label(texts.get("import.title")), bar));
        ButtonType cancel = new ButtonType(texts.get("import.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(cancel);
        ThemeManager.styleLike(dialog.getDialogPane(), owner);
        ChangeListener<Boolean> closeWhenDone = (obs, was, running) -> {
            if (!running && dialog.isShowing()) {
                dialog.close();
            }
        };
        battleImport.runningProperty().addListener(closeWhenDone);
        dialog.setOnHidden(e -> {
            battleImport.runningProperty().removeListener(closeWhenDone);
            if (battleImport.runningProperty().get()) {
                battleImport.cancel();
            }
        });
        dialog.show();
    }

    public static Unknown askAboutUnknownNames(Window owner, List<String> names, Texts texts) {
        ButtonType add = new ButtonType(texts.get("import.addThem"), ButtonBar.ButtonData.YES);
        ButtonType leaveOut = new ButtonType(texts.get("import.leaveOut"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String shown =
                names.size() > 12 ? String.join(", ", names.subList(0, 12)) + ", \u2026" : String.join(", ", names);
        Alert alert = new Alert(
                Alert.AlertType.CONFIRMATION,
                texts.format("import.unknownText", names.size(), shown),
                add,
                leaveOut,
                cancel);
        alert.initOwner(owner);
        alert.setTitle(texts.get("import.unknownTitle"));
        alert.setHeaderText(texts.format("import.unknownHeader", names.size()));
        ThemeManager.styleLike(alert.getDialogPane(), owner);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == add ? Unknown.ADD : answer == leaveOut ? Unknown.LEAVE_OUT : Unknown.CANCEL;
    }
}
