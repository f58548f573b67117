package dev.reelrank.view.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.app.ReelRankApp;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.Leaderboard;
import dev.reelrank.testing.Pulses;
import dev.reelrank.testing.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The rating chart on published leaderboard scores, read from what is drawn: the names on the
 * axis top first, the value labels, the whiskers of published intervals, and that a board's
 * chart holds that board's scores only.
 */
@ExtendWith(ApplicationExtension.class)
class PublishedRatingChartTest {
    @TempDir
    static Path folder;

    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path file = Files.createTempFile(folder, "published", ProjectFiles.EXTENSION);
        ProjectFiles.write(TestProjects.publishedMarket(), file);
        ReelRankApp.openMainWindow(stage, file);
    }

    @Test
    void byDefault_theChartShowsTheBoardRatingTheMostShownProducts(FxRobot robot) {
        assertEquals(List.of("Veo 2", "Kling 1.6", "Kling 1.5", "Sora", "Kling 1.0"), read(robot, this::names));
        assertEquals(
                List.of(
                        "1,180  #1",
                        "1,150  #2",
                        "1,120  #3",
                        "1,090  #4\u2002\u00b7 discontinued Apr 2026",
                        "not on this board"),
                read(robot, this::values));
        assertEquals(
                List.of(false, false, false, false, false),
                read(robot, this::whiskers),
                "Artificial Analysis publishes no intervals here: points alone");
        String note = read(robot, panel -> ((Label) panel.lookup("#rating-source-note")).getText());
        assertTrue(
                note.contains("Artificial Analysis text-to-video") && note.contains("Not on this board: Kling 1.0"),
                note);
        assertNoDrawingProblems(robot);
    }

    @Test
    void choosingAnotherBoard_drawsItsScoresAndPublishedIntervals(FxRobot robot) {
        choose(robot, Leaderboard.LMARENA_TEXT_TO_VIDEO);
        assertEquals(List.of("Veo 2", "Kling 1.6", "Sora", "Kling 1.0", "Kling 1.5"), read(robot, this::names));
        assertEquals(List.of(true, true, true, false, false), read(robot, this::whiskers));
        assertEquals(
                "Published rating: LMArena text-to-video",
                read(robot, panel -> ((Label) panel.lookup(".chart-title")).getText()));
        assertNoDrawingProblems(robot);
    }

    @Test
    void aTextToVideoBoard_andAnImageToVideoBoard_areNeverMixed(FxRobot robot) {
        List<String> textLabels = read(robot, this::values);
        choose(robot, Leaderboard.ARTIFICIAL_ANALYSIS_IMAGE_TO_VIDEO);
        // Image-to-video: Kling 1.6 on top (1,200), Veo 2 at 1,050, and nobody else rated: not Kling 1.5's
        // text-to-video 1,120, nor its image-to-video score dated after today.
        assertEquals(List.of("Kling 1.6", "Veo 2", "Kling 1.0", "Kling 1.5", "Sora"), read(robot, this::names));
        assertEquals(
                List.of("1,200  #1", "1,050  #2", "not on this board", "not on this board", "not on this board"),
                read(robot, this::values));
        assertFalse(textLabels.contains("1,200  #1"));
        assertNoDrawingProblems(robot);
        robot.clickOn("#source-aggregate");
        WaitForAsyncUtils.waitForFxEvents();
        boolean boardShown = read(robot, panel -> panel.lookup("#rating-board").isVisible());
        assertFalse(boardShown, "the board choice goes with Published");
        robot.clickOn("#source-published");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                List.of("Kling 1.6", "Veo 2", "Kling 1.0", "Kling 1.5", "Sora"),
                read(robot, this::names),
                "back on the board last chosen");
    }

    private void choose(FxRobot robot, Leaderboard board) {
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Leaderboard> boards =
                    (ComboBox<Leaderboard>) stage.getScene().lookup("#rating-board");
            assertNotNull(boards);
            assertTrue(boards.isVisible());
            boards.getSelectionModel().select(board);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> names(RatingChartPanel panel) {
        return DrawnMarks.tickLabels(panel.chart().productAxis()).stream()
                .map(t -> t.getText())
                .toList();
    }

    /** The value labels in the order of the drawn names. */
    private List<String> values(RatingChartPanel panel) {
        return panel.wantedBars().stream()
                .map(bar -> {
                    var label = panel.chart().valueLabelOf(bar.productId());
                    return label == null ? null : label.getText();
                })
                .toList();
    }

    /** Whether each bar, top first, has a visible interval whisker. */
    private List<Boolean> whiskers(RatingChartPanel panel) {
        return panel.wantedBars().stream()
                .map(bar -> {
                    var whisker = panel.chart().whiskerOf(bar.productId());
                    return whisker != null && whisker.isVisible();
                })
                .toList();
    }

    private <T> T read(FxRobot robot, Function<RatingChartPanel, T> what) {
        Pulses.awaitLayout(robot, stage.getScene());
        AtomicReference<T> result = new AtomicReference<>();
        robot.interact(
                () -> result.set(what.apply((RatingChartPanel) stage.getScene().lookup("#rating-chart-panel"))));
        return result.get();
    }

    private void assertNoDrawingProblems(FxRobot robot) {
        List<String> problems = read(robot, panel -> DrawnMarks.problems(panel.chart(), panel.wantedBars()));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
