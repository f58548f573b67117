package dev.reelrank.viewmodel.text;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One editable cell's state: the text it shows for the model's current value, and the problem
 * with the text being typed (empty when it is fine). The model only ever receives valid input,
 * so it keeps its last good value while the text is wrong.
 */
public final class EditableField {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final Function<String, String> commit;
    private final Function<String, String> check;
    private final boolean editable;

    /**
     * @param check  returns the problem with a draft, or null when it is fine
     * @param commit applies a draft that passed the check; returns a problem the model found, or null
     */
    public EditableField(Function<String, String> check, Function<String, String> commit) {
        this.check = check;
        this.commit = commit;
        this.editable = true;
    }

    private EditableField(String why) {
        this.check = draft -> why;
        this.commit = draft -> why;
        this.editable = false;
    }

    /** A field the user cannot edit; {@code why} says so, in the window's language, should anything try. */
    public static EditableField readOnly(String why) {
        return new EditableField(why);
    }

    /** Checks a draft as it is typed; the problem, if any, is also in {@link #errorProperty()}. */
    public String validate(String draft) {
        String problem = check.apply(draft);
        error.set(problem == null ? "" : problem);
        return problem;
    }

    /** Applies the draft if it is valid; returns true when the model took it. */
    public boolean commit(String draft) {
        if (validate(draft) != null) {
            return false;
        }
        String problem = commit.apply(draft);
        error.set(problem == null ? "" : problem);
        return problem == null;
    }

    /** Abandons the draft: the cell shows the model's value again. */
    public void cancel() {
        error.set("");
    }

    public boolean isEditable() {
        return editable;
    }

    public void show(String value) {
        text.set(value == null ? "" : value);
    }

    public String getText() {
        return text.get();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
