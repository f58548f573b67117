package dev.reelrank.viewmodel.rates;

import dev.reelrank.viewmodel.text.EditableField;
import java.math.BigDecimal;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One exchange rate in the rates editor: each part editable and checked as it is typed, and the
 * rate and its date as typed values to sort by (the shown rate is formatted for the window).
 */
public final class ExchangeRateRow {
    private final int index;
    private final ReadOnlyStringWrapper pair = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<BigDecimal> rateValue = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> asOfDate = new ReadOnlyObjectWrapper<>();
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

    void showValues(BigDecimal rate, LocalDate asOf) {
        rateValue.set(rate);
        asOfDate.set(asOf);
    }

    public int index() {
        return index;
    }

    public ReadOnlyStringProperty pairProperty() {
        return pair.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> rateValueProperty() {
        return rateValue.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> asOfDateProperty() {
        return asOfDate.getReadOnlyProperty();
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
