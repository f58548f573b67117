package dev.reelrank.view;

import dev.reelrank.view.files.FileDialogs;
import dev.reelrank.view.files.ImportDialogs;
import dev.reelrank.view.slides.ExportDialog;
import dev.reelrank.view.slides.ImageMaker;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.text.Texts;
import java.nio.file.Path;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * What the main window does through dialogs: open, save, save as, the questions before work would be
 * lost or overwritten, leftover work after a crash, importing battles, exporting and copying images.
 */
final class WindowActions {
    private final MainWindow window;
    private final MainViewModel viewModel;
    private final Texts texts;
    private final ImageMaker images;
    private FileDialogs dialogs;

    WindowActions(MainWindow window, MainViewModel viewModel, Texts texts, ImageMaker images) {
        this.window = window;
        this.viewModel = viewModel;
        this.texts = texts;
        this.images = images;
    }

    FileDialogs dialogs() {
        if (dialogs == null) {
            dialogs = new FileDialogs(window.window(), texts);
        }
        return dialogs;
    }

    void open(Path file) {
        viewModel.files().open(file, () -> {});
    }

    /**
     * Offers the work windows closed without saving left behind, newest first, until the user
     * restores one (the rest wait for the next start) or has answered for each.
     */
    void offerLeftoverWork() {
        var leftovers = viewModel.leftoverWork();
        leftovers.find(found -> {
            for (var leftover : found) {
                switch (dialogs().askAboutLeftover(leftovers.name(leftover), leftovers.keptAt(leftover))) {
                    case RESTORE -> {
                        guardUnsaved(() -> leftovers.restore(leftover));
                        return;
                    }
                    case DISCARD -> leftovers.discard(leftover);
                    case LATER -> {}
                }
            }
        });
    }

    /** A save found the file changed on disk: reload it, save elsewhere, or overwrite it. */
    void askAboutChangeOnDisk(Path file, Runnable whenSaved) {
        String name = String.valueOf(file.getFileName());
        switch (dialogs().askAboutChangeOnDisk(name, name + ".bak")) {
            case RELOAD -> viewModel.files().open(file, () -> {});
            case SAVE_AS ->
                dialogs()
                        .chooseToSave(viewModel.files().suggestedName(), file)
                        .ifPresent(chosen -> viewModel.files().saveAs(chosen, whenSaved));
            case OVERWRITE -> viewModel.files().overwrite(file, whenSaved);
            case CANCEL -> {}
        }
    }

    void guardUnsaved(Runnable proceed) {
        if (!viewModel.files().hasUnsavedChanges()) {
            proceed.run();
            return;
        }
        switch (dialogs().askAboutUnsavedChanges(viewModel.files().shownName())) {
            case SAVE -> saveThen(proceed);
            case DISCARD -> proceed.run();
            case CANCEL -> {}
        }
    }

    void importBattles() {
        dialogs().chooseBattles().ifPresent(file -> {
            var battleImport = viewModel.battleImport();
            ImportDialogs.showProgress(window.window(), battleImport, texts);
            battleImport.start(file, () -> {
                var unknown = battleImport.unknownNames();
                if (unknown.isEmpty()) {
                    battleImport.merge(true);
                    return;
                }
                switch (ImportDialogs.askAboutUnknownNames(window.window(), unknown, texts)) {
                    case ADD -> battleImport.merge(true);
                    case LEAVE_OUT -> battleImport.merge(false);
                    case CANCEL -> battleImport.discard();
                }
            });
        });
    }

    void exportImage() {
        var exports = viewModel.exports();
        Window owner = window.window();
        exports.start(window.shownChart());
        switch (ExportDialog.ask(owner, exports, texts)) {
            case EXPORT ->
                dialogs()
                        .chooseImage(exports.suggestedFileName())
                        .ifPresent(file -> images.draw(
                                exports,
                                owner,
                                image -> exports.save(file, images.encoding(image, exports.drawnWords()), () -> {}),
                                failure -> viewModel.reportProblem(
                                        texts.format("export.failed", file.getFileName(), describe(failure)))));
            case COPY -> copyImage();
            case CANCEL -> {}
        }
    }

    void copyImage() {
        var exports = viewModel.exports();
        images.draw(
                exports,
                window.window(),
                image -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putImage(image);
                    Clipboard.getSystemClipboard().setContent(content);
                    exports.reportCopied();
                },
                failure -> viewModel.reportProblem(
                        texts.format("export.failed", texts.get("menu.copyImage"), describe(failure))));
    }

    private String describe(Throwable failure) {
        return failure instanceof OutOfMemoryError ? texts.get("export.noMemory") : texts.failure(failure);
    }

    void saveThen(Runnable after) {
        if (!viewModel.files().save(after)) {
            dialogs()
                    .chooseToSave(viewModel.files().suggestedName())
                    .ifPresent(file -> viewModel.files().saveAs(file, after));
        }
    }

    void saveAs() {
        dialogs()
                .chooseToSave(viewModel.files().suggestedName())
                .ifPresent(file -> viewModel.files().saveAs(file, () -> {}));
    }

    void closeWindow() {
        guardUnsaved(() -> ((Stage) window.window()).close());
    }
}
