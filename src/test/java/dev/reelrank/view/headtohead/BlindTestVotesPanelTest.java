package dev.reelrank.view.headtohead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.Battle;
import dev.reelrank.model.BlindTest;
import dev.reelrank.model.BlindTestPrompt;
import dev.reelrank.model.Project;
import dev.reelrank.model.VoteOutcome;
import dev.reelrank.testing.DefaultLocale;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.view.controls.FieldFeedback;
import dev.reelrank.view.settings.ThemeManager;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.headtohead.VoteChoice;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.settings.Theme;
import dev.reelrank.viewmodel.text.Texts;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
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
 * The Votes chooser over the head-to-head grid: a project with typed tallies and a blind test
 * shows either, and the grid and heatmap follow the room's votes as they arrive.
 */
@ExtendWith(ApplicationExtension.class)
class BlindTestVotesPanelTest {
    @RegisterExtension
    static final DefaultLocale LOCALE = DefaultLocale.of(Locale.US);

    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");
    // A blind test is named by when it was made, in the reader's time zone.
    private static final String OFFICE_NAME = "Blind test of "
            + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(Locale.US)
                    .withZone(ZoneId.systemDefault())
                    .format(T0);
    private static final BlindTest OFFICE = new BlindTest(
            "office",
            T0,
            5,
            List.of("alpha", "beta", "gamma"),
            // Five prompts make a schedule of five pairs, so the room has pairs left after the three votes.
            List.of(
                    new BlindTestPrompt("p1", "A city at night"),
                    new BlindTestPrompt("p2", "A cat on a sofa"),
                    new BlindTestPrompt("p3", "Rain on a window"),
                    new BlindTestPrompt("p4", "A chef plating a dish"),
                    new BlindTestPrompt("p5", "A drone over a coastline")));

    private MainViewModel viewModel;
    private HeadToHeadPanel panel;

    private static Battle vote(String a, String b, VoteOutcome outcome, String prompt, int second, long voters) {
        return new Battle("office", a, b, outcome, prompt, T0.plusSeconds(second), voters);
    }

    @Start
    void start(Stage stage) {
        Texts texts = Texts.english();
        // Typed: Alpha 1 beat Beta 2 once in 100. The room: Alpha won 3 of 4 against Beta, over two prompts.
        Project project = TestProjects.headToHeadSpread()
                .withBlindTest(OFFICE)
                .withBattles(List.of(
                        vote("alpha", "beta", VoteOutcome.A, "p1", 10, 1),
                        vote("beta", "alpha", VoteOutcome.B, "p2", 20, 2),
                        vote("beta", "alpha", VoteOutcome.A, "p2", 30, 1)));
        viewModel = new MainViewModel(new ProjectSession(project, null, texts), texts);
        panel = new HeadToHeadPanel(viewModel.headToHead(), texts, FieldFeedback.underTheField(texts));
        viewModel.headToHead().activeProperty().set(true);
        stage.setScene(new Scene(panel, 1280, 700));
        ThemeManager.style(stage.getScene(), Theme.LIGHT);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private void choose(FxRobot robot, String label) {
        ComboBox<VoteChoice> votes = (ComboBox<VoteChoice>) panel.lookup("#h2h-votes");
        robot.clickOn(votes);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(label);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(label, votes.getValue().label());
        assertTrue(votes.isVisible() && votes.getWidth() > 100, "the chooser is drawn: " + votes.getWidth());
    }

    @Test
    void choosingTheBlindTest_showsTheRoomsVotesInTheGridAndHeatmap_thenOnePromptsVotes(FxRobot robot) {
        assertEquals(
                "1", HeadToHeadGridCells.inPanel(robot, panel, "alpha", "beta").getText(), "the typed tallies first");

        choose(robot, OFFICE_NAME + ": all prompts (4 votes)");

        assertEquals(
                "3", HeadToHeadGridCells.inPanel(robot, panel, "alpha", "beta").getText());
        assertEquals(
                "1", HeadToHeadGridCells.inPanel(robot, panel, "beta", "alpha").getText());
        assertEquals(
                "0",
                HeadToHeadGridCells.inPanel(robot, panel, "alpha", "gamma").getText(),
                "the typed 2 wins are not the room's");
        assertTrue(
                HeadToHeadGridCells.heatmapWords(robot, panel, "Alpha 1", "Beta 2")
                        .contains("75 %"),
                "3 of 4: " + HeadToHeadGridCells.heatmapWords(robot, panel, "Alpha 1", "Beta 2"));

        choose(robot, OFFICE_NAME + ": \u201cA cat on a sofa\u201d (3 votes)");

        assertEquals(
                "2", HeadToHeadGridCells.inPanel(robot, panel, "alpha", "beta").getText());
        assertEquals(
                "1", HeadToHeadGridCells.inPanel(robot, panel, "beta", "alpha").getText());
    }

    @Test
    void aRoomsVote_reachesTheGridAtOnce_andTheGridRefusesTyping(FxRobot robot) {
        choose(robot, OFFICE_NAME + ": all prompts (4 votes)");
        Project before = viewModel.session().project();

        robot.doubleClickOn(HeadToHeadGridCells.inPanel(robot, panel, "alpha", "beta"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write("99");
        robot.push(KeyCode.ENTER);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "3", HeadToHeadGridCells.inPanel(robot, panel, "alpha", "beta").getText());
        assertEquals(before.headToHead(), viewModel.session().project().headToHead(), "no tally changed");

        robot.interact(() -> {
            viewModel.blindTest().begin(OFFICE);
            // The schedule's first pair decides who is A; vote for whichever side alpha or beta is.
            var pair = viewModel.blindTest().pairProperty().get();
            viewModel.blindTest().vote(pair.left().equals("gamma") ? VoteOutcome.B : VoteOutcome.A);
        });
        WaitForAsyncUtils.waitForFxEvents();

        long total = viewModel.session().project().battles().stream()
                .mapToLong(Battle::voters)
                .sum();
        assertEquals(5, total);
        @SuppressWarnings("unchecked")
        ComboBox<VoteChoice> votes = (ComboBox<VoteChoice>) panel.lookup("#h2h-votes");
        assertEquals(OFFICE_NAME + ": all prompts (5 votes)", votes.getValue().label());
        long shownAlphaBeta = Long.parseLong(HeadToHeadGridCells.inPanel(robot, panel, "alpha", "beta")
                        .getText())
                + Long.parseLong(HeadToHeadGridCells.inPanel(robot, panel, "beta", "alpha")
                        .getText());
        long shownGamma = Long.parseLong(HeadToHeadGridCells.inPanel(robot, panel, "gamma", "alpha")
                        .getText())
                + Long.parseLong(HeadToHeadGridCells.inPanel(robot, panel, "alpha", "gamma")
                        .getText())
                + Long.parseLong(HeadToHeadGridCells.inPanel(robot, panel, "gamma", "beta")
                        .getText())
                + Long.parseLong(HeadToHeadGridCells.inPanel(robot, panel, "beta", "gamma")
                        .getText());
        assertEquals(5, shownAlphaBeta + shownGamma, "every vote is in the grid");
    }
}
