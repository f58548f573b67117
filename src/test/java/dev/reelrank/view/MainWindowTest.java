package dev.reelrank.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.app.ReelRankApp;
import dev.reelrank.viewmodel.ProductRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real main window headless (Monocle) and reads what a user would see. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ReelRankApp.openMainWindow(stage, null);
    }

    @Test
    void opensOnTheDefaultDataset_withTheProductNamesInTheTable(FxRobot robot) {
        assertEquals("ReelRank", stage.getTitle());
        TableView<ProductRow> table = robot.lookup("#products-table").queryTableView();
        List<String> names = robot.lookup("#products-table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.getTableColumn() != null && "column-name".equals(cell.getTableColumn().getId()))
                .map(TableCell::getText).filter(text -> text != null && !text.isEmpty()).toList();
        assertEquals(List.of("Kling 1.0", "Kling 1.5", "Kling 1.6", "Veo 2", "Sora", "Runway Gen-3 Alpha",
                "Pika 1.5", "MiniMax Hailuo", "Meta Movie Gen"), names);
        assertEquals(9, table.getItems().size());
    }

    @Test
    void chineseNames_renderInTheBundledFont(FxRobot robot) {
        TableCell<?, ?> kling = robot.lookup("#products-table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> "可灵 1.6".equals(cell.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no cell shows 可灵 1.6"));
        assertEquals(Fonts.FAMILY, kling.getFont().getFamily());
    }

    @Test
    void sampleData_isLabelledInTheWindow(FxRobot robot) {
        Label note = robot.lookup("#sample-note").queryAs(Label.class);
        assertTrue(note.isVisible());
        assertTrue(note.getText().startsWith("Vote counts are sample data"));
        assertTrue(robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .anyMatch(cell -> "1,240 / 610 / 150 (sample)".equals(cell.getText())));
    }

    @Test
    void aBadFile_opensTheDefaultDataset_andExplainsInADialog(FxRobot robot) throws Exception {
        Path bad = Files.createTempFile("bad", ".reelrank.json");
        Files.writeString(bad, "{\"format\": 9}");
        robot.interact(() -> ReelRankApp.openMainWindow(new Stage(), bad));
        WaitForAsyncUtils.waitForFxEvents();
        List<Window> dialogs = robot.listTargetWindows().stream()
                .filter(w -> w instanceof Stage s && "Could not open the project".equals(s.getTitle())).toList();
        assertEquals(1, dialogs.size());
        assertTrue(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText()
                .contains("unsupported format version 9"));
        assertEquals("{\"format\": 9}", Files.readString(bad), "the file is left as it was");
        Files.delete(bad);
    }
}
