package dev.reelrank.view.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reelrank.app.ReelRankApp;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.PriceStatus;
import dev.reelrank.model.Project;
import dev.reelrank.testing.DefaultLocale;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.products.ProductRowViewModel;
import dev.reelrank.viewmodel.rates.ExchangeRateRow;
import dev.reelrank.viewmodel.settings.Language;
import dev.reelrank.viewmodel.text.Texts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The products table (and the exchange rates table) sort dates chronologically and numbers
 * numerically whatever the window's language and the system's locale: the columns show text
 * formatted for the window, and sort by the rows' typed values, never by parsing that text back.
 */
class TableSortingTest {
    @TempDir
    static Path folder;

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /**
     * Six products whose dates and numbers, shown as text, sort differently from their values in
     * English and in Chinese (and with decimal commas): "Dec 5, 2023" comes after "Apr ..." and
     * "2024年10月1日" before "2024年1月10日"; "12.5" before "3", "10,500" before "2,000".
     * Zeta has no price and no votes: it stays last both ways.
     * <pre>
     * id       released    amount (as shown)        price as of   CNY / min  won / lost / tied   win share
     * alpha    2024-10-01  0.5 USD a second         2025-02-20      210.00   1,200 /   800 /  10   0.600
     * beta     2024-01-10  20 CNY a 5-s clip        2024-12-05      240.00     950 / 1,050 / 1,100  0.484
     * gamma    2023-12-05  0.09 CNY a credit (x10)  2025-10-01       10.80  10,500 / 9,500 /   5   0.525
     * delta    2024-02-29  3 USD a minute           2024-01-10       21.00      87 /    13 /   0   0.870
     * epsilon  2025-03-03  12.5 EUR a 5-s clip      2025-03-03    1,312.50   2,000 / 2,000 / 300  0.500
     * zeta     2024-11-11  not public               2024-06-30           -   no votes
     * </pre>
     * 1 USD = 7.0 CNY, 1 EUR = 1.25 USD, 1 KWD = 23.5 CNY (all as of 2025-01-15); a rating rises
     * with the win share (same counts + 0.5 each side).
     */
    static Project sortingProject() {
        return TestProjects.named("Sorting")
                .rate("EUR", "USD", "1.25")
                .rate("KWD", "CNY", "23.5")
                .perSecond("alpha", "Alpha", "Alpha", "0.5", "USD", 1200, 800, 10)
                .released("2024-10-01")
                .source("Alpha price list", "2025-02-20")
                .perClip("beta", "Beta", "Beta", "20", "CNY", 5, 950, 1050, 1100)
                .released("2024-01-10")
                .source("Beta price list", "2024-12-05")
                .perCredit("gamma", "Gamma", "Gamma", "0.09", "CNY", 10, 5, 10500, 9500, 5)
                .released("2023-12-05")
                .source("Gamma price list", "2025-10-01")
                .perMinute("delta", "Delta", "Delta", "3", "USD", 87, 13, 0)
                .released("2024-02-29")
                .source("Delta price list", "2024-01-10")
                .perClip("epsilon", "Epsilon", "Epsilon", "12.5", "EUR", 5, 2000, 2000, 300)
                .released("2025-03-03")
                .source("Epsilon price list", "2025-03-03")
                .withoutFigure("zeta", "Zeta", "Zeta", "none", "Not released", PriceStatus.NOT_PUBLIC, "Not released.")
                .released("2024-11-11")
                .source("Zeta announcement", "2024-06-30")
                .build();
    }

    /** A sortable column (by its header's message key): its rows in ascending order, then those without a value. */
    private record Order(String header, List<String> ascending, List<String> withoutValue) {
        /** Descending, rows without a value are still last: "no price" is not the dearest price. */
        List<String> descending() {
            List<String> order = new ArrayList<>(ascending.reversed());
            order.addAll(withoutValue);
            return order;
        }

        List<String> ascendingAll() {
            List<String> order = new ArrayList<>(ascending);
            order.addAll(withoutValue);
            return order;
        }
    }

    private static final List<String> ZETA = List.of("zeta");
    private static final List<Order> ORDERS = List.of(
            new Order("column.released", List.of("gamma", "beta", "delta", "alpha", "zeta", "epsilon"), List.of()),
            new Order("column.asOf", List.of("delta", "zeta", "beta", "alpha", "epsilon", "gamma"), List.of()),
            new Order("column.amount", List.of("gamma", "alpha", "delta", "epsilon", "beta"), ZETA),
            new Order("column.wins", List.of("delta", "beta", "alpha", "epsilon", "gamma"), ZETA),
            new Order("column.losses", List.of("delta", "alpha", "beta", "epsilon", "gamma"), ZETA),
            new Order("column.ties", List.of("delta", "gamma", "alpha", "epsilon", "beta"), ZETA),
            new Order("column.perMinute", List.of("gamma", "delta", "alpha", "beta", "epsilon"), ZETA),
            new Order("column.perClip", List.of("gamma", "delta", "alpha", "beta", "epsilon"), ZETA),
            new Order("column.winShare", List.of("beta", "epsilon", "gamma", "alpha", "delta"), ZETA),
            new Order("column.rating", List.of("beta", "epsilon", "gamma", "alpha", "delta"), ZETA));

    static Stream<Arguments> windows() {
        return Stream.of(
                Arguments.of(Locale.US, Language.CHINESE),
                Arguments.of(Locale.CHINA, Language.ENGLISH),
                // An English window in Germany writes decimal commas and grouping dots: 0,5 and 10.500.
                Arguments.of(Locale.GERMANY, Language.ENGLISH),
                Arguments.of(Locale.US, Language.ENGLISH));
    }

