package dev.reelrank.view.products;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.app.ReelRankApp;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.view.WindowChecks;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.headtohead.HeadToHeadRowViewModel;
import dev.reelrank.viewmodel.products.ProductRowViewModel;
import dev.reelrank.viewmodel.settings.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A selected row stays readable, 4.5:1 or better between its text and the colour behind it, with
 * the table focused and after the focus has gone elsewhere, in the light and the dark theme.
 */
@ExtendWith(ApplicationExtension.class)
class SelectedRowContrastTest {
    @TempDir
    static Path folder;

    private Stage stage;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path file = Files.createTempFile(folder, "five", ProjectFiles.EXTENSION);
        ProjectFiles.write(TestProjects.fiveProducts(), file);
        viewModel = ReelRankApp.openMainWindow(stage, file);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void theProductsTable(Theme theme, FxRobot robot) {
        robot.interact(() -> viewModel.themeProperty().set(theme));
        TableView<?> table = robot.lookup("#products-table").queryTableView();
        robot.clickOn(cellShowing(robot, table, "Gamma 3"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.isFocused(), "clicking a row focuses the table");
        assertReadable(robot, table, theme + ", table focused");
        moveFocusAway(robot);
        assertFalse(table.isFocused());
        assertReadable(robot, table, theme + ", focus elsewhere");
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void theHeadToHeadGrid(Theme theme, FxRobot robot) {
        robot.interact(() -> viewModel.themeProperty().set(theme));
        robot.clickOn("#tab-head-to-head");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> grid = robot.lookup("#h2h-grid").queryTableView();
        robot.clickOn(cellShowing(robot, grid, "Beta 2"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(grid.isFocused(), "clicking a row focuses the grid");
        assertReadable(robot, grid, theme + ", grid focused");
        moveFocusAway(robot);
        assertFalse(grid.isFocused());
        assertReadable(robot, grid, theme + ", focus elsewhere");
    }

    private void moveFocusAway(FxRobot robot) {
        robot.interact(
                () -> stage.getScene().getRoot().lookup("#display-currency").requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node cellShowing(FxRobot robot, TableView<?> table, String text) {
        WindowChecks.afterNextPulse(robot, stage.getScene());
        return robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> text.equals(c.getText())
                        && c.isVisible()
                        && c.getTableRow() != null
                        && c.getTableRow().isVisible())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cell shows " + text));
    }

    private void assertReadable(FxRobot robot, TableView<?> table, String when) {
        WindowChecks.afterNextPulse(robot, stage.getScene());
        AtomicReference<List<String>> problems = new AtomicReference<>();
        AtomicReference<Integer> checked = new AtomicReference<>(0);
        robot.interact(() -> {
            List<String> found = new ArrayList<>();
            int count = 0;
            for (Node node : table.lookupAll(".table-cell")) {
                TableCell<?, ?> cell = (TableCell<?, ?>) node;
                TableRow<?> row = cell.getTableRow();
                if (row == null
                        || !row.isVisible()
                        || !row.isSelected()
                        || !cell.isVisible()
                        || cell.getText() == null
                        || cell.getText().isBlank()
                        || !(row.getItem() instanceof ProductRowViewModel
                                || row.getItem() instanceof HeadToHeadRowViewModel)) {
                    continue;
                }
                count++;
                Color text = (Color) cell.getTextFill();
                Color behind = WindowChecks.colourBehind(cell);
                double ratio = WindowChecks.contrast(text, behind);
                if (ratio < 4.5) {
                    found.add(String.format(
                            Locale.ROOT, "\"%s\": %s on %s is %.2f:1", cell.getText(), text, behind, ratio));
                }
            }
            problems.set(found);
            checked.set(count);
        });
        assertTrue(checked.get() >= 1, when + ": the selected row shows text");
        assertTrue(problems.get().isEmpty(), when + ":\n  " + String.join("\n  ", problems.get()));
    }
}
