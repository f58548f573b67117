package dev.reelrank.view.blindtest;

import dev.reelrank.model.VoteOutcome;
import dev.reelrank.model.blindtest.ScheduledPair;
import dev.reelrank.view.charts.ChartHeader;
import dev.reelrank.view.charts.ChartNote;
import dev.reelrank.view.charts.RatingChartPanel;
import dev.reelrank.view.controls.FitToArea;
import dev.reelrank.view.controls.ProjectorScreen;
import dev.reelrank.view.settings.ThemeManager;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.blindtest.BlindTestResults;
import dev.reelrank.viewmodel.blindtest.BlindTestViewModel;
import dev.reelrank.viewmodel.port.ClipProbe;
import dev.reelrank.viewmodel.settings.Theme;
import dev.reelrank.viewmodel.text.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.media.MediaPlayer;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The blind test on the room's screen: the prompt, two clips side by side as A and B (never a
 * product's name until a reveal the presenter turned on), and the keys the presenter votes with.
 * The next pair's clips are opened while the room watches this one, so moving on waits for
 * nothing. At the end, or whenever the presenter asks (Enter on the last pair), the results.
 */
public final class BlindTestScreen {
    private static final Duration PRELOAD_AT_THE_LATEST = Duration.seconds(1);

    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final BlindTestViewModel room;
    private final MainViewModel window;
    private final Texts texts;
    private final ClipPane a;
    private final ClipPane b;
    private final Label prompt = new Label();
    private final Label progress = new Label();
    private final Label status = new Label();
    private final TextField hands = new TextField();
    private final VBox results = new VBox(14);
    private final HBox clips;
    private final Label keys;
    private final SpentFrames spentFrames = new SpentFrames();
    private final ClipPairPlayer.Watchdog watchdog;
    private ClipPairPlayer playing;
    private ClipPairPlayer.Side[] preloaded;
    private ScheduledPair preloadedPair;
    // Opening the next pair's clips keeps a 2-core machine busy for about 0.3 s; begun with the vote, it
    // held back the start of the pair being shown (docs/benchmarks.md, "Media"). So it waits until that
    // pair plays, or for PRELOAD_AT_THE_LATEST when a side is slow to start or the room has paused.
    private boolean pairStarted = true;
    private final PauseTransition preloadAtTheLatest = new PauseTransition(PRELOAD_AT_THE_LATEST);
    private final PauseTransition preloadWatch = new PauseTransition();
    private boolean swallowTyped;
    private RatingChartPanel chart;
    private FitToArea chartInRoom;