    @ParameterizedTest(name = "{1} window on a {0} system")
    @MethodSource("windows")
    void everyDateAndNumberColumn_sortsByValue_upAndDown(Locale system, Language language) throws Exception {
        inWindow("sorting", system, language, (stage, texts) -> {
            TableView<ProductRowViewModel> table = table(stage);
            List<String> failures = new ArrayList<>();
            for (Order order : ORDERS) {
                String header = texts.get(order.header());
                check(failures, table, header, TableColumn.SortType.ASCENDING, order.ascendingAll());
                check(failures, table, header, TableColumn.SortType.DESCENDING, order.descending());
            }
            assertEquals(List.of(), failures, "shown as " + texts.locale());
        });
    }

    /**
     * Runs {@code check} on a window of its own over the sorting project, on a {@code system} whose
     * default locale it is, switched to {@code language}; the window is closed afterwards.
     */
    private void inWindow(String name, Locale system, Language language, BiConsumer<Stage, Texts> check)
            throws Exception {
        Path file = folder.resolve(name + "-" + system.toLanguageTag() + "-" + language.code() + ".reelrank.json");
        ProjectFiles.write(sortingProject(), file);
        DefaultLocale.during(system, () -> {
            Stage[] stage = new Stage[1];
            robot.interact(() -> {
                stage[0] = new Stage();
                ReelRankApp.openMainWindow(stage[0], file);
            });
            try {
                if (Language.of(system) != language) {
                    robot.interact(() -> languageItem(stage[0], language).fire());
                    WaitForAsyncUtils.waitForFxEvents();
                }
                check.accept(stage[0], new Texts(language.locale(system)));
            } finally {
                robot.interact(stage[0]::close);
            }
            return null;
        });
    }

    @ParameterizedTest(name = "{1} window on a {0} system")
    @MethodSource("windows")
    void theRatesTable_sortsByRate(Locale system, Language language) throws Exception {
        inWindow("rates", system, language, (stage, texts) -> {
            robot.interact(() -> menuItem(stage, item -> texts.get("menu.rates").equals(item.getText()))
                    .fire());
            WaitForAsyncUtils.waitForFxEvents();
            @SuppressWarnings("unchecked")
            TableView<ExchangeRateRow> rates =
                    (TableView<ExchangeRateRow>) robot.lookup("#rates-table").query();
            TableColumn<ExchangeRateRow, ?> rate = rates.getColumns().stream()
                    .filter(c -> texts.get("rates.column.rate").equals(c.getText()))
                    .findFirst()
                    .orElseThrow();
            for (TableColumn.SortType direction : TableColumn.SortType.values()) {
                robot.interact(() -> {
                    rate.setSortType(direction);
                    rates.getSortOrder().setAll(List.of(rate));
                });
                WaitForAsyncUtils.waitForFxEvents();
                List<String> shown = rates.getItems().stream()
                        .map(r -> r.rateValueProperty().get().toPlainString())
                        .toList();
                // Shown as text, "23.5" would come before "7" (and, with decimal commas, "1,25" after "23,5").
                List<String> ascending = List.of("1.25", "7.0", "23.5");
                assertEquals(
                        direction == TableColumn.SortType.ASCENDING ? ascending : ascending.reversed(),
                        shown,
                        direction.toString());
            }
            robot.interact(() -> ((Stage) rates.getScene().getWindow()).close());
        });
    }

    private void check(
            List<String> failures,
            TableView<ProductRowViewModel> table,
            String header,
            TableColumn.SortType direction,
            List<String> expected) {
        robot.interact(() -> {
            TableColumn<ProductRowViewModel, ?> column = column(table, header);
            column.setSortType(direction);
            table.getSortOrder().setAll(List.of(column));
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown =
                table.getItems().stream().map(ProductRowViewModel::id).toList();
        if (!shown.equals(expected)) {
            failures.add(header + " " + direction + ": " + shown + ", expected " + expected);
        }
    }

    @SuppressWarnings("unchecked")
    private static TableView<ProductRowViewModel> table(Stage stage) {
        return (TableView<ProductRowViewModel>) stage.getScene().lookup("#products-table");
    }

    private static TableColumn<ProductRowViewModel, ?> column(TableView<ProductRowViewModel> table, String header) {
        List<TableColumn<ProductRowViewModel, ?>> all = new ArrayList<>();
        List<TableColumn<ProductRowViewModel, ?>> next = new ArrayList<>(table.getColumns());
        while (!next.isEmpty()) {
            TableColumn<ProductRowViewModel, ?> column = next.removeFirst();
            all.add(column);
            next.addAll(column.getColumns());
        }
        return all.stream()
                .filter(c -> header.equals(c.getText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no column " + header));
    }

    private static MenuItem languageItem(Stage stage, Language language) {
        return menuItem(stage, item -> ("language-" + language.code()).equals(item.getId()));
    }

    private static MenuItem menuItem(Stage stage, Predicate<MenuItem> wanted) {
        MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
        List<MenuItem> items = new ArrayList<>(bar.getMenus());
        while (!items.isEmpty()) {
            MenuItem item = items.removeFirst();
            if (wanted.test(item)) {
                return item;
            }
            if (item instanceof Menu menu) {
                items.addAll(menu.getItems());
            }
        }
        throw new AssertionError("no such menu item");
    }
}
