package dev.reelrank.view.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.app.ReelRankApp;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.CostBasis;
import dev.reelrank.model.Project;
import dev.reelrank.model.RatingSource;
import dev.reelrank.testing.Menus;
import dev.reelrank.testing.Pulses;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.view.files.DroppedFiles;
import dev.reelrank.view.products.ProductTableCells;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.port.RecoveryStore;
import dev.reelrank.viewmodel.products.ProductRowViewModel;
import dev.reelrank.viewmodel.settings.Theme;
import dev.reelrank.viewmodel.text.EditableField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every mark in the cost and rating charts keeps its own name, whatever re-sorts the marks or
 * changes how many there are: the drawn axis label nearest each bar, its value label, whisker and
 * tooltip all name the same product, and there is one axis label per bar.
 */
@ExtendWith(ApplicationExtension.class)
class ChartMarksTest {
    @TempDir
    static Path folder;

    private Stage stage;
    private MainViewModel viewModel;
    private Path opened;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        opened = Files.createTempFile(folder, "five", ProjectFiles.EXTENSION);
        ProjectFiles.write(TestProjects.fiveProducts(), opened);
        viewModel = ReelRankApp.openMainWindow(stage, opened);
    }

    // ---- one test per kind of action -------------------------------------------------------------

    @Test
    void typingAVoteCount_thatMakesAProductTheBest_movesItsNameWithIt(FxRobot robot) {
        showAggregateVotes(robot);
        List<String> before = drawnNames(robot, "#rating-chart-panel");
        type(robot, "column-wins", "epsilon", "5000");
        List<String> after = drawnNames(robot, "#rating-chart-panel");
        assertNotEquals(before, after, "the bars re-sorted");
        assertEquals("Epsilon 5", after.getFirst(), "the top bar is Epsilon 5's");
        assertDrawnTruthfully(robot, "after typing a vote count");
    }

    @Test
    void aPriceEdit_thatReordersTheCostBars(FxRobot robot) {
        List<String> before = drawnNames(robot, "#cost-chart-panel");
        act(robot, () -> row("epsilon").amount().commit("0.01"));
        assertNotEquals(before, drawnNames(robot, "#cost-chart-panel"));
        assertDrawnTruthfully(robot, "after a price edit");
    }

    @Test
    void anExchangeRateEdit_thatReordersTheCostBars(FxRobot robot) {
        List<String> before = drawnNames(robot, "#cost-chart-panel");
        act(robot, () -> assertTrue(usdToCny().commit("0.2")));
        assertNotEquals(before, drawnNames(robot, "#cost-chart-panel"));
        assertDrawnTruthfully(robot, "after an exchange-rate edit");
    }

    @Test
    void showingAndHidingProducts_givesOneNamePerBar(FxRobot robot) {
        act(robot, () -> row("gamma").setShown(false));
        assertEquals(4, drawnNames(robot, "#cost-chart-panel").size());
        assertDrawnTruthfully(robot, "after hiding a product");
        clickChartBox(robot, "gamma");
        assertEquals(5, drawnNames(robot, "#cost-chart-panel").size());
        assertDrawnTruthfully(robot, "after ticking its Chart box again");
    }

    @Test
    void addDuplicateDeleteAndMove(FxRobot robot) {
        robot.clickOn("#add-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertDrawnTruthfully(robot, "after Add");
        act(robot, () -> viewModel.products().duplicate("delta"));
        assertEquals(7, drawnNames(robot, "#cost-chart-panel").size());
        assertDrawnTruthfully(robot, "after Duplicate");
        act(robot, () -> viewModel.products().delete("beta"));
        assertDrawnTruthfully(robot, "after Delete");
        act(robot, () -> viewModel.products().move("alpha", 2));
        assertDrawnTruthfully(robot, "after moving a row");
    }

    @Test
    void undoAndRedo(FxRobot robot) {
        act(robot, () -> row("beta").amount().commit("5"));
        act(robot, () -> row("delta").wins().commit("10"));
        robot.clickOn("#undo-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertDrawnTruthfully(robot, "after Undo");
        robot.clickOn("#undo-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertDrawnTruthfully(robot, "after a second Undo");
        robot.clickOn("#redo-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertDrawnTruthfully(robot, "after Redo");
    }

    @Test
    void currencyBasisAndRatingSource(FxRobot robot) {
        act(robot, () -> viewModel.setDisplayCurrency("USD"));
        assertDrawnTruthfully(robot, "after switching the currency");
        robot.clickOn("#basis-clip");
        WaitForAsyncUtils.waitForFxEvents();
        assertDrawnTruthfully(robot, "after switching to cost per clip");
        List<String> headToHead = drawnNames(robot, "#rating-chart-panel");
        robot.clickOn("#source-aggregate");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(headToHead, drawnNames(robot, "#rating-chart-panel"), "the two sources rank differently");
        assertDrawnTruthfully(robot, "after switching the rating source");
    }

    @Test
    void languageAndTheme(FxRobot robot) {
        act(robot, () -> viewModel.themeProperty().set(Theme.DARK));
        assertDrawnTruthfully(robot, "after switching to the dark theme");
        act(robot, () -> Menus.item(stage.getScene(), "language-zh").fire());
        assertDrawnTruthfully(robot, "after switching to Chinese");
    }

    @Test
    void openingAnotherProject_whoseOrderDiffers(FxRobot robot) throws IOException {
        Path other = Files.createTempFile(folder, "other", ProjectFiles.EXTENSION);
        ProjectFiles.write(reordered(), other);
        List<String> before = drawnNames(robot, "#cost-chart-panel");
        act(robot, () -> viewModel.files().open(other, () -> {}));
        assertNotEquals(before, drawnNames(robot, "#cost-chart-panel"));
        assertDrawnTruthfully(robot, "after File > Open");
    }

    @Test
    void droppingAProjectFileOnTheWindow(FxRobot robot) throws IOException {
        Path other = Files.createTempFile(folder, "dropped", ProjectFiles.EXTENSION);
        ProjectFiles.write(reordered(), other);
        List<String> before = drawnNames(robot, "#cost-chart-panel");
        robot.interact(() -> assertTrue(DroppedFiles.drop(stage.getScene(), List.of(other.toFile()))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Zeta 6", row("zeta").name().getText());
        assertNotEquals(before, drawnNames(robot, "#cost-chart-panel"));
        assertDrawnTruthfully(robot, "after dropping a file");
    }

    @Test
    void restoringLeftoverWork(FxRobot robot) {
        Project unsaved = reordered();
        RecoveryStore.Leftover leftover = new RecoveryStore.Leftover("crashed", unsaved.name(), opened, Instant.now());
        act(robot, () -> {
            viewModel.keepUnsavedWorkIn(new OneLeftover(leftover, unsaved));
            viewModel.leftoverWork().restore(leftover);
        });
        assertEquals("Zeta 6", row("zeta").name().getText());
        assertDrawnTruthfully(robot, "after restoring leftover work");
    }

    @Test
    void renamingAProduct_renamesItsMark(FxRobot robot) {
        act(robot, () -> row("gamma").name().commit("Gamma Prime"));
        assertTrue(drawnNames(robot, "#cost-chart-panel").contains("Gamma Prime"));
        assertDrawnTruthfully(robot, "after renaming a product");
    }

    // ---- a seeded random run of mixed actions ----------------------------------------------------

    @Test
    void aSeededRandomRunOf200MixedActions_keepsEveryNameOnItsMark(FxRobot robot) {
        long seed = Long.getLong("reelrank.marksSeed", 20261129L);
        Random random = new Random(seed);
        List<String> ids = new ArrayList<>(List.of("alpha", "beta", "gamma", "delta", "epsilon"));
        for (int step = 1; step <= 200; step++) {
            String id = ids.get(random.nextInt(ids.size()));
            String what;
            switch (random.nextInt(12)) {
                case 0 -> {
                    String amount = String.valueOf(1 + random.nextInt(900) / 100.0);
                    what = "price of " + id + " = " + amount;
                    act(robot, () -> row(id).amount().commit(amount));
                }
                case 1 -> {
                    String wins = String.valueOf(random.nextInt(3000));
                    what = "wins of " + id + " = " + wins;
                    act(robot, () -> row(id).wins().commit(wins));
                }
                case 2 -> {
                    boolean show = random.nextBoolean();
                    what = (show ? "show " : "hide ") + id;
                    act(robot, () -> row(id).setShown(show));
                }
                case 3 -> {
                    what = "duplicate " + id;
                    act(robot, () -> ids.add(viewModel.products().duplicate(id)));
                }
                case 4 -> {
                    if (ids.size() > 2) {
                        what = "delete " + id;
                        ids.remove(id);
                        act(robot, () -> viewModel.products().delete(id));
                    } else {
                        what = "add";
                        act(robot, () -> ids.add(viewModel.products().add(null)));
                    }
                }
                case 5 -> {
                    int by = random.nextBoolean() ? 1 : -1;
                    what = "move " + id + " by " + by;
                    act(robot, () -> viewModel.products().move(id, by));
                }
                case 6, 7 -> {
                    boolean undo = random.nextInt(3) > 0;
                    what = undo ? "undo" : "redo";
                    act(robot, () -> {
                        if (undo) {
                            viewModel.undo();
                        } else {
                            viewModel.redo();
                        }
                    });
                    // Undo can bring back a deleted product or take away an added one.
                    ids.clear();
                    robot.interact(() -> viewModel.products().rows().forEach(r -> ids.add(r.id())));
                }
                case 8 -> {
                    String currency = List.of("CNY", "USD").get(random.nextInt(2));
                    what = "currency " + currency;
                    act(robot, () -> viewModel.setDisplayCurrency(currency));
                }
                case 9 -> {
                    CostBasis basis = random.nextBoolean() ? CostBasis.PER_MINUTE : CostBasis.PER_FIVE_SECOND_CLIP;
                    what = "basis " + basis;
                    act(robot, () -> viewModel.costChart().basisProperty().set(basis));
                }
                case 10 -> {
                    RatingSource source =
                            random.nextBoolean() ? RatingSource.AGGREGATE_VOTES : RatingSource.HEAD_TO_HEAD;
                    what = "rating source " + source;
                    act(robot, () -> viewModel.ratings().useSource(source));
                }
                default -> {
                    String rate = String.valueOf(1 + random.nextInt(90) / 10.0);
                    what = "USD/CNY = " + rate;
                    act(robot, () -> usdToCny().commit(rate));
                }
            }
            assertDrawnTruthfully(robot, "step " + step + " (" + what + ", seed " + seed + ")");
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private void assertDrawnTruthfully(FxRobot robot, String after) {
        Pulses.awaitLayout(robot, stage.getScene());
        AtomicReference<List<String>> problems = new AtomicReference<>();
        robot.interact(() -> {
            List<String> found = new ArrayList<>();
            for (String panel : List.of("#cost-chart-panel", "#rating-chart-panel")) {
                var node = stage.getScene().getRoot().lookup(panel);
                assertNotNull(node, panel);
                if (node instanceof CostChartPanel cost) {
                    found.addAll(DrawnMarks.problems(cost.chart(), cost.wantedBars()));
                } else if (node instanceof RatingChartPanel rating) {
                    found.addAll(DrawnMarks.problems(rating.chart(), rating.wantedBars()));
                }
            }
            problems.set(found);
        });
        assertTrue(problems.get().isEmpty(), after + ":\n  " + String.join("\n  ", problems.get()));
    }

    /** The product names drawn on a chart's axis, top first. */
    private List<String> drawnNames(FxRobot robot, String panelId) {
        Pulses.awaitLayout(robot, stage.getScene());
        AtomicReference<List<String>> names = new AtomicReference<>();
        robot.interact(() -> {
            var node = stage.getScene().getRoot().lookup(panelId);
            ProductBarChart chart = node instanceof CostChartPanel c ? c.chart() : ((RatingChartPanel) node).chart();
            names.set(DrawnMarks.tickLabels(chart.productAxis()).stream()
                    .map(t -> t.getText())
                    .toList());
        });
        return names.get();
    }

    private void act(FxRobot robot, Runnable action) {
        robot.interact(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private EditableField usdToCny() {
        return viewModel().exchangeRates().rows().getFirst().rate();
    }

    private ProductRowViewModel row(String id) {
        return viewModel().products().row(id);
    }

    /** The window's view model: a language switch gives the window a new one. */
    private MainViewModel viewModel() {
        return viewModel;
    }

    private void showAggregateVotes(FxRobot robot) {
        robot.clickOn("#source-aggregate");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void clickChartBox(FxRobot robot, String id) {
        TableView<?> table = robot.lookup("#products-table").queryTableView();
        var box = robot.from(table).lookup(".check-box").queryAll().stream()
                .filter(n -> n.getParent() != null && isCellOf(n, id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Chart box for " + id));
        robot.clickOn(box);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean isCellOf(Node node, String id) {
        for (var n = node; n != null; n = n.getParent()) {
            if (n instanceof TableCell<?, ?> cell) {
                return cell.getTableRow() != null
                        && cell.getTableRow().getItem() instanceof ProductRowViewModel row
                        && row.id().equals(id)
                        && cell.isVisible()
                        && cell.getTableRow().isVisible();
            }
        }
        return false;
    }

    private void type(FxRobot robot, String columnId, String productId, String text) {
        ProductTableCells.type(robot, stage.getScene(), columnId, productId, text);
    }

    /** The fixture with other prices and votes, so both charts sort differently, and a sixth product. */
    private static Project reordered() {
        return TestProjects.named("Reordered")
                .perSecond("alpha", "Alpha 1", "Alpha", "0.01", "USD", 100, 900, 10)
                .perSecond("beta", "Beta 2", "Beta", "0.90", "USD", 900, 100, 10)
                .perClip("gamma", "Gamma 3", "Gamma", "40", "CNY", 5, 600, 400, 10)
                .perSecond("delta", "Delta 4", "Delta", "0.02", "USD", 200, 800, 10)
                .perClip("epsilon", "Epsilon 5", "Epsilon", "1", "CNY", 5, 800, 200, 10)
                .perClip("zeta", "Zeta 6", "Zeta", "3", "CNY", 5, 500, 500, 10)
                .build();
    }

    /** A store holding one piece of leftover work. */
    private record OneLeftover(RecoveryStore.Leftover leftover, Project project) implements RecoveryStore {
        @Override
        public void keep(Project kept, Path file) {}

        @Override
        public void discard() {}

        @Override
        public List<Leftover> leftovers() {
            return List.of(leftover);
        }

        @Override
        public Project adopt(Leftover which) {
            return project;
        }

        @Override
        public void drop(Leftover which) {}
    }
}
