package dev.reelrank.view.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.testing.DefaultLocale;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.view.products.ProductTableCells;
import dev.reelrank.view.settings.ThemeManager;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.products.ProductRowViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.settings.Theme;
import dev.reelrank.viewmodel.text.Texts;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editing cell alone (a component test, one control on its own stage): a table of one column of
 * prices, each cell a {@link ValidatingTextCell} over the row's amount field. Typed text is checked
 * as it is typed; Enter on wrong text applies nothing and says why under the cell; Escape abandons the
 * draft; right text is applied.
 */
@ExtendWith(ApplicationExtension.class)
class ValidatingTextCellTest {
    @RegisterExtension
    static final DefaultLocale LOCALE = DefaultLocale.of(Locale.US);

    private MainViewModel viewModel;
    private TableView<ProductRowViewModel> table;

    @Start
    void start(Stage stage) {
        Texts texts = Texts.english();
        viewModel = new MainViewModel(new ProjectSession(TestProjects.market(), null, texts), texts);
        table = new TableView<>(viewModel.rows());
        table.setId("products-table");
        table.setEditable(true);
        TableColumn<ProductRowViewModel, String> amount = new TableColumn<>("Amount");
        amount.setId("amount");
        amount.setPrefWidth(160);
        amount.setCellValueFactory(
                row -> new SimpleStringProperty(row.getValue().amount().getText()));
        amount.setCellFactory(column ->
                new ValidatingTextCell<>(ProductRowViewModel::amount, row -> null, FieldFeedback.underTheField(texts)));
        table.getColumns().add(amount);
        stage.setScene(new Scene(table, 400, 300));
        ThemeManager.style(stage.getScene(), Theme.LIGHT);
        stage.show();
    }

    private TableCell<?, ?> cell(FxRobot robot, String productId) {
        return ProductTableCells.cell(robot, table.getScene(), "amount", productId);
    }

    private TextField startEditing(FxRobot robot, String productId, String text) {
        robot.doubleClickOn(cell(robot, productId));
        WaitForAsyncUtils.waitForFxEvents();
        TextField editor = robot.lookup(".cell-editor").queryAs(TextField.class);
        assertNotNull(editor, "double-click opens the cell's editor");
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
        return editor;
    }

    @Test
    void wrongText_isRefusedOnEnter_withItsReasonUnderTheCell_andTheModelKeepsItsValue(FxRobot robot) {
        String before = viewModel.products().row("kling-1.6").amount().getText();
        TextField editor = startEditing(robot, "kling-1.6", "abc");
        assertTrue(FieldProblems.shown(robot).isPresent(), "the problem shows as it is typed");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor.getScene() != null, "still editing after Enter on wrong text");
        assertTrue(
                FieldProblems.shown(robot).orElse("").contains("Not applied"),
                "Enter says nothing was applied: " + FieldProblems.shown(robot));
        assertEquals(before, viewModel.products().row("kling-1.6").amount().getText(), "the model kept its value");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".cell-editor").tryQuery().isPresent(), "Escape leaves the cell");
        assertFalse(FieldProblems.shown(robot).isPresent(), "and its message goes");
        assertEquals(before, viewModel.products().row("kling-1.6").amount().getText());
    }

    @Test
    void rightText_isAppliedOnEnter(FxRobot robot) {
        startEditing(robot, "kling-1.6", "0.2");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".cell-editor").tryQuery().isPresent(), "the editor closes");
        assertEquals("0.2", viewModel.products().row("kling-1.6").amount().getText());
        assertEquals("0.2", ((TableCell<?, ?>) cell(robot, "kling-1.6")).getText(), "the cell shows the new value");
    }

    @Test
    void escape_abandonsTheDraft(FxRobot robot) {
        String before = viewModel.products().row("kling-1.6").amount().getText();
        startEditing(robot, "kling-1.6", "0.9");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, viewModel.products().row("kling-1.6").amount().getText());
        assertEquals(before, ((TableCell<?, ?>) cell(robot, "kling-1.6")).getText());
    }
}
