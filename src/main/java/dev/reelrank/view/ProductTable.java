package dev.reelrank.view;

import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.ProductRow;
import dev.reelrank.viewmodel.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** The products table: one row per product, its compared price as published and its derived costs. */
final class ProductTable {
    private ProductTable() {
    }

    static TableView<ProductRow> create(MainViewModel viewModel) {
        Texts texts = viewModel.texts();
        TableView<ProductRow> table = new TableView<>(viewModel.rows());
        table.setId("products-table");
        table.getStyleClass().add("products-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        var name = column(texts.get("column.product"), ProductRow::nameProperty, null, 145);
        name.setId("column-name");
        var chinese = column(texts.get("column.chineseName"), ProductRow::chineseNameProperty, null, 85);
        var vendor = column(texts.get("column.vendor"), ProductRow::vendorProperty, null, 85);
        TableColumn<ProductRow, LocalDate> released = new TableColumn<>(texts.get("column.released"));
        released.setCellValueFactory(data -> data.getValue().releaseDateProperty());
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());
        released.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty || date == null ? null : dates.format(date));
            }
        });
        released.setPrefWidth(95);
        var option = column(texts.get("column.priceOption"), ProductRow::priceOptionProperty,
                ProductRow::priceDetailsProperty, 110);
        var price = column(texts.get("column.price"), ProductRow::priceProperty, ProductRow::priceDetailsProperty, 285);
        var kind = column(texts.get("column.kind"), ProductRow::kindProperty, ProductRow::priceDetailsProperty, 75);
        var perMinute = column(texts.get("column.perMinute"), ProductRow::costPerMinuteProperty,
                ProductRow::priceDetailsProperty, 95);
        perMinute.getStyleClass().add("number-column");
        perMinute.setId("column-cost-per-minute");
        var perClip = column(texts.get("column.perClip"), ProductRow::costPerClipProperty,
                ProductRow::priceDetailsProperty, 95);
        TableColumn<ProductRow, String> cost = new TableColumn<>();
        cost.textProperty().bind(viewModel.costHeaderProperty());
        cost.getColumns().setAll(List.of(perMinute, perClip));
        perClip.getStyleClass().add("number-column");
        var votes = column(texts.get("column.votes"), ProductRow::votesProperty, ProductRow::votesDetailsProperty, 180);
        votes.getStyleClass().add("number-column");

        table.getColumns().setAll(List.of(name, chinese, vendor, released, option, price, kind, cost, votes));
        return table;
    }

    private static TableColumn<ProductRow, String> column(String title,
            Function<ProductRow, ObservableValue<String>> value,
            Function<ProductRow, ObservableValue<String>> tooltip, double width) {
        TableColumn<ProductRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> value.apply(data.getValue()));
        column.setPrefWidth(width);
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            {
                tip.setShowDelay(Duration.millis(300));
                tip.setShowDuration(Duration.INDEFINITE);
                tip.setWrapText(true);
                tip.setMaxWidth(520);
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                ProductRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && tooltip != null) {
                    tip.setText(tooltip.apply(row).getValue());
                    setTooltip(tip);
                } else {
                    setTooltip(null);
                }
            }
        });
        return column;
    }
}
