package dev.reelrank.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.Battle;
import dev.reelrank.model.Project;
import dev.reelrank.model.VoteOutcome;
import dev.reelrank.model.blindtest.ScheduledPair;
import dev.reelrank.testing.DefaultLocale;
import dev.reelrank.testing.OwnerWindow;
import dev.reelrank.testing.Poll;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.view.blindtest.BlindTestSetupDialog;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
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
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
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
    /** Checking six or eight clips: room for one player that never answers and is followed by a second. */
    private static final Duration CHECKED = ClipProbes.TIMEOUT.multipliedBy(2).plus(WAIT);

    private MainViewModel viewModel;
    private Stage owner;

    @TempDir
    Path folder;

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
        owner = OwnerWindow.show(stage);
    }

    @AfterEach
    void closeScreens(FxRobot robot) {
        OwnerWindow.closeOthers(robot, owner);
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
                CHECKED);
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

    private static Bounds onScreen(FxRobot robot, Node node) {
        AtomicReference<Bounds> bounds = new AtomicReference<>();
        robot.interact(() -> bounds.set(node.localToScene(node.getLayoutBounds())));
        return bounds.get();
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

    /** A copy of the committed library in the test's folder, to change without touching the committed clips. */
    private Path copyOfLibrary(String name) throws IOException {
        Path copy = folder.resolve(name);
        try (var files = Files.walk(LIBRARY)) {
            for (Path from : files.toList()) {
                Path to = copy.resolve(LIBRARY.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return copy;
    }

    /** The committed library with a fourth product, pika-2, that the project does not hold. */
    private Path libraryWithAnUnknownProduct() throws IOException {
        Path copy = copyOfLibrary("library");
        try (var files = Files.walk(copy)) {
            for (Path sora : files.filter(f -> f.getFileName().toString().equals("sora.mp4"))
                    .toList()) {
                Files.copy(sora, sora.resolveSibling("pika-2.mp4"));
            }
        }
        return copy;
    }

    /** Opens the setup on that library and answers the question about pika-2 with {@code button}. */
    private void answerTheQuestionAboutPika(FxRobot robot, String button) throws Exception {
        Path library = libraryWithAnUnknownProduct();
        robot.interact(() -> BlindTestSetupDialog.show(owner, viewModel, library));
        Poll.until(
                "the question about the unknown product",
                () -> Window.getWindows().stream()
                        .anyMatch(w -> w.isShowing() && w.getScene().getRoot() instanceof DialogPane),
                WAIT);
        DialogPane question = (DialogPane) Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene().getRoot() instanceof DialogPane)
                .findFirst()
                .orElseThrow()
                .getScene()
                .getRoot();
        assertTrue(question.getContentText().contains("pika-2"), question.getContentText());
        assertTrue(viewModel.session().project().clipLibrary().isEmpty(), "nothing changes before the answer");
        robot.clickOn(button);
        Poll.until(
                "the clips are checked",
                () -> !robot.lookup("#blind-setup-start").queryButton().isDisabled(),
                CHECKED);
    }

    @Test
    void aClipLeftOut_saysWhyInALineThatWrapsInsideTheList(FxRobot robot) throws Exception {
        Path library = copyOfLibrary("spoilt");
        Files.copy(
                Path.of("src/test/resources/clips/bad/truncated.mp4"),
                library.resolve("p1-city-at-night/sora.mp4"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        openSetup(robot, library);

        javafx.scene.control.ListView<?> list =
                robot.lookup("#blind-setup-clips").queryListView();
        robot.interact(() -> {
            list.applyCss();
            list.layout();
        });
        // The cell that shows the line: the list also keeps cells it only measures with, unlaid-out.
        javafx.scene.control.ListCell<?> cell = robot.lookup(".list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.isVisible()
                        && c.getText() != null
                        && c.getText().contains("left out")
                        && !((javafx.scene.text.Text) c.lookup(".text"))
                                .getText()
                                .isEmpty())
                .query();
        String drawn = String.join(
                        " ",
                        cell.lookupAll(".text").stream()
                                .map(n -> ((javafx.scene.text.Text) n).getText())
                                .toList())
                .replaceAll("\\s+", " ")
                .strip();
        assertEquals(
                "p1-city-at-night/sora.mp4: left out, not a video ReelRank can play (the player says media corrupted);"
                        + " ReelRank plays MP4 files with H.264 or H.265 video",
                drawn);
        Bounds inList = list.localToScene(list.getLayoutBounds());
        Bounds line = cell.localToScene(cell.getLayoutBounds());
        assertTrue(line.getMaxX() <= inList.getMaxX(), line + " inside " + inList);
    }

    @Test
    void aProductTheProjectLacks_isAddedWhenThePresenterSaysSo(FxRobot robot) throws Exception {
        int products = viewModel.session().project().products().size();
        answerTheQuestionAboutPika(robot, "Add products");

        assertEquals(products + 1, viewModel.session().project().products().size());
        assertTrue(
                viewModel.session().project().products().stream()
                        .anyMatch(p -> p.name().equals("pika-2")),
                "pika-2 added as a product");
        assertEquals(8, viewModel.session().project().clipLibrary().clips().size(), "its two clips too");
        assertTrue(
                robot.lookup("#blind-setup-plan").queryLabeled().getText().startsWith("4 products, 2 prompts"),
                robot.lookup("#blind-setup-plan").queryLabeled().getText());
    }

    @Test
    void aProductTheProjectLacks_isLeftOutWhenThePresenterSaysSo(FxRobot robot) throws Exception {
        int products = viewModel.session().project().products().size();
        answerTheQuestionAboutPika(robot, "Leave their clips out");

        assertEquals(products, viewModel.session().project().products().size());
        assertEquals(6, viewModel.session().project().clipLibrary().clips().size(), "the known products' clips");
        assertTrue(
                robot.lookup("#blind-setup-plan").queryLabeled().getText().startsWith("3 products, 2 prompts"),
                robot.lookup("#blind-setup-plan").queryLabeled().getText());
    }

    @Test
    void withRevealOn_theNamesShowUnderTheClips_andAKeyMovesOnWithoutVoting(FxRobot robot) throws Exception {
        openSetup(robot, LIBRARY);
        robot.clickOn("#blind-setup-reveal");
        assertTrue(viewModel.blindTest().revealProperty().get());
        robot.clickOn("#blind-setup-start");
        Poll.until(
                "the blind-test screen",
                () -> viewModel.blindTest().pairProperty().get() != null,
                WAIT);
        Scene scene = screen().getScene();
        ScheduledPair first = viewModel.blindTest().pairProperty().get();
        List<String> before = drawnWords(scene.getRoot());

        robot.push(KeyCode.DIGIT2);
        Poll.until(
                "the names revealed",
                () -> !viewModel.blindTest().revealedProperty().get().isEmpty(),
                WAIT);
        String left = viewModel
                .session()
                .project()
                .product(first.left())
                .orElseThrow()
                .name();
        String right = viewModel
                .session()
                .project()
                .product(first.right())
                .orElseThrow()
                .name();
        assertFalse(before.contains(left) || before.contains(right), "blind before the vote: " + before);
        // The names fade in; B, voted for, is marked as the one the vote went to.
        Poll.until(
                "both names drawn",
                () -> drawnWords(scene.getRoot()).containsAll(List.of(left, "\u2713 " + right)),
                WAIT);
        List<String> revealed = drawnWords(scene.getRoot());
        assertTrue(
                revealed.contains("Pair 1: voted B \u00b7 any key: next pair \u00b7 Z: take the vote back"),
                String.valueOf(revealed));
        // The bar of keys says what a key does now: no longer vote.
        assertTrue(
                revealed.contains("Any key  next pair     Z  take the vote back     Esc  leave"),
                String.valueOf(revealed));
        assertFalse(revealed.stream().anyMatch(w -> w.contains("X  both bad")), String.valueOf(revealed));
        assertEquals(
                "Pair 1 of 3", robot.lookup("#blind-progress").queryLabeled().getText());

        // Z takes the vote back, and the pair is voted on blind again.
        robot.push(KeyCode.Z);
        Poll.until(
                "the vote taken back",
                () -> viewModel.session().project().battles().isEmpty()
                        && !viewModel.blindTest().waitingProperty().get(),
                WAIT);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> again = drawnWords(scene.getRoot());
        assertTrue(
                again.stream().noneMatch(w -> w.endsWith(left) || w.endsWith(right)), "blind again after Z: " + again);
        assertTrue(again.stream().anyMatch(w -> w.contains("X  both bad")), "the voting keys again: " + again);
        robot.push(KeyCode.DIGIT2);
        Poll.until(
                "the names again",
                () -> drawnWords(scene.getRoot()).containsAll(List.of(left, "\u2713 " + right)),
                WAIT);

        robot.push(KeyCode.DIGIT1);
        Poll.until(
                "the next pair",
                () -> !first.equals(viewModel.blindTest().pairProperty().get()),
                WAIT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, viewModel.session().project().battles().size(), "the key moved on without a vote");
        assertEquals(
                "Pair 2 of 3", robot.lookup("#blind-progress").queryLabeled().getText());
        List<String> after = drawnWords(scene.getRoot());
        assertTrue(
                after.stream().noneMatch(w -> w.endsWith(left) || w.endsWith(right)),
                "the next pair is blind again: " + after);
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
        // The next pair's preloaded clips play, in step.
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

        // The results mid-test, and back: the clips, their letters and the keys are where they were.
        Bounds beforeResults = onScreen(robot, left);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#blind-results").query().isVisible());
        assertFalse(robot.lookup("#blind-prompt").query().isVisible(), "no prompt above the results");
        robot.push(KeyCode.ENTER);
        Poll.until("the clips again", () -> left.getMediaPlayer() != null && left.isVisible(), WAIT);
        WaitForAsyncUtils.waitForFxEvents();
        Bounds afterResults = onScreen(robot, left);
        assertEquals(beforeResults.getHeight(), afterResults.getHeight(), 1, "the clip's frame keeps its size");
        assertTrue(afterResults.getMaxY() <= scene.getHeight(), afterResults + " inside " + scene.getHeight());
        List<String> back = drawnWords(scene.getRoot());
        assertTrue(back.contains("A") && back.contains("B"), "the letters under the clips: " + back);
        assertTrue(robot.lookup("#blind-prompt").query().isVisible());

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
        Button resume = robot.lookup("#blind-resume-" + id).queryButton();
        assertTrue(resume.isDefaultButton(), "Enter resumes the test left with Esc");
        assertFalse(robot.lookup("#blind-setup-start").queryButton().isDefaultButton());
        robot.push(KeyCode.ENTER);
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
        // Named by when it was made; its id, which the command line takes, is in the line under the title.
        assertTrue(
                results.getFirst().matches("Blind test of .+: results")
                        && !results.getFirst().contains(id),
                String.valueOf(results));
        assertTrue(results.get(1).startsWith(id + " \u00b7 2 prompts \u00b7 seed "), String.valueOf(results));
        assertTrue(
                results.stream().anyMatch(line -> line.matches("1\\. .+: [\\d,]+ .*votes?")),
                "a rating per product: " + results);
        assertTrue(results.stream().anyMatch(line -> line.contains("seed")), String.valueOf(results));
        // Beside the words, the ratings on their intervals: the test's three products and no row for others.
        Node chart = robot.lookup("#blind-results-chart").query();
        List<String> drawn = robot.lookup("#blind-results-chart .axis Text").queryAll().stream()
                .map(text -> ((javafx.scene.text.Text) text).getText())
                .toList();
        assertTrue(drawn.containsAll(List.of("Kling 1.6", "Sora", "Veo 2")), String.valueOf(drawn));
        assertFalse(drawn.contains("Kling 1.5") || drawn.contains("Kling 1.0"), String.valueOf(drawn));
        Bounds onScreen = chart.localToScreen(chart.getBoundsInLocal());
        assertTrue(onScreen.getWidth() > 400, "the chart is magnified for the room: " + onScreen);
        // Its labels come out about as large as the room's type (which follows the screen's height), not half.
        double roomType =
                Math.max(14, robot.lookup("#blind-test").query().getScene().getHeight() / 52);
        javafx.scene.text.Text label = (javafx.scene.text.Text) robot.lookup("#blind-results-chart .axis Text")
                .queryAll()
                .iterator()
                .next();
        double labelSize =
                label.getFont().getSize() * label.getLocalToSceneTransform().getMyy();
        assertTrue(labelSize >= 0.9 * roomType, "chart labels at " + labelSize + " px against the room's " + roomType);

        // The end's keys say that Z still takes the last pair back, and it does.
        assertEquals("Z: take the last pair\u2019s votes back \u00b7 Esc: back to the window", results.getLast());
        pressAndWait(robot, KeyCode.Z, 3);
        Poll.until(
                "the last pair again",
                () -> !robot.lookup("#blind-results").query().isVisible(),
                WAIT);
        assertEquals(
                "Pair 3 of 3", robot.lookup("#blind-progress").queryLabeled().getText());
    }
}
