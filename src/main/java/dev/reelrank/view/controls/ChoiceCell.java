package dev.reelrank.view.controls;

import dev.reelrank.viewmodel.text.EditableField;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;

/** A table cell edited by choosing from a list (currency, kind of price). */
public final class ChoiceCell<R> extends TableCell<R, String> {
    private final Function<R, EditableField> fieldOf;
    private final Function<R, List<String>> choicesOf;

    public ChoiceCell(Function<R, EditableField> fieldOf, Function<R, List<String>> choicesOf) {
        this.fieldOf = fieldOf;
        this.choicesOf = choicesOf;
    }

    private R row() {
        return getTableRow() == null ? null : getTableRow().getItem();
    }

    @Override
    protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        if (!isEditing()) {
            setText(empty ? null : text);
            setGraphic(null);
        }
    }

    @Override
    public void startEdit() {
        R row = row();
        if (row == null
                || !fieldOf.apply(row).isEditable()
                || choicesOf.apply(row).isEmpty()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        EditableField field = fieldOf.apply(row);
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(choicesOf.apply(row));
        box.getSelectionModel().select(field.getText());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setOnAction(e -> {
            String chosen = box.getValue();
            if (chosen != null && !chosen.equals(field.getText())) {
                field.commit(chosen);
            }
            cancelEdit();
        });
        box.setOnHidden(e -> {
            if (isEditing()) {
                cancelEdit();
            }
        });
        setText(null);
        setGraphic(box);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        box.show();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        setContentDisplay(ContentDisplay.TEXT_ONLY);
        setGraphic(null);
        R row = row();
        setText(row == null ? null : fieldOf.apply(row).getText());
    }
}
