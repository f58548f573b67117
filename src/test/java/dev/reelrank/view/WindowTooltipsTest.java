package dev.reelrank.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.reelrank.app.ReelRankApp;
import dev.reelrank.viewmodel.MainViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's tooltips are made when the pointer first comes over their control (not with the
 * window), and then say what a tooltip made up front would: the words it follows, as they change.
 * The export spinner comes with the first export.
 */
@ExtendWith(ApplicationExtension.class)
class WindowTooltipsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theStatusLinesTooltip_isMadeOnHover_onlyWhenTheLineIsCut(FxRobot robot) throws Exception {
        AtomicReference<MainViewModel> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(ReelRankApp.openMainWindow(stage, null)));
        MainViewModel viewModel = opened.get();
        robot.interact(() -> viewModel.reportProblem("Not applied: the price is not a number"));
        Control status = robot.lookup("#status-message").queryAs(Control.class);
        Control present = robot.lookup("#present-button").queryAs(Control.class);
        assertNull(status.getTooltip(), "no popup window is made before the pointer comes");

        robot.moveTo(status);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(status.getTooltip(), "a line shown whole needs no tooltip repeating it");

        // Longer than any window is wide: drawn ending in "…", whole in the tooltip.
        String longLine = "Not applied: " + "the price is not a number; ".repeat(20) + "end";
        robot.moveTo(present);
        robot.interact(() -> viewModel.reportProblem(longLine));
        robot.moveTo(status);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.getTooltip() != null);
        assertEquals(longLine, status.getTooltip().getText());

        robot.moveTo(present);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> present.getTooltip() != null);
        assertEquals(
                viewModel.texts().get("toolbar.presentTip"),
                present.getTooltip().getText());
    }

    @Test
    void whileAnImageIsExported_aSpinnerAndCancelShow_andGoAfterwards(FxRobot robot, @TempDir Path folder) {
        AtomicReference<MainViewModel> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(ReelRankApp.openMainWindow(stage, null)));
        MainViewModel viewModel = opened.get();
        assertNull(stage.getScene().lookup(".export-progress"), "the spinner is made at the first export");
        List<Boolean> shownWhileEncoding = new ArrayList<>();
        // The window's background work runs at once here, so the image is encoded inside save().
        robot.interact(() -> viewModel
                .exports()
                .save(
                        folder.resolve("cost.png"),
                        () -> {
                            shownWhileEncoding.add(shown(".export-progress"));
                            shownWhileEncoding.add(shown("#cancel-export"));
                            return new byte[] {1, 2, 3};
                        },
                        () -> {}));
        assertEquals(List.of(true, true), shownWhileEncoding);
        assertFalse(shown(".export-progress"));
        assertFalse(shown("#cancel-export"));
    }

    private boolean shown(String selector) {
        Node node = stage.getScene().lookup(selector);
        return node != null && node.isVisible() && node.isManaged();
    }
}
