package dev.reelrank.view.rates;

import dev.reelrank.view.controls.FieldFeedback;
import dev.reelrank.view.controls.TableSorting;
import dev.reelrank.view.controls.ValidatingTextCell;
import dev.reelrank.view.settings.ThemeManager;
import dev.reelrank.viewmodel.rates.ExchangeRateRow;
import dev.reelrank.viewmodel.rates.ExchangeRatesViewModel;
import dev.reelrank.viewmodel.text.EditableField;
import dev.reelrank.viewmodel.text.Texts;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Edits the project's exchange rates with their dates and sources; each change is an undoable edit. */
public final class ExchangeRatesDialog {
    private ExchangeRatesDialog() {}

    public static void show(
            Window owner,
            ExchangeRatesViewModel viewModel,
            ObservableList<String> currencies,
            Texts texts,
            Consumer<String> reportProblem) {
        FieldFeedback feedback = FieldFeedback.underTheField(texts);
        // Sorted in the view only; each row keeps the index of its rate in the project.
        SortedList<ExchangeRateRow> sorted = new SortedList<>(viewModel.rows());
        TableView<ExchangeRateRow> table = new TableView<>(sorted);
        table.setId("rates-table");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ExchangeRateRow, String> pair = new TableColumn<>(texts.get("rates.column.pair"));
        pair.setCellValueFactory(data -> data.getValue().pairProperty());
        pair.setPrefWidth(110);
        pair.setEditable(false);
        var rate = column(feedback, texts.get("rates.column.rate"), ExchangeRateRow::rate, 90, r -> null);
        rate.setId("rates-value");
        var asOf = column(feedback, texts.get("rates.column.asOf"), ExchangeRateRow::asOf, 110, r -> null);
        // A source is a whole citation, longer than its column: hovering shows it whole.
        var source = column(
                feedback,
                texts.get("rates.column.source"),
                ExchangeRateRow::source,
                320,
                r -> r.source().textProperty().get());
        source.setId("rates-source");
        table.getColumns().setAll(List.of(pair, rate, asOf, source));
        TableSorting.byKeys(
                table,
                sorted,
                Map.of(
                        rate, TableSorting.Key.of(r -> r.rateValueProperty().get()),
                        asOf, TableSorting.Key.of(r -> r.asOfDateProperty().get())));
        table.setPrefHeight(180);

        ComboBox<String> from = new ComboBox<>(currencies);
        from.setEditable(true);
        from.setPromptText(texts.get("rates.from"));
        from.setPrefWidth(90);
        ComboBox<String> to = new ComboBox<>(currencies);
        to.setEditable(true);
        to.setPromptText(texts.get("rates.to"));
        to.setPrefWidth(90);
        TextField value = new TextField();
        value.setPromptText(texts.get("rates.column.rate"));
        value.setPrefWidth(80);
        TextField newSource = new TextField();
        newSource.setPromptText(texts.get("rates.newSource"));
        HBox.setHgrow(newSource, Priority.ALWAYS);
        Label problem = new Label();
        problem.getStyleClass().add("dialog-problem");
        Button add = new Button(texts.get("rates.add"));
        add.setOnAction(e -> {
            String error = viewModel.add(
                    from.getEditor().getText(), to.getEditor().getText(), value.getText(), newSource.getText());
            problem.setText(error == null ? "" : error);
            if (error == null) {
                value.clear();
                newSource.clear();
            }
        });
        Button remove = new Button(texts.get("rates.remove"));
        remove.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e ->
                viewModel.remove(table.getSelectionModel().getSelectedItem().index()));
        Label help = new Label(texts.get("rates.help"));
        help.setWrapText(true);
        help.getStyleClass().add("note");
        HBox adding = new HBox(6, from, to, value, newSource, add);
        VBox content = new VBox(8, help, table, new HBox(6, remove), adding, problem);
        content.setPrefWidth(720);

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("rates.title"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane()
                .getButtonTypes()
                .add(new ButtonType(texts.get("dialog.close"), ButtonBar.ButtonData.OK_DONE));
        ThemeManager.styleLike(dialog.getDialogPane(), owner);
        dialog.getDialogPane().setId("rates-dialog");
        dialog.setResizable(true);
        dialog.show();
    }

    private static TableColumn<ExchangeRateRow, String> column(
            FieldFeedback feedback,
            String title,
            Function<ExchangeRateRow, EditableField> field,
            double width,
            Function<ExchangeRateRow, String> tooltip) {
        TableColumn<ExchangeRateRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> field.apply(data.getValue()).textProperty());
        column.setCellFactory(c -> new ValidatingTextCell<>(field, tooltip, feedback));
        column.setPrefWidth(width);
        column.setEditable(true);
        return column;
    }
}
