package dev.reelrank.view.blindtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.testing.DefaultLocale;
import dev.reelrank.testing.OwnerWindow;
import dev.reelrank.testing.Poll;
import dev.reelrank.view.controls.Fonts;
import dev.reelrank.viewmodel.MainViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the room reads on a laptop's screen (1280 × 800, Monocle's headless screen): the whole prompt. */
@ExtendWith(ApplicationExtension.class)
class RoomScreenLayoutTest {
    @RegisterExtension
    static final DefaultLocale LOCALE = DefaultLocale.of(Locale.US);

    private static final String LONG_PROMPT = "A rain-soaked city street at night, neon signs in Chinese and English"
            + " reflected in puddles, a cyclist in a yellow raincoat passing a noodle stall while the camera"
            + " tracks slowly from left to right";

    private MainViewModel window;
    private Stage owner;

    @Start
    void start(Stage stage) {
        // The app's own fonts, as the window has them: the prompt wraps by their widths.
        Fonts.load();
        window = TestRooms.begun(LONG_PROMPT, LONG_PROMPT);
        owner = OwnerWindow.show(stage);
    }

    @AfterEach
    void closeScreens(FxRobot robot) {
        OwnerWindow.closeOthers(robot, owner);
    }

    private static List<String> drawnTexts(Node node) {
        List<String> texts = new ArrayList<>();
        node.lookupAll(".text").forEach(n -> {
            if (n instanceof Text text) {
                texts.add(text.getText());
            }
        });
        return texts;
    }

    private static Scene scene(List<Scene> shown) {
        return shown.getFirst();
    }

    @Test
    void aLongPrompt_isReadWhole_andTheClipsKeepMostOfTheScreen(FxRobot robot) throws Exception {
        List<Scene> shown = new ArrayList<>();
        // 720p clips, as a room plays: a small clip would leave the prompt room it does not get with these.
        Path big = Path.of("src/test/resources/clips/big/720p.mp4");
        ClipPairPlayer.Watchdog at720p = new ClipPairPlayer.Watchdog(
                file -> ClipPairPlayer.ClipOpener.MEDIA.open(big), Duration.ofSeconds(3), 3);
        robot.interact(
                () -> shown.add(BlindTestScreen.show(owner, window, at720p).getScene()));
        MediaView a = (MediaView) scene(shown).lookup("#blind-a-clip");
        Poll.until(
                "the clips are ready",
                () -> a.getMediaPlayer() != null && a.getMediaPlayer().getStatus() == MediaPlayer.Status.PLAYING,
                Duration.ofSeconds(10));
        Scene scene = scene(shown);
        Poll.until("the room's screen laid out", () -> scene.getHeight() > 0, Duration.ofSeconds(10));
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
        assertEquals(800, scene.getHeight(), 1, "Monocle's headless screen");

        Label prompt = (Label) scene.lookup("#blind-prompt");
        // A label cut short draws its text with an ellipsis; a wrapped one draws every word.
        String drawn =
                String.join(" ", drawnTexts(prompt)).replaceAll("\\s+", " ").strip();
        assertEquals(LONG_PROMPT, drawn);
        Bounds promptBounds = prompt.localToScene(prompt.getLayoutBounds());
        Node clip = scene.lookup("#blind-a");
        Bounds clipBounds = clip.localToScene(clip.getLayoutBounds());
        assertTrue(promptBounds.getMaxY() <= clipBounds.getMinY(), promptBounds + " above " + clipBounds);
        assertTrue(clipBounds.getHeight() > 400, "the clips keep most of the screen: " + clipBounds);

        // The show of hands is typed in the room's type, not the window's.
        TextField hands = (TextField) scene.lookup("#blind-hands");
        assertTrue(
                hands.getFont().getSize() >= prompt.getFont().getSize() / 2.1 * 1.2,
                hands.getFont() + " against the prompt's " + prompt.getFont());
    }
}
