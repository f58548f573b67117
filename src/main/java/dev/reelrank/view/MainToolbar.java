package dev.reelrank.view;

import dev.reelrank.view.controls.HoverTip;
import dev.reelrank.view.products.ProductRowActions;
import dev.reelrank.view.rates.ExchangeRatesDialog;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.text.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The main window's toolbar: the project's name, undo and redo (saying what they would undo),
 * add, duplicate and delete, the display currency with its rates, and Present.
 */
final class MainToolbar {
    private final MainWindow window;
    private final MainViewModel viewModel;
    private final Texts texts;

    MainToolbar(MainWindow window, MainViewModel viewModel, Texts texts) {
        this.window = window;
        this.viewModel = viewModel;
        this.texts = texts;
    }

    ToolBar bar() {
        Label project = new Label();
        project.getStyleClass().add("project-name");
        project.textProperty().bind(viewModel.projectNameProperty());
        HoverTip.follow(project, viewModel.descriptionProperty(), 520);

        Button undo = button("toolbar.undo", "undo-button", viewModel::undo);
        undo.disableProperty().bind(viewModel.session().canUndoProperty().not());
        Button redo = button("toolbar.redo", "redo-button", viewModel::redo);
        redo.disableProperty().bind(viewModel.session().canRedoProperty().not());
        HoverTip.follow(undo, historyTip("toolbar.undoTip", viewModel.session().undoDescriptionProperty()), 480);
        HoverTip.follow(redo, historyTip("toolbar.redoTip", viewModel.session().redoDescriptionProperty()), 480);
        Button add = button("toolbar.add", "add-button", () -> window.onRows(ProductRowActions::addProduct));
        Button duplicate = button(
                "toolbar.duplicate", "duplicate-button", () -> window.onRows(ProductRowActions::duplicateSelected));
        Button delete =
                button("toolbar.delete", "delete-button", () -> window.onRows(ProductRowActions::deleteSelected));
        var noSelection = window.noRowSelected();
        duplicate.disableProperty().bind(noSelection);
        delete.disableProperty().bind(noSelection);

        ComboBox<String> currency = new ComboBox<>(viewModel.currencies());
        currency.setId("display-currency");
        currency.setValue(viewModel.displayCurrencyProperty().get());
        viewModel.displayCurrencyProperty().addListener((obs, old, code) -> currency.setValue(code));
        currency.setOnAction(e -> {
            if (currency.getValue() != null) {
                viewModel.setDisplayCurrency(currency.getValue());
            }
        });
        Button rates = button(
                "rates.button",
                "rates-button",
                () -> ExchangeRatesDialog.show(
                        window.window(),
                        viewModel.exchangeRates(),
                        viewModel.currencies(),
                        texts,
                        viewModel::reportProblem));
        Button present = button("toolbar.present", "present-button", window::present);
        HoverTip.follow(present, texts.get("toolbar.presentTip"), 480);
        Label currencyLabel = new Label(texts.get("toolbar.currency"));
        currencyLabel.setLabelFor(currency);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(
                project,
                spacer,
                undo,
                redo,
                new Separator(),
                add,
                duplicate,
                delete,
                new Separator(),
                currencyLabel,
                currency,
                rates,
                new Separator(),
                present);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    /** "Undo change the price of Kling 1.6": says what the button will take back. */
    private ObservableStringValue historyTip(String key, ObservableStringValue what) {
        return Bindings.createStringBinding(() -> texts.format(key, what.get()), what);
    }

    private Button button(String key, String id, Runnable action) {
        Button button = new Button(texts.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        return button;
    }
}
