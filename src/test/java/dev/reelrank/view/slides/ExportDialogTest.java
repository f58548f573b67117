package dev.reelrank.view.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.testing.DefaultLocale;
import dev.reelrank.testing.Dialogs;
import dev.reelrank.testing.Poll;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.view.controls.FieldProblems;
import dev.reelrank.view.settings.ThemeManager;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.settings.Theme;
import dev.reelrank.viewmodel.slides.ExportViewModel;
import dev.reelrank.viewmodel.slides.SlideKind;
import dev.reelrank.viewmodel.slides.SlideTheme;
import dev.reelrank.viewmodel.text.Texts;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The export dialog alone (a component test), over {@link TestProjects#market()}, which has no
 * head-to-head votes: what its lists offer, how a size that cannot be drawn is refused, and what
 * each button hands back.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @RegisterExtension
    static final DefaultLocale LOCALE = DefaultLocale.of(Locale.US);

    private static final Duration WAIT = Duration.ofSeconds(10);

    private ExportViewModel exports;
    private Stage owner;
    private final AtomicReference<ExportDialog.Choice> chosen = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        Texts texts = Texts.english();
        MainViewModel viewModel = new MainViewModel(new ProjectSession(TestProjects.market(), null, texts), texts);
        exports = viewModel.exports();
        exports.start(SlideKind.COST);
        owner = new Stage();
        owner.setScene(new Scene(new StackPane(), 900, 700));
        ThemeManager.style(owner.getScene(), Theme.LIGHT);
        owner.show();
        Platform.runLater(() -> chosen.set(ExportDialog.ask(owner, exports, texts)));
    }

    @AfterEach
    void closeOwner(FxRobot robot) {
        Dialogs.closeWithOwner(robot, owner, "#export-dialog");
    }

    private <T extends Node> T dialogNode(FxRobot robot, String id, Class<T> type) {
        try {
            Poll.until(
                    "the export dialog is shown",
                    () -> robot.lookup(id).tryQuery().isPresent(),
                    WAIT);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return robot.lookup(id).queryAs(type);
    }

    /** What the open list of a combo box shows, as drawn in its cells. */
    private List<String> shownChoices(FxRobot robot, String id) {
        robot.clickOn(dialogNode(robot, id, ComboBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = robot.lookup(".combo-box-popup .list-cell").<ListCell<?>>queryAll().stream()
                .filter(cell -> !cell.isEmpty())
                .map(cell -> cell.getText())
                .toList();
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        return shown;
    }

    /** Labels in the dialog whose drawn text is not their whole text (ellipsized or clipped to fewer lines). */
    private List<String> cutShort(FxRobot robot) {
        Node dialog = dialogNode(robot, "#export-dialog", Node.class);
        return dialog.lookupAll(".label").stream()
                .map(n -> (Label) n)
                .filter(Label::isVisible)
                .filter(label -> !label.getText().isEmpty())
                .filter(label -> {
                    String drawn = label.lookupAll(".text").stream()
                            .filter(t -> t instanceof Text)
                            .map(t -> ((Text) t).getText())
                            .findFirst()
                            .orElse("");
                    return !drawn.replace("\n", " ")
                            .strip()
                            .equals(label.getText().strip());
                })
                .map(Label::getText)
                .toList();
    }

    private Button button(FxRobot robot, String text) {
        dialogNode(robot, "#export-dialog", Node.class);
        return Dialogs.button(robot, text);
    }

    /** Types {@code text} over the field's text and presses Enter, as a user applies a value. */
    private TextField typeInto(FxRobot robot, String id, String text) {
        TextField field = dialogNode(robot, id, TextField.class);
        robot.doubleClickOn(field);
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write(text);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return field;
    }

    @Test
    void theLists_offerTheViewModelsChoices_inWords(FxRobot robot) {
        List<String> charts = shownChoices(robot, "#export-chart");
        assertEquals(exports.kinds().size(), charts.size(), charts.toString());
        assertFalse(
                charts.contains(exports.kindName(SlideKind.HEATMAP)),
                "no heatmap without head-to-head votes: " + charts);
        assertEquals(List.of("Light", "Dark", "Transparent"), shownChoices(robot, "#export-theme"));
        List<String> sizes = shownChoices(robot, "#export-preset");
        assertTrue(sizes.contains("1920 \u00d7 1080"), sizes.toString());
        assertEquals("Custom", sizes.getLast(), sizes.toString());
        for (String scale : List.of("1\u00d7", "2\u00d7", "3\u00d7")) {
            assertTrue(
                    robot.lookup(".toggle-button").queryAllAs(ToggleButton.class).stream()
                            .anyMatch(t -> scale.equals(t.getText())),
                    "a " + scale + " scale button");
        }
    }

    @Test
    void aSizeThatCannotBeDrawn_isRefused_andExportWaitsForOneThatCan(FxRobot robot) {
        robot.clickOn(dialogNode(robot, "#export-preset", ComboBox.class));
        robot.clickOn("Custom");
        WaitForAsyncUtils.waitForFxEvents();

        String width = exports.width().getText();
        TextField widthField = typeInto(robot, "#export-width", "wide");
        assertTrue(FieldProblems.shown(robot).isPresent(), "a width that is not a number is explained");
        assertEquals(width, exports.width().getText(), "and not applied");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(width, widthField.getText(), "Escape gives the field its last good value back");
        assertTrue(
                dialogNode(robot, "#export-dialog", Node.class)
                        .getScene()
                        .getWindow()
                        .isShowing(),
                "Escape in a field with a wrong value leaves the dialog open");

        typeInto(robot, "#export-width", "4000");
        robot.clickOn(dialogNode(robot, "#export-scale-3", Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        Label pixels = dialogNode(robot, "#export-pixels", Label.class);
        assertTrue(pixels.getText().startsWith("The image would be 12000 \u00d7"), pixels.getText());
        assertTrue(button(robot, "Export\u2026").isDisabled(), "no export of a 12000 px image");
        assertTrue(button(robot, "Copy to Clipboard").isDisabled(), "no copy either");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), cutShort(robot), "the warning and every caption show whole");
        Button export = button(robot, "Export\u2026");
        double bottom = export.localToScene(export.getBoundsInLocal()).getMaxY();
        assertTrue(
                bottom <= export.getScene().getHeight(),
                "the buttons stay inside the window: " + bottom + " > "
                        + export.getScene().getHeight());

        robot.clickOn(dialogNode(robot, "#export-scale-2", Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pixels.getText().startsWith("8000 \u00d7"), pixels.getText());
        assertFalse(button(robot, "Export\u2026").isDisabled());
    }

    @Test
    void export_handsBackExport_andTheChoicesStayInTheViewModel(FxRobot robot) throws Exception {
        robot.clickOn(dialogNode(robot, "#export-theme", ComboBox.class));
        robot.clickOn("Dark");
        robot.clickOn(dialogNode(robot, "#export-scale-2", Node.class));
        robot.clickOn(button(robot, "Export\u2026"));
        Poll.until("the dialog answers", () -> chosen.get() != null, WAIT);
        assertEquals(ExportDialog.Choice.EXPORT, chosen.get());
        assertEquals(SlideTheme.DARK, exports.themeProperty().get());
        assertEquals(2, exports.scaleProperty().get());
    }

    @Test
    void escape_handsBackCancel(FxRobot robot) throws Exception {
        robot.clickOn(dialogNode(robot, "#export-title", TextField.class));
        robot.push(KeyCode.ESCAPE);
        Poll.until("the dialog answers", () -> chosen.get() != null, WAIT);
        assertEquals(ExportDialog.Choice.CANCEL, chosen.get());
    }
}
