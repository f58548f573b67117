package dev.reelrank.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.io.FileStamp;
import dev.reelrank.io.StartPictureFile.Picture;
import dev.reelrank.testing.DefaultLocale;
import dev.reelrank.testing.OnFx;
import dev.reelrank.view.MainWindow;
import dev.reelrank.view.StartPicture;
import dev.reelrank.viewmodel.port.UserSettings;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TabPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A start shows the picture its last start kept while it builds the window behind it: the window it
 * builds must draw exactly those pixels, or the user sees numbers change under their eyes; and the key
 * must change with anything the window is drawn from.
 */
@ExtendWith(ApplicationExtension.class)
class StartPictureWindowTest {
    @RegisterExtension
    static final DefaultLocale LOCALE = DefaultLocale.of(Locale.US);

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Start
    void start(Stage stage) throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** The window of a desktop start, charts first, once its table and tiles are there too. */
    private static Picture finishedStart(Stage stage) throws Exception {
        OnFx.call(() -> ReelRankApp.openMainWindow(stage, null, UserSettings.inMemory(), true), TIMEOUT);
        awaitWhole(stage);
        return OnFx.call(() -> StartPictures.picture(stage.getScene(), "k"), TIMEOUT);
    }

    private static void awaitWhole(Stage stage) throws Exception {
        OnFx.await(
                "the table and the tiles",
                () -> stage.getScene().getRoot().lookup("#products-table") != null
                        && stage.getScene().getRoot().lookup("#kpi-strip") != null
                        && stage.getScene()
                                .getRoot()
                                .lookupAll(".kpi-placeholder")
                                .isEmpty()
                        && stage.getScene()
                                .getRoot()
                                .lookupAll(".table-placeholder")
                                .isEmpty(),
                TIMEOUT);
        // Two pulses, so that what was added is laid out and drawn.
        for (int i = 0; i < 2; i++) {
            OnFx.await("a pulse", () -> true, TIMEOUT);
        }
    }

    private static WritableImage image(Picture picture) {
        return StartPictures.image(new Picture(
                picture.key(),
                picture.width(),
                picture.height(),
                ByteBuffer.allocateDirect(picture.pixels().remaining())
                        .put(picture.pixels().duplicate())
                        .flip()));
    }

    @Test
    void aWindowBuiltOverThePicture_drawsItsPixels_andShowsThePictureWhereItsPartsAreStillToCome() throws Exception {
        Stage first = OnFx.call(Stage::new, TIMEOUT);
        Picture kept = finishedStart(first);
        OnFx.call(
                () -> {
                    first.close();
                    return null;
                },
                TIMEOUT);

        Stage second = OnFx.call(Stage::new, TIMEOUT);
        WritableImage picture = OnFx.call(() -> image(kept), TIMEOUT);
        List<Cursor> cursors = new ArrayList<>();
        // Where each placeholder is in the window and which part of the picture it shows, as its charts'
        // frame is drawn: before the table and the tiles replace them.
        List<String> placeholders = new ArrayList<>();
        AtomicReference<MainWindow> built = new AtomicReference<>();
        OnFx.call(
                () -> {
                    ReelRankApp.openOverPicture(second, picture, window -> {
                        built.set(window);
                        cursors.add(second.getScene().getCursor());
                        window.whenChartsPainted(() -> {
                            placeholders.add("focus on " + second.getScene().getFocusOwner());
                            for (String kind : List.of(".kpi-placeholder", ".table-placeholder")) {
                                for (Node room : second.getScene().getRoot().lookupAll(kind)) {
                                    placeholders.add(kind + " " + shown(room));
                                }
                            }
                        });
                    });
                    // While only the picture shows, the pointer says the window is not ready.
                    cursors.add(second.getScene().getCursor());
                    // Focused, as a new window is: the window is then built into a focused scene.
                    second.requestFocus();
                    return null;
                },
                TIMEOUT);
        OnFx.await("the charts' frame", () -> !placeholders.isEmpty(), TIMEOUT);
        assertEquals(3, placeholders.size(), placeholders.toString());
        // The frame that replaces the picture has the focus where the picture has it: on the chart tabs.
        assertTrue(placeholders.removeFirst().contains("id=chart-tabs"), placeholders.toString());
        for (String placeholder : placeholders) {
            assertTrue(placeholder.endsWith(" shows its own place in the picture"), placeholder);
        }

        assertEquals(
                Arrays.asList(Cursor.WAIT, null), cursors, "the pointer while the picture shows, then over the window");
        awaitWhole(second);
        Picture drawn = OnFx.call(() -> StartPictures.picture(second.getScene(), "k"), TIMEOUT);
        assertEquals(kept.width(), drawn.width());
        assertEquals(kept.height(), drawn.height());
        long differing = differingPixels(kept, drawn);
        assertEquals(0, differing, "pixels the window drew otherwise than the picture it was built over");
        assertTrue(
                OnFx.call(
                        () -> second.getScene().getFocusOwner() instanceof TabPane tabs
                                && "chart-tabs".equals(tabs.getId()),
                        TIMEOUT),
                "the chart tabs take the keyboard first, as in a start without a picture");
        assertFalse(OnFx.call(
                () -> !second.getScene().getRoot().lookupAll(".picture-crop").isEmpty(), TIMEOUT));
        OnFx.call(
                () -> {
                    second.close();
                    return null;
                },
                TIMEOUT);
    }

