package dev.reelrank.view.controls;

import dev.reelrank.viewmodel.text.EditableField;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.util.Duration;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * A table cell edited as text. Each keystroke is checked by the row's view model; a problem shows
 * the ControlsFX error marker, and its message right under the cell (and in the marker's tooltip).
 * Enter on wrong text applies nothing and says so, so the model keeps its last good value. Escape,
 * or leaving the cell with bad text, abandons the draft.
 */
public final class ValidatingTextCell<R> extends TableCell<R, String> {
    private final Function<R, EditableField> fieldOf;
    private final Function<R, String> tooltipOf;
    private final Tooltip tip = new Tooltip();
    private final FieldFeedback feedback;
    private TextField editor;
    private ValidationSupport validation;
    private EditableField editing;

    public ValidatingTextCell(
            Function<R, EditableField> fieldOf, Function<R, String> tooltipOf, FieldFeedback feedback) {
        this.fieldOf = fieldOf;
        this.tooltipOf = tooltipOf;
        this.feedback = feedback;
        tip.setShowDelay(Duration.millis(300));
        tip.setShowDuration(Duration.INDEFINITE);
        tip.setWrapText(true);
        tip.setMaxWidth(520);
    }

    private R row() {
        return getTableRow() == null ? null : getTableRow().getItem();
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        if (empty || row() == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        if (isEditing()) {
            return;
        }
        setText(text);
        setGraphic(null);
        String tooltip = tooltipOf == null ? null : tooltipOf.apply(row());
        if (tooltip != null && !tooltip.isBlank()) {
            tip.setText(tooltip);
            setTooltip(tip);
        } else {
            setTooltip(null);
        }
    }

    @Override
    public void startEdit() {
        R row = row();
        if (row == null || !fieldOf.apply(row).isEditable()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editing = fieldOf.apply(row);
        editor = new TextField(editing.getText());
        editor.getStyleClass().add("cell-editor");
        validation = new ValidationSupport();
        validation.registerValidator(editor, false, (Validator<String>) (control, value) -> {
            String problem = editing.validate(value);
            return ValidationResult.fromErrorIf(control, problem == null ? "" : problem, problem != null);
        });
        ChangeListener<String> showProblem = (obs, old, problem) -> showProblem(problem);
        editing.errorProperty().addListener(showProblem);
        editor.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER) {
                key.consume();
                if (editing.commit(editor.getText())) {
                    editing.errorProperty().removeListener(showProblem);
                    finish();
                } else {
                    feedback.refused(editor, editing.errorProperty().get());
                }
            } else if (key.getCode() == KeyCode.ESCAPE) {
                key.consume();
                editing.errorProperty().removeListener(showProblem);
                editing.cancel();
                cancelEdit();
            }
        });
        editor.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && isEditing()) {
                editing.errorProperty().removeListener(showProblem);
                if (!editing.commit(editor.getText())) {
                    editing.cancel();
                }
                cancelEdit();
            }
        });
        setText(null);
        setGraphic(editor);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        editor.selectAll();
        Platform.runLater(editor::requestFocus);
    }

    private void showProblem(String problem) {
        if (editor == null) {
            return;
        }
        feedback.problem(editor, problem);
        if (problem == null || problem.isEmpty()) {
            editor.setTooltip(null);
        } else {
            Tooltip message = new Tooltip(problem);
            message.getStyleClass().add("validation-tooltip");
            editor.setTooltip(message);
        }
    }

    private void finish() {
        // The model changed through the view model; the row shows the new value by itself.
        cancelEdit();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        if (editor != null) {
            feedback.done(editor);
        }
        editor = null;
        validation = null;
        setContentDisplay(ContentDisplay.TEXT_ONLY);
        setGraphic(null);
        R row = row();
        setText(row == null ? null : fieldOf.apply(row).getText());
    }

    /** The editor while editing, for tests that type into it. */
    TextField editor() {
        return editor;
    }
}
