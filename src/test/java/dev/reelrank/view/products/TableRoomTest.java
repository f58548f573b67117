package dev.reelrank.view.products;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.app.ReelRankApp;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.port.UserSettings;
import dev.reelrank.viewmodel.settings.TableRoom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The products table can be put away and brought back, and the window remembers how it was left. */
@ExtendWith(ApplicationExtension.class)
class TableRoomTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private MainViewModel open(FxRobot robot, TableRoom room, boolean chartsFirst) {
        UserSettings settings = UserSettings.inMemory();
        settings.tableRoom(room);
        AtomicReference<MainViewModel> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(ReelRankApp.openMainWindow(stage, null, settings, chartsFirst)));
        WaitForAsyncUtils.waitForFxEvents();
        return opened.get();
    }

    private Node table() {
        return stage.getScene().getRoot().lookup("#products-table");
    }

    @Test
    void aWindowLeftWithTheTablePutAway_opensWithoutIt_andCtrlShiftTBringsItBack(FxRobot robot) throws Exception {
        for (boolean chartsFirst : new boolean[] {false, true}) {
            open(robot, new TableRoom(0.3, false), chartsFirst);
            // The desktop app adds the table after the first frame; give it that frame.
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertNull(table(), "the table stays put away");
            assertTrue(
                    stage.getScene().getRoot().lookupAll(".table-placeholder").isEmpty());
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table() != null);
            assertNotNull(table());
        }
    }

    @Test
    void theTableTakesTheShareItWasLeftWith_andTheDividerIsRemembered(FxRobot robot) {
        MainViewModel viewModel = open(robot, new TableRoom(0.3, true), false);
        SplitPane main = (SplitPane) stage.getScene().getRoot().lookup(".split-pane");
        AtomicReference<Double> chartsShare = new AtomicReference<>();
        robot.interact(() -> chartsShare.set(main.getDividerPositions()[0]));
        assertEquals(0.7, chartsShare.get(), 0.02);
        robot.interact(() -> main.setDividerPositions(0.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.5, viewModel.tableShareProperty().get(), 0.02);
    }
}
