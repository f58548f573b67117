package dev.reelrank.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.app.ReelRankApp;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.testing.DefaultLocale;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.products.ProductRowViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.CheckBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
 * View > Language rebuilds the window in the other language; what the user typed into the
 * Scenario tab, its zoom switch and the row selected in the products table are still there.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchKeepsStateTest {

    /** The window follows the system's language; these tests read it in English. */
    @RegisterExtension
    static final DefaultLocale LOCALE = DefaultLocale.of(Locale.US);

    @TempDir
    static Path folder;

    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path file = Files.createTempFile(folder, "five", ProjectFiles.EXTENSION);
        ProjectFiles.write(TestProjects.fiveProducts(), file);
        ReelRankApp.openMainWindow(stage, file);
    }

    @Test
    void scenarioInputs_zoom_andTheSelectedRow_surviveSwitchingToChineseAndBack(FxRobot robot) {
        robot.clickOn("#tab-scenario");
        WaitForAsyncUtils.waitForFxEvents();
        typeAndEnter(robot, "#scenario-uploads", "1,000,000");
        typeAndEnter(robot, "#scenario-shares", "5%, 15%");
        typeAndEnter(robot, "#scenario-days", "250");
        robot.clickOn("#scenario-zoom");
        selectRow(robot, "Delta 4");
        List<String> typed = List.of(
                field(robot, "#scenario-uploads"), field(robot, "#scenario-shares"), field(robot, "#scenario-days"));
        assertEquals(List.of("1,000,000", "5 %, 15 %", "250"), typed, "the fields show what was typed");

        robot.clickOn("View").clickOn("Language").clickOn("\u7b80\u4f53\u4e2d\u6587");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("\u89c6\u56fe", menuText(robot), "the window is in Chinese now");
        assertKept(robot, typed, "after switching to Chinese");

        robot.clickOn("\u89c6\u56fe").clickOn("\u8bed\u8a00").clickOn("English");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("View", menuText(robot));
        assertKept(robot, typed, "after switching back to English");
    }

    @Test
    void aNumberTypedButNotYetEntered_isKeptToo(FxRobot robot) {
        robot.clickOn("#tab-scenario");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#scenario-days");
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("200");
        robot.clickOn("View").clickOn("Language").clickOn("\u7b80\u4f53\u4e2d\u6587");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("\u89c6\u56fe", menuText(robot));
        assertEquals("200", field(robot, "#scenario-days"));
    }

    private void assertKept(FxRobot robot, List<String> typed, String when) {
        WindowChecks.afterNextPulse(robot, stage.getScene());
        assertEquals(
                "tab-scenario",
                robot.lookup("#chart-tabs")
                        .queryAs(TabPane.class)
                        .getSelectionModel()
                        .getSelectedItem()
                        .getId(),
                when);
        assertEquals(
                typed,
                List.of(
                        field(robot, "#scenario-uploads"),
                        field(robot, "#scenario-shares"),
                        field(robot, "#scenario-days")),
                when + ": the Scenario inputs");
        CheckBox zoom = robot.lookup("#scenario-zoom").queryAs(CheckBox.class);
        assertTrue(zoom.isSelected(), when + ": the zoom switch");
        TableView<ProductRowViewModel> table = robot.lookup("#products-table").queryTableView();
        ProductRowViewModel selected = table.getSelectionModel().getSelectedItem();
        assertNotNull(selected, when + ": a row is selected");
        assertEquals("delta", selected.id(), when + ": the same row");
        AtomicReference<Boolean> drawnSelected = new AtomicReference<>(false);
        robot.interact(() -> table.lookupAll(".table-row-cell").forEach(node -> {
            TableRow<?> row = (TableRow<?>) node;
            if (row.isVisible()
                    && row.getItem() instanceof ProductRowViewModel item
                    && item.id().equals("delta")
                    && row.isSelected()) {
                drawnSelected.set(true);
            }
        }));
        assertTrue(drawnSelected.get(), when + ": Delta 4's row is drawn selected");
    }

    private void typeAndEnter(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write(text);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    private String menuText(FxRobot robot) {
        return robot.lookup(".menu-bar")
                .queryAs(MenuBar.class)
                .getMenus()
                .get(2)
                .getText();
    }

    private void selectRow(FxRobot robot, String name) {
        TableView<?> table = robot.lookup("#products-table").queryTableView();
        WindowChecks.afterNextPulse(robot, stage.getScene());
        TableCell<?, ?> cell = robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> name.equals(c.getText())
                        && c.isVisible()
                        && c.getTableRow() != null
                        && c.getTableRow().isVisible())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cell shows " + name));
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
