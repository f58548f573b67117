package dev.reelrank.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.app.ReelRankApp;
import dev.reelrank.io.BuiltInDataset;
import dev.reelrank.model.ChartStyle;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.testing.Menus;
import dev.reelrank.testing.Pulses;
import dev.reelrank.view.charts.DrawnMarks;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.port.BuiltInView;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The two built-in views, as a user meets them: the window opens on today's market and says so
 * with its date under the toolbar, a click on the link shows the article's comparison of early
 * 2025 (its products on the drawn chart), the View menu brings today's market back, and a view
 * saved to a file is the user's own project, no longer announced as built in.
 */
@ExtendWith(ApplicationExtension.class)
class BuiltInViewsWindowTest {
    @TempDir
    Path folder;

    private Stage stage;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewModel = ReelRankApp.openMainWindow(stage, null);
    }

    @Test
    void theWindowOffersBothDatedViews_andSwitchesBetweenThem(FxRobot robot) throws Exception {
        assertTrue(bar(robot).isVisible());
        assertEquals(
                "Built-in view: Today's market (late 2026) \u2014 prices, dates and published ratings as found on "
                        + "Nov 29, 2026.",
                note(robot).getText());
        assertEquals(
                BuiltInView.TODAY.projectName(), viewModel.projectNameProperty().get());
        assertEquals(
                BuiltInDataset.TODAY.load().name(), BuiltInView.TODAY.projectName(), "the window knows it by name");
        assertEquals(BuiltInDataset.ARTICLE.load().name(), BuiltInView.ARTICLE.projectName());
        Set<String> today = Set.copyOf(drawnCostNames(robot));
        assertEquals(shownNames(BuiltInDataset.TODAY.load()), today, "the products today's market shows are drawn");

        robot.clickOn(link(robot));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(
                BuiltInView.ARTICLE.projectName(),
                viewModel.projectNameProperty().get());
        assertTrue(
                note(robot)
                        .getText()
                        .startsWith("Built-in view: The article's comparison (early 2025) \u2014 "
                                + "the source article's figures of March 2025"),
                note(robot).getText());
        Set<String> article = Set.copyOf(drawnCostNames(robot));
        assertEquals(shownNames(BuiltInDataset.ARTICLE.load()), article, "the article's products are drawn");
        assertNotEquals(today, article);
        assertEquals("Show Today's market (late 2026)", link(robot).getText());

        var todayItem = (CheckMenuItem) Menus.item(stage.getScene(), "menu-builtin-today");
        var articleItem = (CheckMenuItem) Menus.item(stage.getScene(), "menu-builtin-article");
        assertTrue(articleItem.isSelected() && !todayItem.isSelected(), "the menu ticks the view shown");
        robot.interact(todayItem::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(todayItem.isSelected() && !articleItem.isSelected());
        assertEquals(
                BuiltInView.TODAY.projectName(), viewModel.projectNameProperty().get());

        Path saved = folder.resolve("mine.reelrank.json");
        robot.interact(() -> viewModel.files().saveAs(saved, () -> {}));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(bar(robot).isVisible(), "saved to a file, it is the user's project");
    }

    private static Set<String> shownNames(Project project) {
        return project.products().stream()
                .filter(p -> p.chart().map(ChartStyle::shown).orElse(true))
                .map(Product::name)
                .collect(Collectors.toSet());
    }

    private Node bar(FxRobot robot) {
        Pulses.awaitLayout(robot, stage.getScene());
        return stage.getScene().getRoot().lookup(".builtin-bar");
    }

    private Label note(FxRobot robot) {
        Pulses.awaitLayout(robot, stage.getScene());
        return (Label) stage.getScene().getRoot().lookup("#builtin-note");
    }

    private Hyperlink link(FxRobot robot) {
        Pulses.awaitLayout(robot, stage.getScene());
        return (Hyperlink) stage.getScene().getRoot().lookup("#builtin-other");
    }

    private List<String> drawnCostNames(FxRobot robot) {
        return DrawnMarks.costChartNames(robot, stage.getScene());
    }
}
