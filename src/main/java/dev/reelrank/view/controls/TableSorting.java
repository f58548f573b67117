package dev.reelrank.view.controls;

import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Sorting for tables whose columns show text formatted for the window's language (dates, grouped
 * numbers, decimal commas): such a column sorts by a typed value of its row, never by its text,
 * so the order is right in every language and on every system locale.
 */
public final class TableSorting {
    private TableSorting() {}

    /**
     * A typed value a column sorts by; null when the row shows no value (no price, no votes),
     * and such rows come last whichever way the column sorts.
     */
    public record Key<S, T extends Comparable<? super T>>(Function<S, T> value) {
        public static <S, T extends Comparable<? super T>> Key<S, T> of(Function<S, T> value) {
            return new Key<>(value);
        }

        Comparator<S> order(TableColumn.SortType direction) {
            Comparator<T> values = direction == TableColumn.SortType.DESCENDING
                    ? Comparator.<T>reverseOrder()
                    : Comparator.<T>naturalOrder();
            return Comparator.comparing(value, Comparator.nullsLast(values));
        }
    }

    /**
     * Makes {@code table} sort {@code rows} (its items) by the table's sort order: the columns in
     * {@code keys} by their typed values, any other column by its cell values and comparator, as
     * a table does by default.
     */
    public static <S> void byKeys(TableView<S> table, SortedList<S> rows, Map<TableColumn<S, ?>, Key<S, ?>> keys) {
        table.setSortPolicy(t -> {
            Comparator<S> order = null;
            for (TableColumn<S, ?> column : t.getSortOrder()) {
                Key<S, ?> key = keys.get(column);
                Comparator<S> byColumn = key != null ? key.order(column.getSortType()) : byCells(column);
                order = order == null ? byColumn : order.thenComparing(byColumn);
            }
            rows.setComparator(order);
            return true;
        });
    }

    @SuppressWarnings("unchecked")
    private static <S> Comparator<S> byCells(TableColumn<S, ?> column) {
        Comparator<Object> cells = (Comparator<Object>) column.getComparator();
        Comparator<S> order = (a, b) -> cells.compare(column.getCellData(a), column.getCellData(b));
        return column.getSortType() == TableColumn.SortType.DESCENDING ? order.reversed() : order;
    }
}
