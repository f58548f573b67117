package dev.reelrank.viewmodel.session;

import dev.reelrank.model.Project;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Undo and redo: every edit keeps the project before and after it (projects are immutable, so this is cheap). */
final class EditHistory {
    static final int LIMIT = 500;

    record Edit(String description, Project before, Project after) {}

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();

    void record(Edit edit) {
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    Optional<Edit> undo() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Edit edit = undo.pop();
        redo.push(edit);
        return Optional.of(edit);
    }

    Optional<Edit> redo() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Edit edit = redo.pop();
        undo.push(edit);
        return Optional.of(edit);
    }

    Optional<String> nextUndo() {
        return Optional.ofNullable(undo.peek()).map(Edit::description);
    }

    Optional<String> nextRedo() {
        return Optional.ofNullable(redo.peek()).map(Edit::description);
    }

    void clear() {
        undo.clear();
        redo.clear();
    }
}
