package dev.reelrank.view;

import dev.reelrank.model.CostBasis;
import dev.reelrank.view.kpi.CostComparisonDialog;
import dev.reelrank.view.products.ProductRowActions;
import dev.reelrank.view.rates.ExchangeRatesDialog;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.port.BuiltInView;
import dev.reelrank.viewmodel.settings.Language;
import dev.reelrank.viewmodel.settings.Theme;
import dev.reelrank.viewmodel.text.Texts;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The main window's menu bar: File, Edit, View (with the built-in views, the theme, the cost basis
 * and the language) and Help. Its items ask the window to act; what they show follows the view models.
 */
final class MainMenus {
    private final MainWindow window;
    private final MainViewModel viewModel;
    private final Texts texts;
    private final String version;

    MainMenus(MainWindow window, MainViewModel viewModel, Texts texts, String version) {
        this.window = window;
        this.viewModel = viewModel;
        this.texts = texts;
        this.version = version;
    }

    Menu fileMenu() {
        var files = viewModel.files();
        Menu menu = new Menu(texts.get("menu.file"));
        MenuItem newProject = item(
                "menu.new",
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                () -> window.actions.guardUnsaved(files::newProject));
        MenuItem open = item(
                "menu.open",
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                () -> window.actions.guardUnsaved(
                        () -> window.actions.dialogs().chooseToOpen().ifPresent(window.actions::open)));
        Menu recent = new Menu(texts.get("menu.openRecent"));
        recent.setId("recent-menu");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path file : files.recent()) {
                MenuItem entry = new MenuItem(file.getFileName() + "  —  " + file.getParent());
                entry.setMnemonicParsing(false);
                entry.setOnAction(e -> window.actions.guardUnsaved(() -> window.actions.open(file)));
                recent.getItems().add(entry);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem(texts.get("menu.noRecent"));
                none.setDisable(true);
                recent.getItems().add(none);
            }
        };
        files.recent().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        MenuItem save = item(
                "menu.save",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                () -> window.actions.saveThen(() -> {}));
        MenuItem saveAs = item(
                "menu.saveAs",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                window.actions::saveAs);
        MenuItem importBattles = item("menu.importBattles", null, window.actions::importBattles);
        importBattles.disableProperty().bind(viewModel.battleImport().runningProperty());
        MenuItem exportImage = item(
                "menu.exportImage",
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                window.actions::exportImage);
        MenuItem copyImage = item(
                "menu.copyImage",
                new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> {
                    viewModel.exports().start(window.shownChart());
                    window.actions.copyImage();
                });
        exportImage.disableProperty().bind(viewModel.exports().busyProperty());
        copyImage.disableProperty().bind(viewModel.exports().busyProperty());
        MenuItem close = item(
                "menu.close",
                new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN),
                window.actions::closeWindow);
        for (MenuItem item : List.of(newProject, open, save, saveAs)) {
            item.disableProperty().bind(files.busyProperty());
        }
        menu.getItems()
                .addAll(
                        newProject,
                        open,
                        recent,
                        new SeparatorMenuItem(),
                        save,
                        saveAs,
                        new SeparatorMenuItem(),
                        importBattles,
                        new SeparatorMenuItem(),
                        exportImage,
                        copyImage,
                        new SeparatorMenuItem(),
                        close);
        return menu;
    }

    MenuBar bar() {
        Menu edit = new Menu(texts.get("menu.edit"));
        MenuItem undo =
                item("menu.undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), viewModel::undo);
        undo.disableProperty().bind(viewModel.session().canUndoProperty().not());
        undo.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> describe(
                                "menu.undo",
                                "menu.undoWhat",
                                viewModel.session().undoDescriptionProperty().get()),
                        viewModel.session().undoDescriptionProperty()));
        MenuItem redo =
                item("menu.redo", new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), viewModel::redo);
        redo.disableProperty().bind(viewModel.session().canRedoProperty().not());
        redo.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> describe(
                                "menu.redo",
                                "menu.redoWhat",
                                viewModel.session().redoDescriptionProperty().get()),
                        viewModel.session().redoDescriptionProperty()));
        MenuItem redoAlt = item(
                "menu.redo",
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                viewModel::redo);
        redoAlt.setVisible(false);
        redoAlt.disableProperty().bind(viewModel.session().canRedoProperty().not());
        MenuItem add = item(
                "menu.add", new KeyCodeCombination(KeyCode.INSERT), () -> window.onRows(ProductRowActions::addProduct));
        MenuItem duplicate = item(
                "menu.duplicate",
                new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN),
                () -> window.onRows(ProductRowActions::duplicateSelected));
        MenuItem delete = item(
                "menu.delete",
                new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN),
                () -> window.onRows(ProductRowActions::deleteSelected));
        MenuItem up = item(
                "menu.moveUp",
                new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN),
                () -> window.onRows(rows -> rows.moveSelected(-1)));
        MenuItem down = item(
                "menu.moveDown",
                new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN),
                () -> window.onRows(rows -> rows.moveSelected(1)));
        var noSelection = window.noRowSelected();
        duplicate.disableProperty().bind(noSelection);
        delete.disableProperty().bind(noSelection);
        up.disableProperty().bind(noSelection);
        down.disableProperty().bind(noSelection);
        edit.getItems()
                .addAll(
                        undo,
                        redo,
                        redoAlt,
                        new SeparatorMenuItem(),
                        add,
                        duplicate,
                        delete,
                        new SeparatorMenuItem(),
                        up,
                        down);
        MenuBar bar = new MenuBar(fileMenu(), edit, viewMenu(), helpMenu());
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    Menu helpMenu() {
        MenuItem about = new MenuItem(texts.get("menu.about"));
        about.setId("menu-about");
        about.setOnAction(e -> AboutDialog.show(window.window(), texts, version));
        return new Menu(texts.get("menu.help"), null, about);
    }

    Menu viewMenu() {
        Menu menu = new Menu(texts.get("menu.view"));
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem(texts.get("menu.themeLight"));
        RadioMenuItem dark = new RadioMenuItem(texts.get("menu.themeDark"));
        light.setId("theme-light");
        dark.setId("theme-dark");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        Runnable sync = () -> {
            light.setSelected(viewModel.themeProperty().get() == Theme.LIGHT);
            dark.setSelected(viewModel.themeProperty().get() == Theme.DARK);
        };
        viewModel.themeProperty().addListener((obs, old, theme) -> sync.run());
        sync.run();
        light.setOnAction(e -> viewModel.themeProperty().set(Theme.LIGHT));
        dark.setOnAction(e -> viewModel.themeProperty().set(Theme.DARK));
        MenuItem perMinute = item(
                "chart.basis.minute",
                null,
                () -> viewModel.costChart().basisProperty().set(CostBasis.PER_MINUTE));
        MenuItem perClip = item(
                "chart.basis.clip",
                null,
                () -> viewModel.costChart().basisProperty().set(CostBasis.PER_FIVE_SECOND_CLIP));
        Menu basis = new Menu(texts.get("menu.costBasis"), null, perMinute, perClip);
        MenuItem rates = item(
                "menu.rates",
                null,
                () -> ExchangeRatesDialog.show(
                        window.window(),
                        viewModel.exchangeRates(),
                        viewModel.currencies(),
                        texts,
                        viewModel::reportProblem));
        MenuItem comparison = item(
                "menu.costComparison", null, () -> CostComparisonDialog.show(window.window(), viewModel.kpis(), texts));
        comparison.setId("menu-cost-comparison");
        MenuItem present = item("menu.present", new KeyCodeCombination(KeyCode.F5), window::present);
        MenuItem blindTest = item(
                "menu.blindTest", new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN), window::blindTest);
        blindTest.setId("menu-blind-test");
        CheckMenuItem showTable = new CheckMenuItem(texts.get("menu.showTable"));
        showTable.setId("menu-show-table");
        showTable.setAccelerator(
                new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        showTable.selectedProperty().bindBidirectional(viewModel.tableShownProperty());
        CheckMenuItem currentOnly = new CheckMenuItem(texts.get("menu.currentOnly"));
        currentOnly.setId("menu-current-only");
        currentOnly.selectedProperty().bindBidirectional(viewModel.currentOnlyProperty());
        menu.getItems()
                .addAll(
                        builtInMenu(),
                        new SeparatorMenuItem(),
                        present,
                        blindTest,
                        showTable,
                        currentOnly,
                        new SeparatorMenuItem(),
                        light,
                        dark,
                        new SeparatorMenuItem(),
                        basis,
                        rates,
                        comparison,
                        new SeparatorMenuItem(),
                        languageMenu());
        return menu;
    }

    /** Each language is named in itself, so that someone who cannot read the current one finds theirs. */
    Menu languageMenu() {
        Menu menu = new Menu(texts.get("menu.language"));
        menu.setId("language-menu");
        ToggleGroup languages = new ToggleGroup();
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(texts.get(language.nameKey()));
            item.setId("language-" + language.code());
            item.setToggleGroup(languages);
            item.setSelected(viewModel.languageProperty().get() == language);
            item.setOnAction(e -> window.switchLanguage(language));
            menu.getItems().add(item);
        }
        return menu;
    }

    MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(texts.get(key));
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    Menu builtInMenu() {
        Menu menu = new Menu(texts.get("menu.builtIn"));
        menu.setId("menu-builtin");
        for (BuiltInView view : BuiltInView.values()) {
            // Ticked while the window shows it; a click on the ticked one does nothing.
            CheckMenuItem item = new CheckMenuItem(texts.get("builtin." + view.name() + ".title"));
            item.setId("menu-builtin-" + view.name().toLowerCase(Locale.ROOT));
            Runnable tick =
                    () -> item.setSelected(viewModel.builtInViewProperty().get() == view);
            viewModel.builtInViewProperty().addListener((obs, old, shown) -> tick.run());
            tick.run();
            item.setOnAction(e -> {
                tick.run();
                if (viewModel.builtInViewProperty().get() != view) {
                    window.openBuiltIn(view);
                }
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    String describe(String plainKey, String withWhatKey, String what) {
        return what == null || what.isEmpty() ? texts.get(plainKey) : texts.format(withWhatKey, what);
    }
}
