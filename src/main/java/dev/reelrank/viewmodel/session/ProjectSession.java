package dev.reelrank.viewmodel.session;

import dev.reelrank.model.ChartView;
import dev.reelrank.model.InvalidValueException;
import dev.reelrank.model.Project;
import dev.reelrank.viewmodel.text.Parsed;
import dev.reelrank.viewmodel.text.Texts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One open project in one window: the current project, the file it belongs to, whether it has
 * unsaved changes, and its undo history. Every edit goes through {@link #apply}, so every edit can
 * be undone and every view model sees the same project.
 */
public final class ProjectSession {
    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Project> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper("");
    private final BooleanBinding dirty =
            Bindings.createBooleanBinding(() -> !Objects.equals(project.get(), saved.get()), project, saved);
    private final EditHistory history;
    private final Supplier<LocalDate> today;
    private final Texts texts;

    public ProjectSession(Project initial, Path file, Supplier<LocalDate> today) {
        this(Texts.english(), today, new EditHistory());
        replace(initial, file);
    }

    /** A session whose messages (a field the model refused) are in the UI's language. */
    public ProjectSession(Project initial, Path file, Texts texts) {
        this(texts, LocalDate::now, new EditHistory());
        replace(initial, file);
    }

    private ProjectSession(Texts texts, Supplier<LocalDate> today, EditHistory history) {
        this.texts = texts;
        this.today = today;
        this.history = history;
    }

    /** A session on the current project with no history, for views that must not touch this one. */
    public ProjectSession copy() {
        return copy(texts);
    }

    /** A copy with messages from {@code other}, without undo history. */
    public ProjectSession copy(Texts other) {
        ProjectSession copy = new ProjectSession(other, today, new EditHistory());
        copy.replace(project.get(), file.get());
        return copy;
    }

    /**
     * The same project, file, unsaved changes and undo history, with messages in another language.
     * The window switching language uses the returned session from then on and drops this one.
     */
    public ProjectSession inLanguage(Texts other) {
        ProjectSession next = new ProjectSession(other, today, history);
        next.project.set(project.get());
        next.saved.set(saved.get());
        next.file.set(file.get());
        next.refreshHistory();
        return next;
    }

    public ProjectSession(Project initial, Path file) {
        this(initial, file, LocalDate::now);
    }

    /**
     * Applies an edit. A change the model refuses leaves the project as it was and returns the
     * model's reason; an edit that changes nothing is not recorded.
     */
    public Parsed<Project> apply(String description, UnaryOperator<Project> change) {
        Project before = project.get();
        Project after;
        try {
            after = change.apply(before);
        } catch (InvalidValueException e) {
            return Parsed.error(texts.format("field.message", fieldName(e.field()), texts.text(e.explanation())));
        }
        if (!after.equals(before)) {
            history.record(new EditHistory.Edit(description, before, after));
            project.set(after);
            refreshHistory();
        }
        return Parsed.ok(after);
    }

    /** Undoes the last edit; the chart view stays as it is now, since choosing a view is not an edit. */
    public void undo() {
        history.undo()
                .ifPresent(
                        edit -> project.set(edit.before().withView(project.get().view())));
        refreshHistory();
    }

    public void redo() {
        history.redo()
                .ifPresent(
                        edit -> project.set(edit.after().withView(project.get().view())));
        refreshHistory();
    }

    /**
     * Whether going from {@code old} to {@code now} changed how one chart is shown and nothing else,
     * so that the other charts need not redraw. The "current products only" switch is not such a
     * change: it changes which products every chart draws.
     */
    @SuppressWarnings("ReferenceEquality") // a view edit makes a new View; equal values compared below
    public static boolean onlyViewChanged(Project old, Project now) {
        return old != null
                && old.view() != now.view()
                && old.view().currentOnly() == now.view().currentOnly()
                && old.withView(now.view()).equals(now);
    }

    /**
     * Shows the charts another way. Saved with the project (so it counts as an unsaved change) but
     * not an edit: it is not undone, and undoing an edit keeps it.
     */
    public void showAs(ChartView view) {
        if (!view.equals(project.get().view())) {
            project.set(project.get().withView(view));
        }
    }

    /** Opens another project in this window: a fresh history, nothing unsaved. */
    public void replace(Project opened, Path openedFile) {
        history.clear();
        project.set(opened);
        saved.set(opened);
        file.set(openedFile);
        refreshHistory();
    }

    /**
     * Takes up work a window left unsaved: the project as it was then, belonging to its file (Save
     * writes there), unsaved, with a fresh history.
     */
    public void restore(Project unsaved, Path belongsTo) {
        history.clear();
        saved.set(null);
        project.set(unsaved);
        file.set(belongsTo);
        refreshHistory();
    }

    /** Records that the current project is now on disk at {@code savedFile}. */
    public void markSaved(Project written, Path savedFile) {
        saved.set(written);
        file.set(savedFile);
    }

    public LocalDate today() {
        return today.get();
    }

    private void refreshHistory() {
        canUndo.set(history.nextUndo().isPresent());
        canRedo.set(history.nextRedo().isPresent());
        undoDescription.set(history.nextUndo().orElse(""));
        redoDescription.set(history.nextRedo().orElse(""));
    }

    private String fieldName(String field) {
        String key = "field." + field;
        return texts.has(key) ? texts.get(key) : field;
    }

    public Project project() {
        return project.get();
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }
}
