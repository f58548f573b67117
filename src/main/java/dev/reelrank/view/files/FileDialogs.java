package dev.reelrank.view.files;

import dev.reelrank.view.settings.ThemeManager;
import dev.reelrank.viewmodel.files.FilesViewModel;
import dev.reelrank.viewmodel.text.Texts;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The questions the window asks about files: which one, and what to do with unsaved changes. */
public final class FileDialogs {
    /** What the user wants done with unsaved changes. */
    public enum Unsaved {
        SAVE,
        DISCARD,
        CANCEL
    }

    private final Window owner;
    private final Texts texts;
    private Path lastFolder;

    public FileDialogs(Window owner, Texts texts) {
        this.owner = owner;
        this.texts = texts;
    }

    public Optional<Path> chooseToOpen() {
        FileChooser chooser = chooser(texts.get("dialog.openTitle"));
        File file = chooser.showOpenDialog(owner);
        return remember(file);
    }

    public Optional<Path> chooseBattles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("menu.importBattles"));
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(texts.get("import.filter"), "*.csv"),
                        new FileChooser.ExtensionFilter(texts.get("dialog.filterAll"), "*"));
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return remember(chooser.showOpenDialog(owner));
    }

    public Optional<Path> chooseToSave(String suggestedName) {
        FileChooser chooser = chooser(texts.get("dialog.saveTitle"));
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner);
        return remember(file);
    }

    /** As {@link #chooseToSave(String)}, opening in the folder of {@code beside} (the file it must not replace). */
    public Optional<Path> chooseToSave(String suggestedName, Path beside) {
        FileChooser chooser = chooser(texts.get("dialog.saveTitle"));
        Path folder = beside.toAbsolutePath().getParent();
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    /** Where to export an image; the system's save dialog asks before it replaces a file. */
    public Optional<Path> chooseImage(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("export.filter"), "*.png"));
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner))
                .map(file ->
                        file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")
                                ? file
                                : file.resolveSibling(file.getFileName() + ".png"));
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(texts.get("dialog.filter"), "*" + FilesViewModel.EXTENSION),
                        new FileChooser.ExtensionFilter(texts.get("dialog.filterAll"), "*"));
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.toPath().toAbsolutePath().getParent();
        return Optional.of(file.toPath());
    }

    /** Asks before unsaved changes would be lost. */
    public Unsaved askAboutUnsavedChanges(String documentName) {
        int answer = askYesNoOrLater(
                "unsaved-dialog",
                texts.get("dialog.unsavedTitle"),
                texts.format("dialog.unsavedHeader", documentName),
                texts.get("dialog.unsavedText"),
                "dialog.save",
                "dialog.discard",
                "dialog.cancel");
        return answer == 0 ? Unsaved.SAVE : answer == 1 ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    /** What to do when a save finds the file changed on disk since the window read it. */
    public enum Changed {
        RELOAD,
        SAVE_AS,
        OVERWRITE,
        CANCEL
    }

    /** Asks what to do about a change made on disk; closing the dialog saves nothing. */
    public Changed askAboutChangeOnDisk(String documentName, String backupName) {
        ButtonType reload = new ButtonType(texts.get("changed.reload"), ButtonBar.ButtonData.LEFT);
        ButtonType saveAs = new ButtonType(texts.get("changed.saveAs"), ButtonBar.ButtonData.OTHER);
        ButtonType overwrite = new ButtonType(texts.get("changed.overwrite"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(
                Alert.AlertType.WARNING,
                texts.format("changed.content", documentName, backupName),
                reload,
                saveAs,
                overwrite,
                cancel);
        alert.initOwner(owner);
        alert.setTitle(texts.get("changed.title"));
        alert.setHeaderText(texts.format("changed.header", documentName));
        ThemeManager.styleLike(alert.getDialogPane(), owner);
        alert.getDialogPane().setId("changed-dialog");
        // Enter after Ctrl+S must not drop the edits (Reload) nor replace their work (Overwrite): it cancels.
        for (ButtonType type : alert.getButtonTypes()) {
            ((Button) alert.getDialogPane().lookupButton(type)).setDefaultButton(type == cancel);
        }
        Platform.runLater(() -> alert.getDialogPane().lookupButton(cancel).requestFocus());
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == reload
                ? Changed.RELOAD
                : answer == saveAs ? Changed.SAVE_AS : answer == overwrite ? Changed.OVERWRITE : Changed.CANCEL;
    }

    /** What to do with work a window left unsaved. */
    public enum Leftover {
        RESTORE,
        DISCARD,
        LATER
    }

    /** Asks about work left unsaved; closing the dialog keeps it for the next start. */
    public Leftover askAboutLeftover(String documentName, String keptAt) {
        int answer = askYesNoOrLater(
                "leftover-dialog",
                texts.get("recovery.title"),
                texts.format("recovery.header", documentName),
                texts.format("recovery.text", keptAt),
                "recovery.restore",
                "recovery.discard",
                "recovery.later");
        return answer == 0 ? Leftover.RESTORE : answer == 1 ? Leftover.DISCARD : Leftover.LATER;
    }

    /** A three-way question; 0 for yes, 1 for no, 2 for the third button or a dialog closed otherwise. */
    private int askYesNoOrLater(
            String id, String title, String header, String text, String yesKey, String noKey, String laterKey) {
        ButtonType yes = new ButtonType(texts.get(yesKey), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(texts.get(noKey), ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType(texts.get(laterKey), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, yes, no, later);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        ThemeManager.styleLike(alert.getDialogPane(), owner);
        alert.getDialogPane().setId(id);
        ButtonType answer = alert.showAndWait().orElse(later);
        return answer == yes ? 0 : answer == no ? 1 : 2;
    }
}
