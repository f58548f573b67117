package dev.reelrank.view.controls;

import dev.reelrank.viewmodel.text.EditableField;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * A form field edited like a table cell: each keystroke is checked by the view model, a problem
 * shows the ControlsFX marker and the message right under the field; Enter or leaving the field
 * applies valid text, Enter on wrong text says it was not applied, and Escape or leaving it with bad
 * text brings back the last good value.
 */
public final class ValidatingTextField extends TextField {
    private final EditableField field;
    private final ValidationSupport validation = new ValidationSupport();
    private final FieldFeedback feedback;

    public ValidatingTextField(EditableField field, FieldFeedback feedback) {
        this.field = field;
        this.feedback = feedback;
        setText(field.getText());
        field.textProperty().addListener((obs, old, text) -> {
            if (!isFocused() || field.errorProperty().get().isEmpty()) {
                setText(text);
            }
        });
        validation.registerValidator(this, false, (Validator<String>) (control, value) -> {
            String problem = isFocused() ? field.validate(value) : null;
            return ValidationResult.fromErrorIf(control, problem == null ? "" : problem, problem != null);
        });
        field.errorProperty().addListener((obs, old, problem) -> {
            if (isFocused() || problem.isEmpty()) {
                feedback.problem(this, problem);
            }
            if (problem.isEmpty()) {
                setTooltip(null);
            } else {
                Tooltip message = new Tooltip(problem);
                message.getStyleClass().add("validation-tooltip");
                setTooltip(message);
            }
        });
        setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER) {
                key.consume();
                if (field.commit(getText())) {
                    feedback.done(this);
                    setText(field.getText());
                    selectAll();
                } else {
                    feedback.refused(this, field.errorProperty().get());
                }
            } else if (key.getCode() == KeyCode.ESCAPE) {
                key.consume();
                revert();
            }
        });
        focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                feedback.done(this);
            }
            if (!focused && !getText().equals(field.getText()) && !field.commit(getText())) {
                revert();
            } else if (!focused) {
                setText(field.getText());
            }
        });
    }

    private void revert() {
        feedback.done(this);
        field.cancel();
        setText(field.getText());
        validation.revalidate();
    }
}
