package dev.reelrank.view.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.app.ReelRankApp;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.RatingSource;
import dev.reelrank.model.TrendMetric;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A project with about 250 products, most of them on no published board (as after importing many
 * pairs of unknown names): the charts' notes name a few products and count the rest, and a note
 * never grows over the chart's title and controls or squeezes its plot, in a 1280×800 window.
 */
@ExtendWith(ApplicationExtension.class)
class LongChartNotesTest {
    /** Below this the plot of a chart is no longer readable. */
    private static final double MIN_PLOT_HEIGHT = 150;

    @TempDir
    static Path folder;

    private MainViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        Path file = Files.createTempFile(folder, "many", ProjectFiles.EXTENSION);
        ProjectFiles.write(TestProjects.manyMostlyUnlisted(), file);
        // The window opens at its default 1280×800 (Monocle's screen is as big). Resizing the stage here
        // would keep that size for the tests that run after this one in the same JVM.
        viewModel = ReelRankApp.openMainWindow(stage, file);
        this.stage = stage;
    }

    @Test
    void theRatingNote_namesAFew_andLeavesTheControlsAndThePlotAlone(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1280, stage.getScene().getWidth(), 1);
        assertEquals(800, stage.getScene().getHeight(), 1);
        assertEquals(
                RatingSource.PUBLISHED,
                viewModel.ratingChart().ratings().sourceProperty().get());
        Label note = robot.lookup("#rating-source-note").queryAs(Label.class);

        Node board = robot.lookup("#rating-board").query();
        Node headToHead = robot.lookup("#source-head-to-head").query();
        Node title = robot.lookup("#rating-chart-panel .chart-title").query();
        for (Node control : List.of(board, headToHead, title)) {
            assertTrue(control.isVisible(), control.getId() + " is shown");
            assertFalse(
                    scene(control).intersects(scene(note)),
                    control + " at " + scene(control) + " is not under the note at " + scene(note));
            assertTrue(scene(control).getMinY() >= 0, control + " is inside the window: " + scene(control));
        }
        assertTrue(scene(note).getMinY() >= scene(headToHead).getMaxY(), "the note is below the controls");
        Bounds plot = scene(robot.lookup("#rating-chart").query());
        assertTrue(plot.getHeight() >= MIN_PLOT_HEIGHT, "the plot keeps its room: " + plot);
        Node panel = robot.lookup("#rating-chart-panel").query();
        assertTrue(
                scene(note).getMaxY() <= scene(panel.getParent()).getMaxY() + 1,
                "the note stays inside its area: " + scene(note) + " in " + scene(panel.getParent()));

        assertTrue(note.getText().contains("and 240 more"), shortened(note.getText()));
        assertFalse(note.getText().contains("Product number 200"), shortened(note.getText()));
        robot.moveTo(note);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                note.getTooltip() != null && note.getTooltip().getText().equals(note.getText()),
                "the whole note in a tooltip");

        robot.clickOn(headToHead);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                RatingSource.HEAD_TO_HEAD,
                viewModel.ratingChart().ratings().sourceProperty().get(),
                "a click on Head-to-head switches the source");
    }

    @Test
    void theTrendNote_namesAFew_andLeavesThePlotItsRoom(FxRobot robot) {
        TabPane tabs = robot.lookup("#chart-tabs").queryAs(TabPane.class);
        Tab trend = tabs.getTabs().stream()
                .filter(t -> "tab-trend".equals(t.getId()))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(trend));
        WaitForAsyncUtils.waitForFxEvents();
        Label note = robot.lookup("#trend-note").queryAs(Label.class);
        Node metric = robot.lookup("#trend-cost").query();
        assertFalse(scene(metric).intersects(scene(note)), "the switch is not under the note");
        assertTrue(scene(metric).getMinY() >= 0, "the switch is inside the window: " + scene(metric));
        Bounds plot = scene(robot.lookup("#trend-chart").query());
        assertTrue(plot.getHeight() >= MIN_PLOT_HEIGHT, "the plot keeps its room: " + plot);
        assertTrue(note.getText().contains("and 240 more"), shortened(note.getText()));
        assertFalse(note.getText().contains("Product number 200"), shortened(note.getText()));
        robot.clickOn(metric);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                TrendMetric.COST_PER_MINUTE,
                viewModel.trendChart().metricProperty().get());
    }

    private static String shortened(String text) {
        return text.length() + " characters: " + text.substring(0, Math.min(text.length(), 300)) + "…";
    }

    private static Bounds scene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }
}
