package dev.reelrank.view.products;

import dev.reelrank.testing.Pulses;
import dev.reelrank.viewmodel.products.ProductRowViewModel;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The products table as a user works it: a product's cell, scrolled into view; typing into it. */
public final class ProductTableCells {
    private ProductTableCells() {}

    /** The cell of {@code columnId} in {@code productId}'s row, scrolled into view and laid out. */
    public static TableCell<?, ?> cell(FxRobot robot, Scene scene, String columnId, String productId) {
        TableView<ProductRowViewModel> table =
                robot.from(scene.getRoot()).lookup("#products-table").queryTableView();
        robot.interact(() -> {
            table.getVisibleLeafColumns().stream()
                    .filter(c -> columnId.equals(c.getId()))
                    .findFirst()
                    .ifPresent(table::scrollToColumn);
            table.getItems().stream()
                    .filter(r -> r.id().equals(productId))
                    .findFirst()
                    .ifPresent(
                            row -> ProductTable.reveal(table, table.getItems().indexOf(row)));
        });
        Pulses.awaitLayout(robot, scene);
        return robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId()))
                .filter(c -> c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof ProductRowViewModel row
                        && row.id().equals(productId))
                // The table keeps spare rows hidden, still holding the product they last showed.
                .filter(c -> c.isVisible() && c.getTableRow().isVisible())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + columnId + " cell for " + productId));
    }

    /** Types into a cell as a user does: double-click, select all, type, Enter. */
    public static void type(FxRobot robot, Scene scene, String columnId, String productId, String text) {
        robot.doubleClickOn(cell(robot, scene, columnId, productId));
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write(text);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
