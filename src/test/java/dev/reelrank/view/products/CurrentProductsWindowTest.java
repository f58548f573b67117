package dev.reelrank.view.products;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.app.ReelRankApp;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.testing.Menus;
import dev.reelrank.testing.Pulses;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.view.charts.DrawnMarks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckMenuItem;
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
 * View → Current Products Only, clicked in the real window, takes Sora (closed in April 2026) off the
 * drawn charts and says so in the footer; clicked again, it brings it back. The test market's Sora
 * closed before the real today, so the window's own clock decides, as it does for a user.
 */
@ExtendWith(ApplicationExtension.class)
class CurrentProductsWindowTest {
    @TempDir
    static Path folder;

    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path file = Files.createTempFile(folder, "market", ProjectFiles.EXTENSION);
        ProjectFiles.write(TestProjects.market(), file);
        ReelRankApp.openMainWindow(stage, file);
    }

    @Test
    void theSwitch_takesDiscontinuedProductsOffTheDrawnCharts_andBringsThemBack(FxRobot robot) {
        List<String> before = drawnCostNames(robot);
        assertTrue(before.stream().anyMatch(name -> name.startsWith("Sora")), before.toString());
        assertFalse(badge(robot).isVisible(), "nothing hidden, nothing said");

        clickSwitch(robot);

        List<String> after = drawnCostNames(robot);
        assertFalse(after.stream().anyMatch(name -> name.startsWith("Sora")), after.toString());
        assertEquals(before.size() - 1, after.size(), "only the discontinued product goes: " + after);
        assertTrue(badge(robot).isVisible());
        assertEquals(
                "Current products only \u00b7 1 discontinued product hidden",
                badge(robot).getText());
        assertTrue(
                stage.getTitle().startsWith("\u2022"),
                "saved with the project, so an unsaved change: " + stage.getTitle());

        clickSwitch(robot);

        assertEquals(before, drawnCostNames(robot));
        assertFalse(badge(robot).isVisible());
    }

    private void clickSwitch(FxRobot robot) {
        CheckMenuItem item = (CheckMenuItem) Menus.item(stage.getScene(), "menu-current-only");
        boolean was = item.isSelected();
        robot.clickOn("View");
        robot.clickOn(item.getText());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(!was, item.isSelected(), "the click toggled the switch");
    }

    private Label badge(FxRobot robot) {
        Pulses.awaitLayout(robot, stage.getScene());
        return (Label) stage.getScene().getRoot().lookup("#hidden-note");
    }

    private List<String> drawnCostNames(FxRobot robot) {
        return DrawnMarks.costChartNames(robot, stage.getScene());
    }
}
