package dev.reelrank.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.app.ReelRankApp;
import dev.reelrank.cli.Version;
import dev.reelrank.io.DefaultDataset;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.CostBasis;
import dev.reelrank.model.Product;
import dev.reelrank.testing.DefaultLocale;
import dev.reelrank.testing.Pulses;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.view.charts.LogAxis;
import dev.reelrank.view.charts.ProductBarChart;
import dev.reelrank.view.charts.TrendChart;
import dev.reelrank.view.charts.ValueChart;
import dev.reelrank.view.controls.Fonts;
import dev.reelrank.view.headtohead.HeadToHeadGridCells;
import dev.reelrank.view.kpi.KpiStrip;
import dev.reelrank.view.products.ProductTableCells;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.charts.ChartBar;
import dev.reelrank.viewmodel.headtohead.HeadToHeadRowViewModel;
import dev.reelrank.viewmodel.products.ProductRowViewModel;
import dev.reelrank.viewmodel.scenario.ScenarioPriceChoice;
import dev.reelrank.viewmodel.scenario.ScenarioRow;
import dev.reelrank.viewmodel.settings.Theme;
import dev.reelrank.viewmodel.slides.SlideKind;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleUnaryOperator;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real main window headless (Monocle): click, type, and read the charts back. The window
 * opens on {@link TestProjects#market()}, saved as {@value TestProjects#MARKET_FILE}; the figures
 * below are that project's (Kling 1.6: 0.1 CNY a credit, 10 credits a 5-s clip, so 12 CNY a minute).
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    /** The window's language follows the system's; these tests read it in English. */
    @RegisterExtension
    static final DefaultLocale LOCALE = DefaultLocale.of(Locale.US);

    private static final String TITLE = TestProjects.MARKET_FILE + " \u2014 ReelRank";
    private static final String UNSAVED_TITLE = "\u2022 " + TITLE;

    @TempDir
    static Path folder;

    private Stage stage;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path market = folder.resolve(TestProjects.MARKET_FILE);
        ProjectFiles.write(TestProjects.market(), market);
        viewModel = ReelRankApp.openMainWindow(stage, market);
    }

    private TableCell<?, ?> cell(FxRobot robot, String columnId, String productId) {
        return ProductTableCells.cell(robot, stage.getScene(), columnId, productId);
    }

    private void type(FxRobot robot, String columnId, String productId, String text) {
        ProductTableCells.type(robot, stage.getScene(), columnId, productId, text);
    }

    private ProductBarChart chart(FxRobot robot, String id) {
        return robot.from(stage.getScene().getRoot()).lookup(id).queryAs(ProductBarChart.class);
    }

    @Test
    void opensOnTheDefaultDataset_withTheProductNamesInTheTable(FxRobot robot) {
        // Without a file the window opens on the default dataset; whatever it holds, the table shows it.
        robot.interact(() -> viewModel = ReelRankApp.openMainWindow(stage, null));
        assertEquals("ReelRank", stage.getTitle());
        TableView<?> table = robot.lookup("#products-table").queryTableView();
        List<Product> dataset = DefaultDataset.load().products();
        List<String> names = table.getItems().stream()
                .map(r -> ((ProductRowViewModel) r).name().getText())
                .toList();
        assertEquals(dataset.stream().map(Product::name).toList(), names);
        Product last = dataset.getLast();
        assertEquals(last.name(), cell(robot, "column-name", last.id()).getText());
    }

    @Test
    void chineseNames_renderInTheBundledFont(FxRobot robot) {
        TableCell<?, ?> kling = robot
                .from(stage.getScene().getRoot())
                .lookup("#products-table .table-cell")
                .queryAllAs(TableCell.class)
                .stream()
                .filter(c -> "可灵 1.6".equals(c.getText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cell shows 可灵 1.6"));
        assertEquals(Fonts.FAMILY, kling.getFont().getFamily());
    }

    @Test
    void editingKling16sPrice_movesItsCostBar(FxRobot robot) {
        ProductBarChart cost = chart(robot, "#cost-chart");
        assertEquals(12.0, cost.valueOf("kling-1.6"), 1e-9);
        type(robot, "column-amount", "kling-1.6", "0.2");
        // 0.2 CNY per credit x 10 credits per 5-s clip = 0.4 CNY per second = 24 CNY per minute
        assertEquals(24.0, cost.valueOf("kling-1.6"), 1e-9);
        assertEquals(24.0, cost.dataOf("kling-1.6").getXValue().doubleValue(), 1e-9);
        assertEquals("24.00", cell(robot, "column-cost-per-minute", "kling-1.6").getText());
        assertEquals(UNSAVED_TITLE, stage.getTitle());
        // CNY a minute: Kling 1.0 10.80, Kling 1.5 14.40, Kling 1.6 24.00, Sora 33.60, Veo 2 210.00
        assertEquals(List.of("kling-1.0", "kling-1.5", "kling-1.6", "sora", "veo-2"), cost.order());
    }

    @Test
    void typingAPlansAssumedUse_inTheDetails_movesItsCostBar_andTheFootnoteSaysIt(FxRobot robot) {
        ProductBarChart cost = chart(robot, "#cost-chart");
        assertEquals(33.6, cost.valueOf("sora"), 1e-9);
        robot.clickOn(cell(robot, "column-name", "sora"));
        WaitForAsyncUtils.waitForFxEvents();
        TextField use = robot.lookup("#plan-use-chatgpt-plus").queryAs(TextField.class);
        assertEquals("100", use.getText());
        // The details pane scrolls; the field may sit below its fold, where a click would miss it.
        robot.interact(use::requestFocus);
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("50");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        // Half the credits used: 20 USD over 25 clips of 5 s, 0.16 USD a second, 67.20 CNY a minute.
        assertEquals(67.2, cost.valueOf("sora"), 1e-9);
        assertEquals("67.20", cell(robot, "column-cost-per-minute", "sora").getText());
        Label footnote = robot.lookup("#cost-footnote").queryAs(Label.class);
        assertTrue(footnote.getText().contains("Sora's plan assumes 50% of the allowance used."), footnote.getText());
        assertEquals(UNSAVED_TITLE, stage.getTitle());
    }

    @Test
    void badText_showsTheErrorMarker_andTheModelKeepsItsValue(FxRobot robot) {
        robot.doubleClickOn(cell(robot, "column-amount", "kling-1.6"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("abc");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TextField editor =
                robot.from(stage.getScene().getRoot()).lookup(".cell-editor").queryAs(TextField.class);
        assertNotNull(editor, "still editing: Enter does not accept bad text");
        assertTrue(
                editor.getTooltip().getText().contains("not a number"),
                editor.getTooltip().getText());
        assertTrue(
                robot.lookup(node -> node instanceof ImageView view
                                && view.getImage() != null
                                && String.valueOf(view.getImage().getUrl()).endsWith("decoration-error.png"))
                        .tryQuery()
                        .isPresent(),
                "the ControlsFX error marker is shown");
        assertEquals(12.0, chart(robot, "#cost-chart").valueOf("kling-1.6"), 1e-9);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0.1", cell(robot, "column-amount", "kling-1.6").getText());
        assertEquals(TITLE, stage.getTitle(), "nothing changed, nothing to save");
    }

    @Test
    void undo_restoresTheOldPrice(FxRobot robot) {
        type(robot, "column-amount", "kling-1.6", "0.2");
        assertEquals(24.0, chart(robot, "#cost-chart").valueOf("kling-1.6"), 1e-9);
        robot.clickOn("#undo-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12.0, chart(robot, "#cost-chart").valueOf("kling-1.6"), 1e-9);
        assertEquals("0.1", cell(robot, "column-amount", "kling-1.6").getText());
        robot.push(KeyCode.SHORTCUT, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(24.0, chart(robot, "#cost-chart").valueOf("kling-1.6"), 1e-9);
    }

    @Test
    void theVotesColumnsHeader_isNamedAsTheRatingSourceThatReadsThem_andPointsToTheBlindTestsVotes(FxRobot robot) {
        // The header's own label is empty: the name is its graphic, a label of its own with the tooltip.
        Label header = robot.lookup(".column-header.votes-group .label").queryAllAs(Label.class).stream()
                .filter(label -> !label.getText().isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("the votes columns' group has no name drawn"));
        assertEquals(viewModel.texts().get("rating.sourceAggregate"), header.getText());
        assertTrue(header.isVisible() && header.getWidth() > 0, "drawn in the table's header");
        // Off to the right of the test's window, so read, not hovered.
        assertTrue(
                header.getTooltip().getText().contains(viewModel.texts().get("tab.headToHead")),
                header.getTooltip().getText());
    }

    @Test
    void editingVotes_movesTheRatingBarAndItsInterval(FxRobot robot) {
        ProductBarChart rating = chart(robot, "#rating-chart");
        ChartBar before = rating.barOf("kling-1.6");
        // 2,000 / 450 / 50 votes: 1000 + 400 log10(2025.5 / 475.5) = 1251.8, above Veo 2's 1214.7
        type(robot, "column-wins", "kling-1.6", "2,000");
        ChartBar after = rating.barOf("kling-1.6");
        assertTrue(after.value() > before.value(), before.value() + " -> " + after.value());
        assertNotEquals(before.low(), after.low());
        assertNotEquals(before.high(), after.high());
        assertEquals("kling-1.6", rating.order().getFirst(), "now rated best");
    }

    @Test
    void movingARowDown_keepsItSelectedAndInView(FxRobot robot) {
        robot.clickOn(cell(robot, "column-name", "kling-1.6"));
        for (int i = 0; i < 6; i++) {
            robot.push(KeyCode.ALT, KeyCode.DOWN);
        }
        Pulses.awaitLayout(robot, stage.getScene());
        TableView<ProductRowViewModel> table = robot.lookup("#products-table").queryTableView();
        assertEquals("kling-1.6", table.getItems().getLast().id(), "moved to the end");
        assertEquals("kling-1.6", table.getSelectionModel().getSelectedItem().id());
        Node row = robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r ->
                        r.isVisible() && r.getItem() instanceof ProductRowViewModel p && p.id().equals("kling-1.6"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the moved row is not shown"));
        Bounds shown = row.localToScene(row.getBoundsInLocal());
        Node viewport = robot.from(table).lookup(".clipped-container").query();
        Bounds port = viewport.localToScene(viewport.getBoundsInLocal());
        assertTrue(
                shown.getMinY() >= port.getMinY() - 0.5 && shown.getMaxY() <= port.getMaxY() + 0.5,
                "row " + shown + " within the table's viewport " + port);
    }

    @Test
    void sampleData_isLabelledInTheWindow(FxRobot robot) {
        Label note = robot.lookup("#sample-note").queryAs(Label.class);
        assertTrue(note.isVisible());
        assertTrue(note.getText().startsWith("Vote counts are sample data"));
        assertTrue(robot.lookup("#rating-source-note")
                .queryAs(Label.class)
                .getText()
                .contains("sample data"));
    }

    @Test
    void aBadFile_opensTheDefaultDataset_andExplainsInADialog(FxRobot robot) throws Exception {
        Path bad = Files.createTempFile(folder, "bad", ".reelrank.json");
        Files.writeString(bad, "{\"format\": 9}");
        Stage[] opened = new Stage[1];
        robot.interact(() -> {
            opened[0] = new Stage();
            ReelRankApp.openMainWindow(opened[0], bad);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Window> dialogs = robot.listTargetWindows().stream()
                .filter(w -> w instanceof Stage s && "Could not open the project".equals(s.getTitle()))
                .toList();
        assertEquals(1, dialogs.size());
        assertTrue(robot.lookup(".dialog-pane .content")
                .queryAs(Label.class)
                .getText()
                .contains("unsupported format version 9"));
        assertEquals("{\"format\": 9}", Files.readString(bad), "the file is left as it was");
        assertFalse(Files.readString(bad).isEmpty());
        Files.delete(bad);
        robot.interact(() -> {
            dialogs.forEach(w -> ((Stage) w).close());
            opened[0].close();
        });
    }

    @Test
    void save_thenReopen_givesIdenticalData(FxRobot robot) throws Exception {
        Path file = Files.createTempFile(folder, "q1-", ".reelrank.json");
        ProjectFiles.write(TestProjects.market(), file);
        robot.interact(() -> ReelRankApp.openMainWindow(stage, file));
        type(robot, "column-amount", "kling-1.6", "0.2");
        type(robot, "column-wins", "veo-2", "1300"); // it was 1,500
        robot.clickOn("#basis-clip");
        assertTrue(stage.getTitle().startsWith("\u2022 "), stage.getTitle());
        robot.push(KeyCode.SHORTCUT, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.getTitle().startsWith("\u2022 "), "saved: " + stage.getTitle());
        var saved = ProjectFiles.read(file);
        assertEquals(
                0,
                new BigDecimal("0.2")
                        .compareTo(saved.product("kling-1.6")
                                .orElseThrow()
                                .compared()
                                .price()
                                .amount()));
        assertEquals(
                1300, saved.product("veo-2").orElseThrow().votes().orElseThrow().wins());
        assertEquals(CostBasis.PER_FIVE_SECOND_CLIP, saved.view().costBasis());
        robot.interact(() -> ReelRankApp.openMainWindow(stage, file));
        assertTrue(
                robot.lookup("#basis-clip").queryAs(ToggleButton.class).isSelected(),
                "the chart reopens per clip, as it was saved");
        assertEquals(2.0, chart(robot, "#cost-chart").valueOf("kling-1.6"), 1e-9); // 0.2 CNY x 10 credits
        assertEquals("1,300", cell(robot, "column-wins", "veo-2").getText());
        assertEquals(file.getFileName() + " \u2014 ReelRank", stage.getTitle());
        robot.clickOn("#basis-minute");
        assertEquals(24.0, chart(robot, "#cost-chart").valueOf("kling-1.6"), 1e-9);
        assertTrue(stage.getTitle().startsWith("\u2022 "), "a changed view is saved with the project");
        Files.delete(file);
    }

    @Test
    void unsavedChanges_areGuarded_whenStartingANewProject(FxRobot robot) {
        type(robot, "column-amount", "kling-1.6", "0.2");
        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(24.0, chart(robot, "#cost-chart").valueOf("kling-1.6"), 1e-9, "cancel keeps the edits");
        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Don't Save");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table =
                robot.from(stage.getScene().getRoot()).lookup("#products-table").queryTableView();
        assertEquals(0, table.getItems().size());
        assertEquals("ReelRank", stage.getTitle());
    }

    @Test
    void darkTheme_keepsTheDefaultButtonReadable(FxRobot robot) {
        robot.interact(() -> viewModel.themeProperty().set(Theme.DARK));
        type(robot, "column-amount", "kling-1.6", "0.2");
        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        Button save = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(Button::isDefaultButton)
                .findFirst()
                .orElseThrow();
        Color text = (Color) save.getTextFill();
        Paint body = save.getBackground().getFills().getLast().getFill();
        Color behind = body instanceof LinearGradient gradient
                ? gradient.getStops()
                        .getFirst()
                        .getColor()
                        .interpolate(gradient.getStops().getLast().getColor(), 0.5)
                : (Color) body;
        double ratio = contrast(text, behind);
        robot.clickOn("Cancel");
        assertTrue(ratio >= 4.5, save.getText() + ": " + text + " on " + behind + " is " + ratio + ":1");
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        DoubleUnaryOperator linear = v -> v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        return 0.2126 * linear.applyAsDouble(c.getRed())
                + 0.7152 * linear.applyAsDouble(c.getGreen())
                + 0.0722 * linear.applyAsDouble(c.getBlue());
    }

    @Test
    void trendChart_followsTheMetricSwitch_andEdits(FxRobot robot) {
        robot.clickOn("Trend");
        WaitForAsyncUtils.waitForFxEvents();
        TrendChart trend =
                robot.from(stage.getScene().getRoot()).lookup("#trend-chart").queryAs(TrendChart.class);
        assertEquals(3, trend.lines().get("Kling").size(), "one line through Kling 1.0, 1.5 and 1.6");
        assertTrue(trend.valueOf("kling-1.6") > 1000);
        robot.clickOn("#trend-cost");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12.0, trend.valueOf("kling-1.6"), 1e-9);
        robot.clickOn("Cost and rating");
        type(robot, "column-amount", "kling-1.6", "0.3");
        robot.clickOn("Trend");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(36.0, trend.valueOf("kling-1.6"), 1e-9, "the trend chart catches up when shown again");
    }

    @Test
    void valueChart_drawsTheFrontier_onALogOrLinearAxis(FxRobot robot) {
        robot.clickOn("Value");
        WaitForAsyncUtils.waitForFxEvents();
        ValueChart value =
                robot.from(stage.getScene().getRoot()).lookup("#value-chart").queryAs(ValueChart.class);
        // (CNY a minute, rating): Kling 1.0 (10.80, 852.9), Kling 1.6 (12.00, 1047.6), Kling 1.5 (14.40, 1052.5),
        // Sora (33.60, 982.6), Veo 2 (210.00, 1214.7): only Sora has a cheaper, better-rated rival.
        assertEquals(List.of("kling-1.0", "kling-1.6", "kling-1.5", "veo-2"), value.frontier());
        assertEquals(210.0, value.pointOf("veo-2")[0], 1e-9);
        assertTrue(value.getXAxis() instanceof LogAxis);
        robot.clickOn("#value-log");
        WaitForAsyncUtils.waitForFxEvents();
        ValueChart linear =
                robot.from(stage.getScene().getRoot()).lookup("#value-chart").queryAs(ValueChart.class);
        assertFalse(linear.getXAxis() instanceof LogAxis);
        assertEquals(210.0, linear.pointOf("veo-2")[0], 1e-9);
    }

    @Test
    void editingAHeadToHeadCell_movesTheRatingBar(FxRobot robot) {
        ProductBarChart rating = chart(robot, "#rating-chart");
        robot.clickOn("#tab-head-to-head");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<HeadToHeadRowViewModel> grid =
                robot.from(stage.getScene().getRoot()).lookup("#h2h-grid").queryTableView();
        gridType(robot, grid, "h2h-kling-1.5", "veo-2", "30");
        gridType(robot, grid, "h2h-veo-2", "kling-1.5", "20");
        double before = rating.valueOf("veo-2");
        assertEquals(400 * Math.log10(1.5), before - rating.valueOf("kling-1.5"), 1e-6);
        gridType(robot, grid, "h2h-veo-2", "kling-1.5", "60");
        assertTrue(rating.valueOf("veo-2") < before, "Kling 1.5 beat Veo 2 more often: Veo 2's bar went down");
        assertTrue(rating.barOf("veo-2").low() < rating.valueOf("veo-2"), "the interval is there");
        assertEquals("no votes", rating.barOf("sora").label());
    }

    private void gridType(
            FxRobot robot, TableView<HeadToHeadRowViewModel> grid, String columnId, String rowId, String text) {
        TableCell<?, ?> cell = HeadToHeadGridCells.cell(robot, grid, rowId, columnId);
        robot.doubleClickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write(text);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void kpiTiles_followAnEdit(FxRobot robot) {
        KpiStrip strip =
                robot.from(stage.getScene().getRoot()).lookup("#kpi-strip").queryAs(KpiStrip.class);
        // Kling 1.0: 0.09 CNY a credit x 10 credits a 5-s clip = 10.80 CNY a minute
        assertEquals("10.80", strip.card("kpi-cheapest").shownValue());
        assertEquals("Kling 1.0", strip.card("kpi-cheapest").shownText());
        type(robot, "column-amount", "kling-1.6", "0.05");
        assertEquals("6.00", strip.card("kpi-cheapest").shownValue());
        assertEquals("Kling 1.6", strip.card("kpi-cheapest").shownText());
        // 6.00 / 210.00 CNY a minute
        assertTrue(
                strip.card("kpi-ratio").shownText().startsWith("Prices charged: 2.9% of Veo 2"),
                strip.card("kpi-ratio").shownText());
    }

    @Test
    void scenario_typedSharesAndAPriceEdit_moveTheTableAndTheLines(FxRobot robot) {
        robot.clickOn("#tab-scenario");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ScenarioRow> table =
                robot.from(stage.getScene().getRoot()).lookup("#scenario-table").queryTableView();
        assertEquals(
                List.of("10 %", "20 %", "30 %"),
                table.getItems().stream()
                        .filter(r -> r.productId().equals("kling-1.6"))
                        .map(ScenarioRow::share)
                        .toList());
        var chart =
                robot.from(stage.getScene().getRoot()).lookup("#scenario-chart").queryAs(LineChart.class);
        assertEquals(
                "GF Securities projection",
                robot.lookup("#scenario-reference-label").queryAs(Label.class).getText());
        TextField shares = robot.lookup("#scenario-shares").queryAs(TextField.class);
        robot.clickOn(shares);
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("150%");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("\u201c150%\u201d is over 100 %", shares.getTooltip().getText());
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("50%");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        var kling = table.getItems().stream()
                .filter(r -> r.productId().equals("kling-1.6"))
                .toList();
        assertEquals(1, kling.size());
        // 40,000,000 a day x 50 % x 365 days x 1 CNY a clip (0.1 CNY a credit, 10 credits)
        assertEquals("7,300,000,000.00 CNY", kling.get(0).exactSpend());
        double before = atFullShare(chart, "Kling 1.6");
        type(robot, "column-amount", "kling-1.6", "0.05");
        robot.clickOn("#tab-scenario");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before / 2, atFullShare(chart, "Kling 1.6"), 1e-9);
        assertEquals(
                "3,650,000,000.00 CNY",
                table.getItems().stream()
                        .filter(r -> r.productId().equals("kling-1.6"))
                        .findFirst()
                        .orElseThrow()
                        .exactSpend());
    }

    @Test
    void scenario_choosingGfsEstimateInThePriceBox_movesKlingsLine_andNamesThePrice(FxRobot robot) {
        robot.clickOn("#tab-scenario");
        WaitForAsyncUtils.waitForFxEvents();
        var chart =
                robot.from(stage.getScene().getRoot()).lookup("#scenario-chart").queryAs(LineChart.class);
        TableView<ScenarioRow> table =
                robot.from(stage.getScene().getRoot()).lookup("#scenario-table").queryTableView();
        Label prices = robot.lookup("#scenario-prices").queryAs(Label.class);
        @SuppressWarnings("unchecked")
        ComboBox<ScenarioPriceChoice> box = robot.lookup("#scenario-price").queryAs(ComboBox.class);
        assertEquals("Each product's compared price", box.getValue().label());
        assertTrue(
                prices.getText().contains("Kling 1.6 \u2014 Standard mode (Credits, as of Jan 15, 2025)"),
                prices.getText());
        // 40,000,000 a day x 100 % x 365 days x 1 CNY (0.1 CNY a credit, 10 credits) = 14.6 bn CNY
        assertEquals(14.6, atFullShare(chart, "Kling 1.6"), 1e-9);

        robot.clickOn(box);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Kling 1.6 \u2014 GF estimate (Estimate, as of Mar 10, 2025)");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(
                "Kling 1.6 \u2014 GF estimate (Estimate, as of Mar 10, 2025)",
                box.getValue().label());
        // The same at 0.83 CNY a clip: 12.118 bn CNY; GF's 1.2 / 2.4 / 3.6 bn at 10 / 20 / 30 %
        assertEquals(12.118, atFullShare(chart, "Kling 1.6"), 1e-9);
        assertEquals(
                List.of("1.21 bn CNY", "2.42 bn CNY", "3.64 bn CNY"),
                table.getItems().stream()
                        .filter(r -> r.productId().equals("kling-1.6"))
                        .map(ScenarioRow::spendPerYear)
                        .toList());
        assertTrue(
                prices.getText().contains("Kling 1.6 \u2014 GF estimate (Estimate, as of Mar 10, 2025)"),
                prices.getText());
        assertFalse(prices.getText().contains("Kling 1.6 \u2014 Standard mode"), prices.getText());
        // Only the scenario changed: the cost chart still compares Kling 1.6's standard price, and nothing is unsaved.
        assertEquals(12.0, chart(robot, "#cost-chart").valueOf("kling-1.6"), 1e-9);
        assertEquals(TITLE, stage.getTitle());
    }

    @SuppressWarnings("unchecked")
    private static double atFullShare(LineChart<?, ?> chart, String product) {
        var series = chart.getData().stream()
                .filter(s -> product.equals(s.getName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + product));
        var end = ((XYChart.Series<Number, Number>) series).getData().get(1);
        assertEquals(100, end.getXValue().doubleValue(), 1e-9);
        return end.getYValue().doubleValue();
    }

    @Test
    void chartsFirst_addsTheTableTheTilesAndTheIconsRightAfterTheFirstFrame(FxRobot robot) throws Exception {
        Stage[] opened = new Stage[1];
        robot.interact(() -> {
            opened[0] = new Stage();
            ReelRankApp.openMainWindow(opened[0], folder.resolve(TestProjects.MARKET_FILE), true);
        });
        Parent root = opened[0].getScene().getRoot();
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> root.lookup("#products-table") != null && root.lookup("#kpi-strip") != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(root.lookupAll(".kpi-placeholder").isEmpty()
                && root.lookupAll(".table-placeholder").isEmpty());
        assertEquals(
                TestProjects.market().products().size(),
                ((TableView<?>) root.lookup("#products-table")).getItems().size());
        assertEquals(12.0, ((ProductBarChart) root.lookup("#cost-chart")).valueOf("kling-1.6"), 1e-9);
        // The icons come a frame after the charts, for the taskbar and the window list.
        assertEquals(7, opened[0].getIcons().size());
        robot.interact(() -> opened[0].close());
    }

    @Test
    void helpAbout_namesTheVersion_theLicence_andTheThirdPartyNotices(FxRobot robot) {
        robot.clickOn("Help").clickOn("About ReelRank");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane about = robot.lookup("#about-dialog").queryAs(DialogPane.class);
        assertEquals("ReelRank " + Version.current(), about.getHeaderText());
        assertFalse(Version.current().equals("unknown"));
        String notices = robot.lookup("#about-notices").queryAs(TextArea.class).getText();
        for (String named : List.of("OpenJFX", "ControlsFX", "Jackson", "picocli", "Open Font License")) {
            assertTrue(notices.contains(named), named);
        }
        assertTrue(notices.contains("\u2022 ControlsFX, version 11.2.2: BSD 3-Clause"), notices);
        assertFalse(notices.contains("|"), "the Markdown table is shown as plain lines: " + notices);
        robot.interact(() -> ((Stage) about.getScene().getWindow()).close());
    }

    @Test
    void viewLanguage_switchesToChinese_withoutLosingTheEdit(FxRobot robot) {
        type(robot, "column-amount", "kling-1.6", "0.05");
        robot.clickOn("#tab-value");
        robot.clickOn("View").clickOn("Language").clickOn("\u7b80\u4f53\u4e2d\u6587");
        WaitForAsyncUtils.waitForFxEvents();
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertEquals(
                List.of("\u6587\u4ef6", "\u7f16\u8f91", "\u89c6\u56fe", "\u5e2e\u52a9"),
                bar.getMenus().stream().map(Menu::getText).toList());
        assertEquals(UNSAVED_TITLE, stage.getTitle(), "the same in Chinese");
        var products = (CategoryAxis) chart(robot, "#cost-chart").getYAxis();
        assertTrue(
                products.getCategories().contains("\u53ef\u7075 1.6"),
                products.getCategories().toString());
        assertEquals(
                "\u6027\u4ef7\u6bd4",
                robot.lookup("#chart-tabs")
                        .queryAs(TabPane.class)
                        .getSelectionModel()
                        .getSelectedItem()
                        .getText());
        assertEquals(6.0, chart(robot, "#cost-chart").valueOf("kling-1.6"), 1e-9);
        robot.clickOn("#undo-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12.0, chart(robot, "#cost-chart").valueOf("kling-1.6"), 1e-9);
        robot.clickOn("\u89c6\u56fe").clickOn("\u8bed\u8a00").clickOn("English");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "View",
                robot.lookup(".menu-bar")
                        .queryAs(MenuBar.class)
                        .getMenus()
                        .get(2)
                        .getText());
    }

    @Test
    void copyChartImage_putsTheShownChartOnTheClipboard_atTheDialogsSize(FxRobot robot) {
        // The clipboard is the JVM's (Monocle's): put back what was on it, for the tests after this one.
        Map<DataFormat, Object> before = new HashMap<>();
        robot.interact(() -> {
            Clipboard clipboard = Clipboard.getSystemClipboard();
            clipboard.getContentTypes().forEach(format -> before.put(format, clipboard.getContent(format)));
        });
        try {
            copyTheValueChart(robot);
        } finally {
            robot.interact(() -> Clipboard.getSystemClipboard().setContent(before));
        }
    }

    private void copyTheValueChart(FxRobot robot) {
        robot.clickOn("#tab-value");
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        var copied = new Image[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getImage());
        assertNotNull(copied[0], "an image on the clipboard");
        assertEquals(1920, copied[0].getWidth());
        assertEquals(1080, copied[0].getHeight());
        assertEquals(
                "Copied the chart to the clipboard (1920 \u00d7 1080 px).",
                robot.lookup("#status-message").queryAs(Label.class).getText());
    }

    @Test
    void export_offersTheChartOfTheTabInFront(FxRobot robot) {
        robot.clickOn("#tab-value");
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.SHORTCUT, KeyCode.E).release(KeyCode.E, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                SlideKind.VALUE, viewModel.exports().kindProperty().get(), "the value tab exports the value chart");
        robot.clickOn("Cancel");
        robot.clickOn("#tab-trend");
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.SHORTCUT, KeyCode.E).release(KeyCode.E, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SlideKind.TREND, viewModel.exports().kindProperty().get());
        robot.clickOn("Cancel");
    }

    @Test
    void exportDialog_refusesOversizedImages_andNamesThePixels(FxRobot robot) {
        robot.press(KeyCode.SHORTCUT, KeyCode.E).release(KeyCode.E, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "Cost per minute of generated video, CNY",
                robot.lookup("#export-title").queryAs(TextField.class).getText());
        Label pixels = robot.lookup("#export-pixels").queryAs(Label.class);
        assertEquals("1920 \u00d7 1080 px", pixels.getText());
        robot.clickOn("#export-preset").clickOn("3840 \u00d7 2160");
        robot.clickOn("#export-scale-3");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "The image would be 11520 \u00d7 6480 px; at most 8,192 px a side. Lower the scale or the size.",
                pixels.getText());
        assertTrue(robot.lookup("Export\u2026").queryButton().isDisabled());
        robot.clickOn("#export-scale-2");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("7680 \u00d7 4320 px", pixels.getText());
        assertFalse(robot.lookup("Export\u2026").queryButton().isDisabled());
        robot.clickOn("Cancel");
    }

    @Test
    void ctrlB_opensTheBlindTestSetup(FxRobot robot) {
        robot.press(KeyCode.CONTROL).press(KeyCode.B).release(KeyCode.B).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Stage setup = (Stage) robot.listTargetWindows().stream()
                .filter(w -> w instanceof Stage s
                        && s != stage
                        && s.isShowing()
                        && s.getScene().getRoot().lookup("#blind-setup-folder") != null)
                .findFirst()
                .orElseThrow(() -> new AssertionError("Ctrl+B opened no blind-test setup"));
        robot.interact(setup::close);
    }

    @Test
    void f5_presentsFullScreen_arrowsStep_andEscReturns(FxRobot robot) {
        type(robot, "column-amount", "kling-1.6", "0.05");
        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        Stage shown = (Stage) robot.listTargetWindows().stream()
                .filter(w -> w instanceof Stage s && s != stage && s.isShowing() && s.isFullScreen())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no full-screen presentation"));
        assertEquals("Cost per minute of generated video, CNY", slideTitle(robot, shown));
        ProductBarChart cost =
                robot.from(shown.getScene().getRoot()).lookup("#cost-chart").queryAs(ProductBarChart.class);
        assertEquals(6.0, cost.valueOf("kling-1.6"), 1e-9, "an edit made before presenting is on the slide");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Label title =
                robot.from(shown.getScene().getRoot()).lookup("#slide-title").queryAs(Label.class);
        assertTrue(title.getHeight() > 20, "the slide is styled and laid out, title " + title.getHeight() + " high");
        Bounds onScreen = title.getParent().localToScene(title.getParent().getLayoutBounds());
        assertEquals(shown.getScene().getWidth(), onScreen.getWidth(), 1.0, "the slide fills the screen's width");
        assertTrue(onScreen.getHeight() <= shown.getScene().getHeight() + 1, "and fits its height: " + onScreen);
        // A projector with another shape: the slide follows, still styled (a slide that sized its own
        // screen was once rebuilt on every pulse and never styled).
        robot.interact(() -> {
            shown.setFullScreen(false);
            shown.setWidth(1366);
            shown.setHeight(700);
        });
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Label resized =
                robot.from(shown.getScene().getRoot()).lookup("#slide-title").queryAs(Label.class);
        Bounds slide = resized.getParent().localToScene(resized.getParent().getLayoutBounds());
        assertTrue(resized.getHeight() > 20, "styled after a resize");
        assertEquals(shown.getScene().getWidth(), slide.getWidth(), 1.0, slide.toString());
        assertEquals(shown.getScene().getHeight(), slide.getHeight(), 1.0, slide.toString());
        robot.interact(() -> shown.setFullScreen(true));
        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Rating by release date, per product family", slideTitle(robot, shown));
        robot.push(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Blind-test rating (95 % interval)", slideTitle(robot, shown));
        // Past the last slide nothing is rebuilt: the slide on the screen stays the same one.
        robot.push(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        Label last =
                robot.from(shown.getScene().getRoot()).lookup("#slide-title").queryAs(Label.class);
        robot.push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                last
                        == robot.from(shown.getScene().getRoot())
                                .lookup("#slide-title")
                                .queryAs(Label.class),
                "Right on the last slide leaves it as it is");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown.isShowing());
        assertTrue(stage.isShowing());
    }

    private static String slideTitle(FxRobot robot, Stage presentation) {
        return robot.from(presentation.getScene().getRoot())
                .lookup("#slide-title")
                .queryAs(Label.class)
                .getText();
    }
}
