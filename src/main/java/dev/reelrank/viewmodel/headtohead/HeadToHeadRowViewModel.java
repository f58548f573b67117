package dev.reelrank.viewmodel.headtohead;

import dev.reelrank.viewmodel.text.EditableField;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One row of the head-to-head grid: a product, and its editable tally against each other product. */
public final class HeadToHeadRowViewModel {
    private final String id;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper color = new ReadOnlyStringWrapper();
    private final Map<String, EditableField> cells = new HashMap<>();
    private final Function<String, EditableField> cellFactory;

    HeadToHeadRowViewModel(String id, Function<String, EditableField> cellFactory) {
        this.id = id;
        this.cellFactory = cellFactory;
    }

    public String id() {
        return id;
    }

    /** The cell against another product (read-only against itself). */
    public EditableField cell(String columnId) {
        return cells.computeIfAbsent(columnId, cellFactory);
    }

    void show(String productName, String productColor) {
        name.set(productName);
        color.set(productColor);
    }

    Map<String, EditableField> cells() {
        return cells;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty colorProperty() {
        return color.getReadOnlyProperty();
    }
}
