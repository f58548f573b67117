package dev.reelrank.viewmodel.files;

import dev.reelrank.model.Project;
import dev.reelrank.viewmodel.port.BackgroundWork;
import dev.reelrank.viewmodel.port.BuiltInView;
import dev.reelrank.viewmodel.port.ProjectStore;
import dev.reelrank.viewmodel.port.RecentFiles;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.ProjectNames;
import dev.reelrank.viewmodel.text.Texts;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * New, Open, Save and Save As for one window, and its recent files. The view asks the user
 * (which file, whether to drop unsaved changes); this decides what happens and reports the
 * outcome through the window's status line.
 */
public final class FilesViewModel {
    public static final String EXTENSION = ".reelrank.json";
    private final ProjectSession session;
    private final ProjectStore store;
    private final RecentFiles recentFiles;
    private final BackgroundWork background;
    private final Texts texts;
    private final StatusLine status;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recent);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private ChangedOnDiskHandler changedOnDisk;

    /**
     * What the window does when a save finds the file changed on disk since it was read: the view
     * asks whether to reload, save elsewhere or overwrite.
     */
    public interface ChangedOnDiskHandler {
        void changed(Path file, Runnable whenSaved);
    }

    /** Where the window reports what happened. */
    public interface StatusLine {
        /** Tells nobody: for view models that only compute. */
        StatusLine IGNORED = new StatusLine() {
            @Override
            public void info(String message) {}

            @Override
            public void problem(String message) {}
        };

        void info(String message);

        void problem(String message);
    }

    public FilesViewModel(
            ProjectSession session,
            ProjectStore store,
            RecentFiles recentFiles,
            BackgroundWork background,
            Texts texts,
            StatusLine status) {
        this.session = session;
        this.store = store;
        this.recentFiles = recentFiles;
        this.background = background;
        this.texts = texts;
        this.status = status;
        recent.setAll(recentFiles.list());
    }

    /** True when closing or replacing the project would lose edits. */
    public boolean hasUnsavedChanges() {
        return session.isDirty();
    }

    public void newProject() {
        session.replace(store.blank(), null);
        status.info(texts.get("status.new"));
    }

    /**
     * Opens one of the built-in views in place of the current project, as an untitled project the
     * user may edit and save; on failure the current project stays as it was.
     */
    public void openBuiltIn(BuiltInView view) {
        busy.set(true);
        background.run(
                () -> store.builtIn(view),
                project -> {
                    busy.set(false);
                    session.replace(project, null);
                    status.info(texts.format("status.builtIn", texts.get("builtin." + view.name() + ".title")));
                },
                failure -> {
                    busy.set(false);
                    status.problem(texts.format(
                            "status.builtInFailed",
                            texts.get("builtin." + view.name() + ".title"),
                            failure.getMessage()));
                });
    }

    /** Opens a file in this window; on failure the current project stays as it was. */
    public void open(Path file, Runnable whenDone) {
        busy.set(true);
        status.info(texts.format("status.opening", file.getFileName()));
        background.run(
                () -> store.read(file),
                project -> {
                    busy.set(false);
                    session.replace(project, file);
                    remember(file);
                    status.info(texts.format(
                            "status.opened",
                            file.getFileName(),
                            project.products().size()));
                    whenDone.run();
                },
                failure -> {
                    busy.set(false);
                    status.problem(texts.format("status.openFailed", texts.failure(failure)));
                });
    }

    /** Who is asked when a save finds the file changed on disk; without one, the status line says so. */
    public void onChangedOnDisk(ChangedOnDiskHandler handler) {
        changedOnDisk = handler;
    }

    /** Saves over the file whatever it holds now: the user chose to overwrite a change made on disk. */
    public void overwrite(Path file, Runnable whenSaved) {
        write(file, whenSaved, true);
    }

    /** Saves to the project's file; returns false when there is none yet (the view then asks Save As). */
    public boolean save(Runnable whenSaved) {
        Path file = session.fileProperty().get();
        if (file == null) {
            return false;
        }
        saveAs(file, whenSaved);
        return true;
    }

    /** Saves to a file (adding the .reelrank.json extension when it is missing); atomic, off the FX thread. */
    public void saveAs(Path chosen, Runnable whenSaved) {
        write(withExtension(chosen), whenSaved, false);
    }

    private void write(Path file, Runnable whenSaved, boolean overwrite) {
        Project snapshot = session.project();
        busy.set(true);
        status.info(texts.format("status.saving", file.getFileName()));
        background.run(
                () -> {
                    if (overwrite) {
                        store.overwrite(snapshot, file);
                    } else {
                        store.write(snapshot, file);
                    }
                    return file;
                },
                saved -> {
                    busy.set(false);
                    session.markSaved(snapshot, saved);
                    remember(saved);
                    status.info(texts.format("status.saved", saved.getFileName()));
                    whenSaved.run();
                },
                failure -> {
                    busy.set(false);
                    if (failure instanceof ProjectStore.ChangedOnDisk) {
                        status.problem(texts.format("status.changedOnDisk", file.getFileName()));
                        if (changedOnDisk != null) {
                            changedOnDisk.changed(file, whenSaved);
                        }
                        return;
                    }
                    status.problem(texts.format("status.saveFailed", file.getFileName(), texts.failure(failure)));
                });
    }

    public static Path withExtension(Path file) {
        String name = String.valueOf(file.getFileName());
        if (name.endsWith(EXTENSION)) {
            return file;
        }
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return file.resolveSibling(stem + EXTENSION);
    }

    /** The project as the window names it: its file's name, or "Untitled" before it has one. */
    public String shownName() {
        Path file = session.fileProperty().get();
        if (file != null) {
            return String.valueOf(file.getFileName());
        }
        // Without a file, the name the toolbar shows ("Today's market (late 2026)"), not a second one.
        String name = ProjectNames.shown(session.project(), null, texts);
        return name == null || name.isBlank() ? texts.get("window.untitled") : name;
    }

    /** A name to suggest in the Save As dialog. */
    public String suggestedName() {
        Path file = session.fileProperty().get();
        if (file != null) {
            return String.valueOf(file.getFileName());
        }
        String name =
                session.project().name().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return (name.isEmpty() ? "project" : name.toLowerCase(Locale.ROOT)) + EXTENSION;
    }

    public void forgetRecent(Path file) {
        recentFiles.forget(file);
        recent.setAll(recentFiles.list());
    }

    private void remember(Path file) {
        recentFiles.remember(file.toAbsolutePath());
        recent.setAll(recentFiles.list());
    }

    public ObservableList<Path> recent() {
        return recentView;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
