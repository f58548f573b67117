package dev.reelrank.view.headtohead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.testing.DefaultLocale;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.view.controls.FieldFeedback;
import dev.reelrank.view.settings.ThemeManager;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.settings.Theme;
import dev.reelrank.viewmodel.text.Texts;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
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
 * The head-to-head panel alone (a component test): the vote grid and the heatmap beside it, over
 * {@link TestProjects#headToHeadSpread()}. A count typed into the grid shows in the heatmap at once;
 * the Ties switch shows each pair's ties.
 */
@ExtendWith(ApplicationExtension.class)
class HeadToHeadPanelTest {
    @RegisterExtension
    static final DefaultLocale LOCALE = DefaultLocale.of(Locale.US);

    private MainViewModel viewModel;
    private HeadToHeadPanel panel;

    @Start
    void start(Stage stage) {
        Texts texts = Texts.english();
        viewModel = new MainViewModel(new ProjectSession(TestProjects.headToHeadSpread(), null, texts), texts);
        panel = new HeadToHeadPanel(viewModel.headToHead(), texts, FieldFeedback.underTheField(texts));
        stage.setScene(new Scene(panel, 1200, 600));
        ThemeManager.style(stage.getScene(), Theme.LIGHT);
        stage.show();
    }

    private TableCell<?, ?> gridCell(FxRobot robot, String rowId, String columnProduct) {
        return HeadToHeadGridCells.inPanel(robot, panel, rowId, columnProduct);
    }

    private List<String> heatmapWords(FxRobot robot, String rowName, String columnName) {
        return HeadToHeadGridCells.heatmapWords(robot, panel, rowName, columnName);
    }

    @Test
    void aCountTypedInTheGrid_showsInTheHeatmapAtOnce(FxRobot robot) {
        assertTrue(
                heatmapWords(robot, "Alpha 1", "Beta 2").contains("1 %"),
                "Alpha 1 beat Beta 2 once in 100: " + heatmapWords(robot, "Alpha 1", "Beta 2"));
        robot.doubleClickOn(gridCell(robot, "alpha", "beta"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("99");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("99", gridCell(robot, "alpha", "beta").getText());
        assertTrue(
                heatmapWords(robot, "Alpha 1", "Beta 2").contains("50 %"),
                "99 wins each way is an even share: " + heatmapWords(robot, "Alpha 1", "Beta 2"));
    }

    @Test
    void theTiesSwitch_showsEachPairsTies(FxRobot robot) {
        assertEquals("60", gridCell(robot, "beta", "gamma").getText(), "Beta 2 beat Gamma 3 60 times");
        robot.clickOn("#h2h-ties");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("5", gridCell(robot, "beta", "gamma").getText(), "their 5 ties");
        assertEquals("5", gridCell(robot, "gamma", "beta").getText(), "the pair's ties, either way round");
    }
}