    private BlindTestScreen(Window owner, MainViewModel window, ClipPairPlayer.Watchdog watchdog) {
        this.window = window;
        this.watchdog = watchdog;
        this.room = window.blindTest();
        this.texts = window.texts();
        a = new ClipPane("blind-a", texts.get("blind.sideA"));
        b = new ClipPane("blind-b", texts.get("blind.sideB"));
        prompt.setId("blind-prompt");
        prompt.getStyleClass().add("blind-prompt");
        prompt.setWrapText(true);
        // The room judges the clips against the prompt: it wraps and is never cut, and the clips give way.
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        prompt.textProperty().bind(room.promptProperty());
        progress.setId("blind-progress");
        progress.getStyleClass().add("blind-progress");
        // "Pair 12 of 40" is never cut short; a long prompt wraps instead.
        progress.setMinWidth(Region.USE_PREF_SIZE);
        progress.textProperty().bind(room.progressProperty());
        status.setId("blind-status");
        status.getStyleClass().add("blind-status");
        room.lastVoteProperty().addListener((obs, old, now) -> status.setText(now));
        room.problemProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                status.setText(now);
            }
        });
        hands.setId("blind-hands");
        hands.setPromptText(texts.get("blind.handsPrompt"));
        // Typed in the room's type, so the room can read what the presenter records; as wide as its hint.
        hands.getStyleClass().add("blind-hands");
        hands.setPrefColumnCount(32);
        hands.setMaxWidth(Region.USE_PREF_SIZE);
        // Always laid out, only hidden: opening it must not move the clips.
        hands.setVisible(false);
        hands.setOnAction(e -> {
            if (room.voteHands(hands.getText()) == null) {
                hands.clear();
                hideHands();
            }
        });
        keys = new Label(texts.get("blind.keys"));
        keys.getStyleClass().add("blind-keys");
        clips = new HBox(32, a, b);
        HBox.setHgrow(a, Priority.ALWAYS);
        HBox.setHgrow(b, Priority.ALWAYS);
        a.setMaxWidth(Double.MAX_VALUE);
        b.setMaxWidth(Double.MAX_VALUE);
        a.prefWidthProperty().bind(clips.widthProperty().subtract(32).divide(2));
        b.prefWidthProperty().bind(clips.widthProperty().subtract(32).divide(2));
        VBox.setVgrow(clips, Priority.ALWAYS);
        results.setId("blind-results");
        results.getStyleClass().add("blind-results");
        results.setVisible(false);
        StackPane middle = new StackPane(clips, results);
        VBox.setVgrow(middle, Priority.ALWAYS);
        HBox top = new HBox(24, prompt, progress);
        HBox.setHgrow(prompt, Priority.ALWAYS);
        prompt.setMaxWidth(Double.MAX_VALUE);
        top.setAlignment(Pos.TOP_LEFT);
        VBox bottom = new VBox(8, status, hands, keys);
        bottom.setAlignment(Pos.CENTER);
        VBox root = new VBox(20, top, middle, bottom);
        root.setId("blind-test");
        root.getStyleClass().add("blind-test");
        root.setPadding(new Insets(28, 36, 20, 36));
        // Type read from the back of a room: the root's font follows the screen's height.
        root.styleProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", Math.max(14, root.getHeight() / 52)),
                        root.heightProperty()));
        Scene scene = new Scene(root, Color.BLACK);
        ThemeManager.style(scene, Theme.DARK);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        // The H that opens the show-of-hands field must not be typed into it.
        scene.addEventFilter(KeyEvent.KEY_TYPED, typed -> {
            if (swallowTyped) {
                swallowTyped = false;
                typed.consume();
            }
        });
        stage.initOwner(owner);
        stage.setTitle(texts.get("blindSetup.title"));
        stage.setScene(scene);
        ProjectorScreen.cover(stage, owner);
        room.pairProperty().addListener((obs, old, pair) -> showPair(pair));
        room.waitingProperty().addListener((obs, was, writing) -> {
            if (writing) {
                spentFrames.collect();
            }
        });
        room.nextPairProperty().addListener((obs, old, pair) -> {
            if (pairStarted) {
                preload(pair);
            }
        });
        preloadAtTheLatest.setOnFinished(e -> preloadNext());
        preloadWatch.setOnFinished(e -> remakeStalledPreloaded());
        room.finishedProperty().addListener((obs, was, done) -> showResults(done));
        room.revealedProperty().addListener((obs, old, names) -> reveal(names));
        window.ratings().snapshotProperty().addListener((obs, old, now) -> {
            if (results.isVisible()) {
                fillResults();
            }
        });
        stage.setOnHidden(e -> {
            room.leave();
            stopPlaying();
            disposePreloaded();
        });
    }

    /** Shows the blind test the view model has begun; returns the stage (for tests). */
    public static Stage show(Window owner, MainViewModel window) {
        return show(owner, window, ClipPairPlayer.Watchdog.STANDARD);
    }

    /** As {@link #show(Window, MainViewModel)}, with players made and watched as {@code watchdog} says (for tests). */
    static Stage show(Window owner, MainViewModel window, ClipPairPlayer.Watchdog watchdog) {
        BlindTestScreen screen = new BlindTestScreen(owner, window, watchdog);
        screen.showPair(screen.room.pairProperty().get());
        screen.showResults(screen.room.finishedProperty().get());
        screen.stage.show();
        screen.stage.setFullScreen(true);
        screen.stage.requestFocus();
        return screen.stage;
    }

    private void key(KeyEvent key) {
        if (hands.isVisible()) {
            if (key.getCode() == KeyCode.ESCAPE) {
                hideHands();
                key.consume();
            }
            return;
        }
        if (!room.revealedProperty().get().isEmpty() && key.getCode() != KeyCode.Z && key.getCode() != KeyCode.ESCAPE) {
            room.proceed();
            key.consume();
            return;
        }
        switch (key.getCode()) {
            case DIGIT1, NUMPAD1, LEFT -> room.vote(VoteOutcome.A);
            case DIGIT2, NUMPAD2, RIGHT -> room.vote(VoteOutcome.B);
            case T -> room.vote(VoteOutcome.TIE);
            case X -> room.vote(VoteOutcome.BOTH_BAD);
            case Z -> room.undo();
            case R -> {
                if (playing != null) {
                    playing.replay();
                    status.setText("");
                }
            }
            case SPACE -> {
                if (playing != null) {
                    status.setText(playing.togglePause() ? texts.get("blind.paused") : "");
                }
            }
            case H -> showHands();
            case ENTER ->
                showResults(!results.isVisible() || room.finishedProperty().get());
            case ESCAPE -> stage.close();
            default -> {
                return;
            }
        }
        key.consume();
    }

    private void showHands() {
        if (room.pairProperty().get() == null) {
            return;
        }
        swallowTyped = true;
        hands.setVisible(true);
        hands.requestFocus();
    }

    private void hideHands() {
        hands.setVisible(false);
        hands.clear();
        if (!room.problemProperty().get().isEmpty()) {
            status.setText("");
        }
        stage.getScene().getRoot().requestFocus();
    }

    private void showPair(ScheduledPair pair) {
        stopPlaying();
        pairStarted = false;
        if (pair == null) {
            a.show(null);
            b.show(null);
            return;
        }
        ClipPairPlayer.Side[] sides = pair.equals(preloadedPair) && preloaded != null
                ? preloaded
                : new ClipPairPlayer.Side[] {
                    ClipPairPlayer.Side.load(room.clip(pair, pair.left()), watchdog.opener()),
                    ClipPairPlayer.Side.load(room.clip(pair, pair.right()), watchdog.opener())
                };
        if (sides == preloaded) {
            preloaded = null;
            preloadedPair = null;
        } else {
            disposePreloaded();
        }
        a.show(sides[0].player);
        b.show(sides[1].player);
        if (sides[0].file == null) {
            a.fail(texts.get("blind.noClip"));
        }
        if (sides[1].file == null) {
            b.fail(texts.get("blind.noClip"));
        }
        playing = new ClipPairPlayer(sides[0], sides[1], watchdog, new ClipPairPlayer.Room() {
            @Override
            public void reopened(boolean sideA, MediaPlayer player) {
                (sideA ? a : b).startingAgain(player, texts.get("blind.clipStartingAgain"));
            }

            @Override
            public void ready(boolean sideA) {
                (sideA ? a : b).ready();
            }

            @Override
            public void failed(boolean sideA, ClipProbe.Unplayable why) {
                (sideA ? a : b).fail(texts.format("blind.clipFailed", texts.text(why.reason())));
            }

            @Override
            public void started() {
                preloadNext();
            }
        });
        if (!pairStarted) {
            preloadAtTheLatest.playFromStart();
        }
    }

    private void preloadNext() {
        pairStarted = true;
        preloadAtTheLatest.stop();
        preload(room.nextPairProperty().get());
    }

    /** Opens the clips of the pair after this one, so that moving on waits for nothing. */
    private void preload(ScheduledPair pair) {
        if (pair == null
                || pair.equals(preloadedPair)
                || pair.equals(room.pairProperty().get())) {
            return;
        }
        disposePreloaded();
        preloadedPair = pair;
        preloaded = new ClipPairPlayer.Side[] {
            ClipPairPlayer.Side.load(room.clip(pair, pair.left()), watchdog.opener()),
            ClipPairPlayer.Side.load(room.clip(pair, pair.right()), watchdog.opener())
        };
        preloadWatch.setDuration(Duration.millis(watchdog.startWithin().toNanos() / 1e6));
        preloadWatch.playFromStart();
    }

    /**
     * A preloaded player that is not ready in the watchdog's time is made again while the room still
     * watches the pair before, rather than when its own pair is shown.
     */
    private void remakeStalledPreloaded() {
        if (preloaded == null) {
            return;
        }
        for (int i = 0; i < preloaded.length; i++) {
            if (preloaded[i].stalls()) {
                preloaded[i] = preloaded[i].again(watchdog.opener());
            }
        }
    }

    private void disposePreloaded() {
        preloadWatch.stop();
        if (preloaded != null) {
            preloaded[0].dispose();
            preloaded[1].dispose();
        }
        preloaded = null;
        preloadedPair = null;
    }

    private void stopPlaying() {
        preloadAtTheLatest.stop();
        if (playing != null) {
            playing.dispose();
            playing = null;
        }
    }

    private void reveal(List<String> names) {
        if (names.isEmpty()) {
            // Moving on, or taking the vote back: the pair ahead has no vote yet, and one shown again
            // after Z is voted on blind again.
            status.setText("");
            keys.setText(texts.get("blind.keys"));
            a.hideName();
            b.hideName();
            return;
        }
        // Every key but Z and Esc moves on now: the bar of voting keys would promise what they no longer do.
        keys.setText(texts.get(room.revealedLast() ? "blind.keysRevealedLast" : "blind.keysRevealed"));
        VoteOutcome lead = room.revealedLeadProperty().get();
        a.reveal(names.get(0), lead == null ? null : lead == VoteOutcome.A);
        b.reveal(names.get(1), lead == null ? null : lead == VoteOutcome.B);
        // The names stay until the presenter moves on; a key then votes on nothing, as the room has not
        // seen the next pair. (A timer that moved on by itself let a key meant to move on vote on it.)
        status.setText(texts.format(
                room.revealedLast() ? "blind.revealingLast" : "blind.revealing",
                room.lastVoteProperty().get()));
    }

    private void showResults(boolean shown) {
        // Out of the layout while hidden: the results' height must not push the clips off the screen
        // when the room goes back to them.
        results.setVisible(shown);
        results.setManaged(shown);
        clips.setVisible(!shown);
        clips.setManaged(!shown);
        keys.setVisible(!shown);
        status.setVisible(!shown);
        // The results have their own title: the pair's prompt above them read as a second screen.
        prompt.setVisible(!shown);
        if (shown) {
            stopPlaying();
            fillResults();
        } else if (playing == null && room.pairProperty().get() != null) {
            showPair(room.pairProperty().get());
        }
    }

    private void fillResults() {
        Optional<dev.reelrank.model.BlindTest> test = Optional.ofNullable(room.testId())
                .flatMap(id -> window.session().project().blindTest(id));
        if (test.isEmpty()) {
            return;
        }
        BlindTestResults shown = BlindTestResults.of(
                window.session().project(), test.get(), window.ratings().snapshot(), texts);
        Label title = new Label(shown.title());
        title.getStyleClass().add("blind-results-title");
        Label meta = new Label(shown.meta());
        meta.getStyleClass().add("blind-results-meta");
        VBox words = BlindTestResultLines.of(shown, texts, false);
        // Many pairs make more lines than the screen holds: they shrink to fit rather than run off it.
        FitToArea wordsInRoom = FitToArea.wrappingText(words);
        wordsInRoom.setMinSize(0, 0);
        HBox body = new HBox(32, wordsInRoom, chartInRoom());
        // Taller with more products, so that their rows keep room for their names.
        chart.setPrefSize(
                540, Math.max(300, Math.min(420, 180 + 30 * shown.ratings().size())));
        wordsInRoom.prefWidthProperty().bind(body.widthProperty().multiply(0.42));
        VBox.setVgrow(body, Priority.ALWAYS);
        // Mid-test, Enter goes back to the pairs and Esc leaves a test that can be resumed; say both.
        String leave = room.finishedProperty().get() ? "blind.resultsLeave" : "blind.resultsMidTest";
        results.getChildren().setAll(title, meta, body, styled(texts.get(leave), "blind-keys"));
    }

    /** The ratings on their intervals beside the words, as on the results slide; made once, as it follows the window. */
    private FitToArea chartInRoom() {
        if (chart == null) {
            chart = new RatingChartPanel(window.ratingChart(), texts, true);
            chart.setId("blind-results-chart");
            // Laid out smaller than a window's chart and magnified into its room, so that its labels come
            // out about as large as the room's type (at 680 x 420 they were half its size on a laptop).
            ChartHeader.removeFrom(chart);
            // Nobody hovers over a projected screen for the rest of a note.
            ChartNote.drawWholeIn(chart);
            chartInRoom = new FitToArea(chart, 2.5, true);
            chartInRoom.setPrefWidth(0);
            HBox.setHgrow(chartInRoom, Priority.ALWAYS);
        }
        return chartInRoom;
    }

    private static Label styled(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        return label;
    }
}
