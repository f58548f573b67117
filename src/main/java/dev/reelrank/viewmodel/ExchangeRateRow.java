package dev.reelrank.viewmodel;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One exchange rate in the rates editor: each part editable and checked as it is typed. */
public final class ExchangeRateRow {
    private final int index;
    private final ReadOnlyStringWrapper pair = new ReadOnlyStringWrapper();
    private final EditableField rate;
    private final EditableField asOf;
    private final EditableField source;

    ExchangeRateRow(int index, EditableField rate, EditableField asOf, EditableField source) {
        this.index = index;
        this.rate = rate;
        this.asOf = asOf;
        this.source = source;
    }

    void showPair(String text) {
        pair.set(text);
    }

    public int index() {
        return index;
    }

    public ReadOnlyStringProperty pairProperty() {
        return pair.getReadOnlyProperty();
    }

    public EditableField rate() {
        return rate;
    }

    public EditableField asOf() {
        return asOf;
    }

    public EditableField source() {
        return source;
    }
}
