package dev.reelrank.view.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.app.ReelRankApp;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.CostComparison;
import dev.reelrank.testing.DefaultLocale;
import dev.reelrank.testing.Menus;
import dev.reelrank.testing.Pulses;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.view.products.ProductTableCells;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.kpi.KpiViewModel.ComparisonChoice;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The KPI tiles as the real window draws them (headless, Monocle) on {@link TestProjects#market()}:
 * best value, ties and the cost comparison follow edits made in the table and in the comparison
 * dialog. Figures as in that project's description: (CNY a minute, rating) Kling 1.0 (10.80, 853),
 * Kling 1.6 (12.00, 1,048), Kling 1.5 (14.40, 1,052), Sora (33.60, 983), Veo 2 (210.00, 1,215).
 */
@ExtendWith(ApplicationExtension.class)
class KpiTilesWindowTest {
    @RegisterExtension
    static final DefaultLocale LOCALE = DefaultLocale.of(Locale.US);

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

    private KpiStrip.Card card(FxRobot robot, String id) {
        Pulses.awaitLayout(robot, stage.getScene());
        return robot.from(stage.getScene().getRoot())
                .lookup("#kpi-strip")
                .queryAs(KpiStrip.class)
                .card(id);
    }

    private void type(FxRobot robot, String columnId, String productId, String text) {
        ProductTableCells.type(robot, stage.getScene(), columnId, productId, text);
    }

    @Test
    void bestValue_movesToAnotherProduct_whenAPriceIsEditedInTheTable(FxRobot robot) {
        KpiStrip.Card best = card(robot, "kpi-best-value");
        assertEquals("Best value", best.shownTitle());
        assertEquals("12.00", best.shownValue());
        assertEquals("Kling 1.6, close: Kling 1.5", best.shownText());
        assertEquals("Most win odds per CNY \u00b7 sample data", best.shownBasis());
        assertTrue(best.shownTooltip().contains("120 rating points double the odds"), best.shownTooltip());

        // Kling 1.6 at 0.5 CNY a credit costs 60.00 CNY a minute: Kling 1.5 is cheaper and better rated,
        // so Kling 1.6 leaves the frontier and Kling 1.5 is the best value, far ahead of Kling 1.0.
        type(robot, "column-amount", "kling-1.6", "0.5");
        best = card(robot, "kpi-best-value");
        assertEquals("14.40", best.shownValue());
        assertEquals("Kling 1.5  1,052", best.shownText());
        assertEquals("Most win odds per CNY \u00b7 sample data", best.shownBasis());
        assertTrue(
                best.shownTooltip()
                        .contains("Next on the frontier: Kling 1.0, rated 853 at 10.80 CNY / min; not close"),
                best.shownTooltip());
    }

    @Test
    void cheapest_namesBothProducts_whenAnEditMakesThemCostTheSame(FxRobot robot) {
        assertEquals("Kling 1.0", card(robot, "kpi-cheapest").shownText());
        // 0.09 CNY a credit, as Kling 1.0: both cost 10.80 CNY a minute.
        type(robot, "column-amount", "kling-1.6", "0.09");
        KpiStrip.Card cheapest = card(robot, "kpi-cheapest");
        assertEquals("10.80", cheapest.shownValue());
        assertEquals("Kling 1.0, 1.6 \u2014 tied", cheapest.shownText());
        assertTrue(
                cheapest.shownTooltip().contains("Tied at 10.80 CNY / min: Kling 1.0, Kling 1.6"),
                cheapest.shownTooltip());
    }

    @Test
    void costComparison_isChosenInItsDialog_undone_andSaysWhenAProductIsGone(FxRobot robot) {
        assertEquals(
                "Kling 1.6 vs Veo 2 / Sora, per minute",
                card(robot, "kpi-ratio").shownTitle());
        robot.interact(
                () -> Menus.item(stage.getScene(), "menu-cost-comparison").fire());
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<ComparisonChoice> reference =
                robot.lookup("#comparison-reference").queryComboBox();
        robot.interact(() -> reference.getItems().stream()
                .filter(c -> c.id().equals("sora"))
                .findFirst()
                .ifPresent(reference::setValue));
        CheckBox sora = checkBox(robot, "sora");
        assertTrue(sora.isDisabled(), "the product compared cannot be compared with itself");
        robot.clickOn(checkBox(robot, "kling-1.0"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(
                new CostComparison("sora", List.of("kling-1.0", "veo-2")),
                viewModel.session().project().costComparison());
        KpiStrip.Card ratio = card(robot, "kpi-ratio");
        assertEquals("Sora vs Kling 1.0 / Veo 2, per minute", ratio.shownTitle());
        // 33.60 / 10.80 and 33.60 / 210.00 CNY a minute
        assertTrue(
                ratio.shownText().startsWith("Prices charged: 311.1% of Kling 1.0, 16.0% of Veo 2"), ratio.shownText());
        assertTrue(stage.getTitle().startsWith("\u2022 "), "an unsaved change: " + stage.getTitle());

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "Kling 1.6 vs Veo 2 / Sora, per minute",
                card(robot, "kpi-ratio").shownTitle());

        robot.interact(() -> viewModel.products().delete("kling-1.6"));
        ratio = card(robot, "kpi-ratio");
        assertEquals("Not in the project: kling-1.6", ratio.shownText());
        assertEquals("View \u2192 Cost comparison\u2026 chooses the products", ratio.shownBasis());
        assertFalse(ratio.shownText().contains("\n"));
    }

    private CheckBox checkBox(FxRobot robot, String productId) {
        // Product ids hold dots, which a CSS id selector would read as classes.
        return robot.lookup((Node n) -> ("comparison-against-" + productId).equals(n.getId()))
                .queryAs(CheckBox.class);
    }
}