    /** What a placeholder shows: the part of the picture at its own place in the window, or what is wrong. */
    private static String shown(Node room) {
        ImageView view = ((Parent) room)
                .getChildrenUnmodifiable().stream()
                        .filter(ImageView.class::isInstance)
                        .map(ImageView.class::cast)
                        .findFirst()
                        .orElse(null);
        if (view == null) {
            return "shows no picture";
        }
        Bounds place = room.localToScene(room.getLayoutBounds());
        Rectangle2D part = view.getViewport();
        if (place.getWidth() < 50 || place.getHeight() < 50) {
            return "is " + place.getWidth() + " × " + place.getHeight();
        }
        boolean same = Math.abs(part.getMinX() - place.getMinX()) <= 0.5
                && Math.abs(part.getMinY() - place.getMinY()) <= 0.5
                && Math.abs(part.getWidth() - place.getWidth()) <= 0.5
                && Math.abs(part.getHeight() - place.getHeight()) <= 0.5;
        return same ? "shows its own place in the picture" : "shows " + part + " at " + place;
    }

    private static long differingPixels(Picture one, Picture other) {
        long count = 0;
        ByteBuffer a = one.pixels().duplicate();
        ByteBuffer b = other.pixels().duplicate();
        while (a.hasRemaining()) {
            if (a.getInt() != b.getInt()) {
                count++;
            }
        }
        return count;
    }

    @Test
    void aPointerOnAButton_keepsThePictureFromBeingTaken_aPointerOnAChartDoesNot(FxRobot robot) throws Exception {
        Stage stage = OnFx.call(Stage::new, TIMEOUT);
        finishedStart(stage);
        robot.moveTo(robot.lookup("#present-button").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(OnFx.call(() -> StartPicture.pointerOnAHighlightedPart(stage.getScene()), TIMEOUT), "on Present");
        robot.moveTo(robot.lookup("#cost-chart .chart-plot-background").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(
                OnFx.call(() -> StartPicture.pointerOnAHighlightedPart(stage.getScene()), TIMEOUT),
                "on the cost chart's plot");
        OnFx.call(
                () -> {
                    stage.close();
                    return null;
                },
                TIMEOUT);
    }

    @Test
    void theKey_changesWithAnythingTheWindowIsDrawnFrom() throws Exception {
        Preferences preferences = Preferences.userRoot().node("dev/reelrank/test-" + UUID.randomUUID());
        try {
            preferences.node("app").put("theme", "LIGHT");
            Path file = Path.of("/work/q1.reelrank.json");
            FileStamp stamp = FileStamp.ofBytes(new byte[] {1, 2, 3});
            String key = key(StartPictures.inputs("reelrank.jar 1 2", file, stamp, Locale.US, preferences));
            assertEquals(key, key(StartPictures.inputs("reelrank.jar 1 2", file, stamp, Locale.US, preferences)));

            assertNotEquals(
                    key, key(StartPictures.inputs("reelrank.jar 1 3", file, stamp, Locale.US, preferences)), "a build");
            assertNotEquals(
                    key,
                    key(StartPictures.inputs("reelrank.jar 1 2", null, null, Locale.US, preferences)),
                    "the built-in dataset");
            assertNotEquals(
                    key,
                    key(StartPictures.inputs(
                            "reelrank.jar 1 2", file, FileStamp.ofBytes(new byte[] {1, 2, 4}), Locale.US, preferences)),
                    "the file's bytes");
            assertNotEquals(
                    key,
                    key(StartPictures.inputs("reelrank.jar 1 2", file, stamp, Locale.CHINA, preferences)),
                    "the system's locale");
            preferences.node("app").put("theme", "DARK");
            assertNotEquals(
                    key,
                    key(StartPictures.inputs("reelrank.jar 1 2", file, stamp, Locale.US, preferences)),
                    "a preference");
            preferences.node("app").put("theme", "LIGHT");
            preferences.node("recent-files").put("0", "/work/q2.reelrank.json");
            assertNotEquals(
                    key,
                    key(StartPictures.inputs("reelrank.jar 1 2", file, stamp, Locale.US, preferences)),
                    "a preference of another part");
        } finally {
            preferences.removeNode();
        }
    }

    private static String key(Optional<List<String>> inputs) throws Exception {
        return OnFx.call(() -> StartPictures.key(inputs.orElseThrow()).orElseThrow(), TIMEOUT);
    }
}
