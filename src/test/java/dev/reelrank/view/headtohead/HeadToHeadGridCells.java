package dev.reelrank.view.headtohead;

import dev.reelrank.testing.Pulses;
import dev.reelrank.viewmodel.headtohead.HeadToHeadRowViewModel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The head-to-head vote grid as a user works it: a pair's cell, scrolled into view. */
public final class HeadToHeadGridCells {
    private HeadToHeadGridCells() {}

    /** The grid cell of {@code rowId} against {@code columnProduct} in a head-to-head panel. */
    @SuppressWarnings("unchecked")
    public static TableCell<?, ?> inPanel(FxRobot robot, Node panel, String rowId, String columnProduct) {
        return cell(
                robot, (TableView<HeadToHeadRowViewModel>) panel.lookup("#h2h-grid"), rowId, "h2h-" + columnProduct);
    }

    /** The words drawn in a head-to-head panel's heatmap cell, after a layout pulse. */
    public static List<String> heatmapWords(FxRobot robot, Node panel, String rowName, String columnName) {
        Pulses.awaitLayout(robot, panel.getScene());
        AtomicReference<List<String>> words = new AtomicReference<>();
        robot.interact(() -> words.set(DrawnHeatmap.cells((GridPane) panel.lookup("#h2h-heatmap")).stream()
                .filter(c -> c.rowName().equals(rowName) && c.columnName().equals(columnName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no heatmap cell " + rowName + " vs " + columnName))
                .words()));
        return words.get();
    }

    /** The cell in {@code rowId}'s row and the column {@code columnId} ("h2h-" and the product's id). */
    public static TableCell<?, ?> cell(
            FxRobot robot, TableView<HeadToHeadRowViewModel> grid, String rowId, String columnId) {
        robot.interact(() -> {
            grid.getVisibleLeafColumns().stream()
                    .filter(c -> columnId.equals(c.getId()))
                    .findFirst()
                    .ifPresent(grid::scrollToColumn);
            grid.getItems().stream()
                    .filter(r -> r.id().equals(rowId))
                    .findFirst()
                    .ifPresent(grid::scrollTo);
        });
        // The table makes the scrolled-to cells in its next layout pulse, which a busy machine can delay.
        try {
            WaitForAsyncUtils.waitFor(
                    5,
                    TimeUnit.SECONDS,
                    () -> find(robot, grid, rowId, columnId).isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("no grid cell " + rowId + "/" + columnId + " within 5 s");
        }
        return find(robot, grid, rowId, columnId).orElseThrow();
    }

    private static Optional<TableCell<?, ?>> find(
            FxRobot robot, TableView<HeadToHeadRowViewModel> grid, String rowId, String columnId) {
        return robot.from(grid).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId()))
                .filter(c -> c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof HeadToHeadRowViewModel row
                        && row.id().equals(rowId)
                        && c.isVisible())
                .<TableCell<?, ?>>map(c -> c)
                .findFirst();
    }
}
