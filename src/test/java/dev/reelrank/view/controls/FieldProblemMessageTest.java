package dev.reelrank.view.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.app.ReelRankApp;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.testing.DefaultLocale;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.view.WindowChecks;
import dev.reelrank.view.products.ProductTableCells;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.settings.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Text that is refused says why right under the field being typed into, readable, and Enter on it
 * says that it was not applied, there and in the status line. Esc takes the message away.
 */
@ExtendWith(ApplicationExtension.class)
class FieldProblemMessageTest {

    /** The window follows the system's language; these tests read it in English. */
    @RegisterExtension
    static final DefaultLocale LOCALE = DefaultLocale.of(Locale.US);

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

    @Test
    void aPriceCell_saysWhyUnderTheCell_andEnterSaysNotApplied(FxRobot robot) {
        robot.doubleClickOn(cell(robot, "column-amount", "gamma"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("abc");
        WaitForAsyncUtils.waitForFxEvents();
        TextField editor = robot.lookup(".cell-editor").queryAs(TextField.class);
        assertNotNull(editor);
        Label message = shownMessage(robot);
        assertNotNull(message, "a message is shown while the text is wrong");
        assertTrue(message.getText().contains("\u201cabc\u201d is not a number"), message.getText());
        assertUnder(robot, message, editor);
        assertReadable(robot, message, "light");

        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup(".cell-editor").tryQuery().orElse(null), "still editing after Enter");
        message = shownMessage(robot);
        assertNotNull(message, "the message stays after Enter");
        assertTrue(message.getText().contains("Not applied"), "Enter says it was not applied: " + message.getText());
        assertUnder(robot, message, editor);
        Label status = robot.lookup("#status-message").queryAs(Label.class);
        assertTrue(status.getText().startsWith("Not applied"), status.getText());
        assertTrue(status.getText().contains("\u201cabc\u201d is not a number"), status.getText());
        assertTrue(status.getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("problem")));
        assertEquals("2", viewModel.products().row("gamma").amount().getText(), "the model kept its value");

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(shownMessage(robot), "Esc takes the message away");
        assertFalse(status.getText().contains("abc"), "and the status line forgets it: " + status.getText());
        assertEquals("2", cell(robot, "column-amount", "gamma").getText());
    }

    @Test
    void aVoteCell_inTheDarkTheme_isReadableToo(FxRobot robot) {
        robot.interact(() -> viewModel.themeProperty().set(Theme.DARK));
        robot.doubleClickOn(cell(robot, "column-wins", "beta"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("-5");
        WaitForAsyncUtils.waitForFxEvents();
        Label message = shownMessage(robot);
        assertNotNull(message);
        assertTrue(message.getText().contains("cannot be negative"), message.getText());
        assertUnder(robot, message, robot.lookup(".cell-editor").queryAs(TextField.class));
        assertReadable(robot, message, "dark");
        robot.write("0");
        robot.push(KeyCode.BACK_SPACE);
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("650");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(shownMessage(robot), "good text, no message");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("650", viewModel.products().row("beta").wins().getText());
    }

    @Test
    void aScenarioField_saysWhyUnderIt_andEnterSaysNotApplied(FxRobot robot) {
        robot.clickOn("#tab-scenario");
        WaitForAsyncUtils.waitForFxEvents();
        TextField days = robot.lookup("#scenario-days").queryAs(TextField.class);
        robot.clickOn(days);
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("400");
        WaitForAsyncUtils.waitForFxEvents();
        Label message = shownMessage(robot);
        assertNotNull(message, "a message is shown while the text is wrong");
        assertUnder(robot, message, days);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        message = shownMessage(robot);
        assertNotNull(message);
        assertTrue(message.getText().contains("Not applied"), message.getText());
        Label status = robot.lookup("#status-message").queryAs(Label.class);
        assertTrue(status.getText().startsWith("Not applied"), status.getText());
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(shownMessage(robot));
        assertEquals("365", days.getText());
    }

    /** The message label of a refused entry, if one is showing anywhere. */
    private Label shownMessage(FxRobot robot) {
        WindowChecks.afterNextPulse(robot, stage.getScene());
        AtomicReference<Label> found = new AtomicReference<>();
        robot.interact(() -> {
            for (Window window : Window.getWindows()) {
                if (window.isShowing()
                        && window.getScene() != null
                        && window.getScene().getRoot() != null
                        && window.getScene().getRoot().lookup(".field-problem") instanceof Label label
                        && label.isVisible()
                        && label.getText() != null
                        && !label.getText().isBlank()) {
                    found.set(label);
                }
            }
        });
        return found.get();
    }

    /** Its top edge just below the field's bottom edge, its left edge near the field's. */
    private void assertUnder(FxRobot robot, Label message, Node field) {
        AtomicReference<Bounds> m = new AtomicReference<>();
        AtomicReference<Bounds> f = new AtomicReference<>();
        robot.interact(() -> {
            m.set(message.localToScreen(message.getLayoutBounds()));
            f.set(field.localToScreen(field.getLayoutBounds()));
        });
        String where = "message " + m.get() + ", field " + f.get();
        assertTrue(
                m.get().getMinY() >= f.get().getMaxY() - 1
                        && m.get().getMinY() <= f.get().getMaxY() + 12,
                "right under the field: " + where);
        assertTrue(Math.abs(m.get().getMinX() - f.get().getMinX()) <= 24, "lined up with the field: " + where);
        assertTrue(m.get().getHeight() >= 14, "a line of text tall: " + where);
    }

    private void assertReadable(FxRobot robot, Label message, String theme) {
        AtomicReference<Double> ratio = new AtomicReference<>();
        AtomicReference<String> what = new AtomicReference<>();
        robot.interact(() -> {
            Color text = (Color) message.getTextFill();
            Color behind = WindowChecks.colourBehind(message);
            ratio.set(WindowChecks.contrast(text, behind));
            what.set(text + " on " + behind + ", " + message.getFont());
            assertTrue(message.getFont().getSize() >= 12, "at least 12 px: " + message.getFont());
        });
        assertTrue(ratio.get() >= 4.5, theme + ": " + what.get() + " is " + ratio.get() + ":1");
    }

    private TableCell<?, ?> cell(FxRobot robot, String columnId, String productId) {
        return ProductTableCells.cell(robot, stage.getScene(), columnId, productId);
    }
}
