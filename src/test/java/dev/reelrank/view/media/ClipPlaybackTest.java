package dev.reelrank.view.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.testing.OnFx;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * A real clip plays in a window: JavaFX Media decodes the committed H.264 clip (through the system's
 * libavcodec on Linux), its time advances while PLAYING, and the MediaView draws the clip's own colour
 * (Kling 1.6's red, or the 720p clip's blue), not a black rectangle, and a later frame differs from
 * an earlier one. Headless: Monocle's software pipeline renders MediaView frames into a snapshot. It
 * passes in a real window under Xvfb too (GTK glass instead of Monocle):
 * {@code DISPLAY=:98 mvn test -Dtest=ClipPlaybackTest "-Dheadless.fx=-Dprism.order=sw -Dtestfx.robot=glass"}.
 */
class ClipPlaybackTest {
    private static final Path CLIPS = Path.of("src/test/resources/clips");
    private static final Duration WAIT = Duration.ofSeconds(5);

    private Stage stage;
    private MediaPlayer player;

    @BeforeAll
    static void startToolkitTheWayTestFxDoes() throws Exception {
        // Other test classes share this JVM through TestFX, which must be the one to start JavaFX (and
        // keeps it running when a test's own stage closes).
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        OnFx.call(
                () -> {
                    if (player != null) {
                        player.dispose();
                    }
                    if (stage != null) {
                        stage.close();
                    }
                    return null;
                },
                WAIT);
    }

    @Test
    void aLibraryClip_plays_andTheViewShowsItsRed() throws Exception {
        MediaView view = play(CLIPS.resolve("library/p1-city-at-night/kling-1.6.mp4"), 160, 90);
        // make-clips.sh paints Kling 1.6's clips 0xd03020 around a small moving test pattern.
        assertMostly(view, Color.web("#d03020"));
        assertFramesChange(view);
    }

    @Test
    void the720pClip_plays_andTheViewShowsItsBlue() throws Exception {
        MediaView view = play(CLIPS.resolve("big/720p.mp4"), 640, 360);
        assertMostly(view, Color.web("#2050d0"));
    }

    /** Shows the clip in a view of that size on a stage, plays it, and waits until its time advances. */
    private MediaView play(Path clip, int width, int height) throws Exception {
        MediaView view = OnFx.call(
                () -> {
                    player = new MediaPlayer(new Media(clip.toUri().toString()));
                    player.setCycleCount(MediaPlayer.INDEFINITE);
                    MediaView shown = new MediaView(player);
                    shown.setFitWidth(width);
                    shown.setFitHeight(height);
                    stage = new Stage();
                    stage.setScene(new Scene(new StackPane(shown), width, height, Color.BLACK));
                    stage.show();
                    player.play();
                    return shown;
                },
                WAIT);
        OnFx.await(
                "the clip plays and its time advances past 0.3 s",
                () -> player.getStatus() == MediaPlayer.Status.PLAYING
                        && player.getCurrentTime().toMillis() > 300,
                WAIT);
        assertEquals(MediaPlayer.Status.PLAYING, OnFx.call(player::getStatus, WAIT), String.valueOf(player.getError()));
        return view;
    }

    /** The picture moves: the test pattern slides across the clip, so two frames 0.25 s apart differ. */
    private void assertFramesChange(MediaView view) throws Exception {
        WritableImage before = OnFx.call(() -> view.snapshot(null, null), WAIT);
        double then = OnFx.call(() -> player.getCurrentTime().toMillis(), WAIT);
        OnFx.await(
                "the clip's time advances by 0.25 s more",
                () -> Math.abs(player.getCurrentTime().toMillis() - then) > 250,
                WAIT);
        OnFx.await("the view shows a new frame", () -> differingPixels(before, view.snapshot(null, null)) > 0, WAIT);
    }

    private static int differingPixels(WritableImage a, WritableImage b) {
        int width = (int) Math.min(a.getWidth(), b.getWidth());
        int height = (int) Math.min(a.getHeight(), b.getHeight());
        int differing = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }

    /** At least half the view's pixels are near {@code colour} (H.264 and YUV shift it a little). */
    private static void assertMostly(MediaView view, Color colour) throws Exception {
        OnFx.await(
                "the view shows the clip's colour",
                () -> {
                    WritableImage image = view.snapshot(null, null);
                    double share = share(image, colour);
                    return share > 0.5;
                },
                WAIT);
        WritableImage image = OnFx.call(() -> view.snapshot(null, null), WAIT);
        double share = share(image, colour);
        assertTrue(share > 0.5, String.format(Locale.ROOT, "%.0f %% of the pixels are the clip's colour", share * 100));
    }

    private static double share(WritableImage image, Color colour) {
        PixelReader pixels = image.getPixelReader();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int near = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                Color c = pixels.getColor(x, y);
                double distance = Math.abs(c.getRed() - colour.getRed())
                        + Math.abs(c.getGreen() - colour.getGreen())
                        + Math.abs(c.getBlue() - colour.getBlue());
                if (distance < 0.15) {
                    near++;
                }
            }
        }
        return near / (double) (width * height);
    }
}
