package dev.reelrank.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.Battle;
import dev.reelrank.model.Project;
import dev.reelrank.model.VoteOutcome;
import dev.reelrank.model.blindtest.ScheduledPair;
import dev.reelrank.testing.DefaultLocale;
import dev.reelrank.testing.Poll;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.view.blindtest.BlindTestSetupDialog;
import dev.reelrank.view.settings.ThemeManager;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.settings.Theme;
import dev.reelrank.viewmodel.text.Texts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A blind test end to end in the window, on the committed clips (three products, two prompts): the
 * clips are checked, the test starts, real clips play side by side, the presenter votes with keys
 * and a show of hands, undoes, leaves with Esc, resumes, and reaches the results.
 */
@ExtendWith(ApplicationExtension.class)
class BlindTestWindowTest {
    @RegisterExtension
    static final DefaultLocale LOCALE = DefaultLocale.of(Locale.US);

    private static final Path LIBRARY =
            Path.of("src/test/resources/clips/library").toAbsolutePath();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private MainViewModel viewModel;
    private Stage owner;

    @Start
    void start(Stage stage) {
        Texts texts = Texts.english();
        Project project = TestProjects.market();
        // The window's own background threads: clips are checked off the FX thread, as in the app.
        viewModel = new MainViewModel(
                new ProjectSession(project, null, texts),
                texts,
                new FileProjectStore(),
                dev.reelrank.viewmodel.port.RecentFiles.inMemory(),
                new FxBackgroundWork(),
                new CsvBattleFiles(),
                dev.reelrank.viewmodel.port.UserSettings.inMemory());
        viewModel.useClipLibraries(new FileClipLibraries());
        viewModel.useClipProbe(ClipProbes.media());
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Label("ReelRank")), 800, 600));
        ThemeManager.style(stage.getScene(), Theme.LIGHT);
        stage.show();
    }

    @AfterEach
    void closeScreens(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows())
                .stream().filter(w -> w != owner).forEach(Window::hide));
    }

    private Stage openSetup(FxRobot robot, Path library) throws Exception {
        AtomicReference<Stage> dialog = new AtomicReference<>();
        robot.interact(() -> dialog.set(
                library == null
                        ? BlindTestSetupDialog.show(owner, viewModel)
                        : BlindTestSetupDialog.show(owner, viewModel, library)));
        Poll.until(
                "the six clips are checked",
                () -> robot.lookup("#blind-setup-start").queryButton().isDisabled() == false,
                WAIT);
        return dialog.get();
    }

    private Stage screen() {
        return (Stage) Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().lookup("#blind-test") != null && w.isShowing())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no blind-test screen"));
    }

    private static List<String> drawnWords(Parent root) {
        List<String> words = new ArrayList<>();
        collect(root, words);
        return words;
    }

    private static void collect(Node node, List<String> into) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled
                && labeled.getText() != null
                && !labeled.getText().isBlank()
                && labeled.getOpacity() > 0) {
            into.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    private void pressAndWait(FxRobot robot, KeyCode key, int battles) throws Exception {
        robot.push(key);
        Poll.until(
                battles + " battles recorded and written",
                () -> viewModel.session().project().battles().size() == battles
                        && !viewModel.blindTest().waitingProperty().get(),
                WAIT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theClipsAreChecked_theTestRunsOnKeys_andResumesAfterEsc(FxRobot robot) throws Exception {
        openSetup(robot, LIBRARY);
        assertEquals(6, viewModel.session().project().clipLibrary().clips().size(), "the folder's clips, read");
        List<String> lines = robot.lookup("#blind-setup-clips").queryListView().getItems().stream()
                .map(String::valueOf)
                .toList();
        assertEquals(6, lines.size(), String.valueOf(lines));
        assertTrue(
                lines.contains("p1-city-at-night/kling-1.6.mp4: 2.0 s, 160 \u00d7 90, 24 fps"), String.valueOf(lines));
        assertTrue(
                robot.lookup("#blind-setup-plan")
                        .queryLabeled()
                        .getText()
                        .startsWith(
                                "3 products, 2 prompts: the room votes on 3 pairs of clips; each pair of products meets once"),
                robot.lookup("#blind-setup-plan").queryLabeled().getText());

        robot.clickOn("#blind-setup-start");
        Poll.until(
                "the blind-test screen",
                () -> Window.getWindows().stream()
                        .anyMatch(w -> w.isShowing()
                                && w.getScene() != null
                                && w.getScene().lookup("#blind-test") != null),
                WAIT);
        Stage screen = screen();
        Scene scene = screen.getScene();

        // Real clips play on both sides, side by side at the same size.
        MediaView left = (MediaView) scene.lookup("#blind-a-clip");
        MediaView right = (MediaView) scene.lookup("#blind-b-clip");
        Poll.until(
                "both clips play",
                () -> left.getMediaPlayer() != null
                        && right.getMediaPlayer() != null
                        && left.getMediaPlayer().getStatus() == MediaPlayer.Status.PLAYING
                        && right.getMediaPlayer().getStatus() == MediaPlayer.Status.PLAYING
                        && left.getMediaPlayer().getCurrentTime().toMillis() > 200,
                WAIT);
        AtomicReference<Bounds[]> bounds = new AtomicReference<>();
        robot.interact(() -> bounds.set(
                new Bounds[] {left.localToScene(left.getLayoutBounds()), right.localToScene(right.getLayoutBounds())}));
        assertTrue(bounds.get()[0].getMaxX() <= bounds.get()[1].getMinX(), "A is left of B: " + List.of(bounds.get()));
        assertEquals(bounds.get()[0].getWidth(), bounds.get()[1].getWidth(), 1, "the same size");
        assertEquals(bounds.get()[0].getHeight(), bounds.get()[1].getHeight(), 1, "the same size");
        assertTrue(bounds.get()[0].getWidth() > 300, "clips fill the screen: " + bounds.get()[0]);

        // Blind: nothing on the screen names a product or a file.
        List<String> words = drawnWords(scene.getRoot());
        for (String secret : List.of("Kling", "Veo", "Sora", ".mp4")) {
            assertFalse(words.stream().anyMatch(w -> w.contains(secret)), secret + " shown: " + words);
        }
        assertTrue(words.contains("A") && words.contains("B"), String.valueOf(words));
        assertEquals(
                "Pair 1 of 3", robot.lookup("#blind-progress").queryLabeled().getText());

        ScheduledPair first = viewModel.blindTest().pairProperty().get();
        pressAndWait(robot, KeyCode.DIGIT1, 1);
        Battle voted = viewModel.session().project().battles().getFirst();
        assertEquals(
                List.of(first.left(), first.right(), VoteOutcome.A), List.of(voted.a(), voted.b(), voted.outcome()));
        assertEquals(
                "Pair 2 of 3", robot.lookup("#blind-progress").queryLabeled().getText());
        // The next pair's clips were started while the vote was written: both play, in step.
        Poll.until(
                "the second pair plays",
                () -> left.getMediaPlayer().getStatus() == MediaPlayer.Status.PLAYING
                        && right.getMediaPlayer().getStatus() == MediaPlayer.Status.PLAYING
                        && left.getMediaPlayer().getCurrentTime().toMillis() > 200,
                WAIT);
        AtomicReference<double[]> times = new AtomicReference<>();
        robot.interact(() -> times.set(new double[] {
            left.getMediaPlayer().getCurrentTime().toMillis(),
            right.getMediaPlayer().getCurrentTime().toMillis()
        }));
        assertEquals(times.get()[0], times.get()[1], 150, "A and B start together");

        pressAndWait(robot, KeyCode.Z, 0);
        assertEquals(
                "Pair 1 of 3", robot.lookup("#blind-progress").queryLabeled().getText());

        robot.push(KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        // Typed into the focused field of the room's screen, which TestFX does not find by itself.
        robot.targetWindow(screen).write("A 3 B 1");
        pressAndWait(robot, KeyCode.ENTER, 2);
        assertEquals(
                List.of(3L, 1L),
                viewModel.session().project().battles().stream()
                        .map(Battle::voters)
                        .toList());

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(screen.isShowing(), "Esc leaves");
        assertEquals(2, viewModel.session().project().battles().size(), "the votes stay");

        openSetup(robot, null);
        String id = viewModel.session().project().blindTests().getFirst().id();
        robot.clickOn("#blind-resume-" + id);
        Poll.until(
                "the screen again",
                () -> Window.getWindows().stream()
                        .anyMatch(w -> w.isShowing()
                                && w.getScene() != null
                                && w.getScene().lookup("#blind-test") != null),
                WAIT);
        assertEquals(
                "Pair 2 of 3", robot.lookup("#blind-progress").queryLabeled().getText());

        pressAndWait(robot, KeyCode.RIGHT, 3);
        pressAndWait(robot, KeyCode.T, 4);

        Poll.until("the results", () -> robot.lookup("#blind-results").query().isVisible(), WAIT);
        List<String> results =
                drawnWords((Parent) robot.lookup("#blind-results").query());
        assertTrue(results.getFirst().startsWith("Blind test " + id + ": results"), String.valueOf(results));
        assertTrue(
                results.stream().anyMatch(line -> line.matches("1\\. .+: [\\d,]+ .*votes?")),
                "a rating per product: " + results);
        assertTrue(results.stream().anyMatch(line -> line.contains("seed")), String.valueOf(results));
    }
}
