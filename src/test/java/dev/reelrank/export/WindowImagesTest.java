package dev.reelrank.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.app.ReelRankApp;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.testing.DefaultLocale;
import dev.reelrank.testing.OnFx;
import dev.reelrank.testing.PngText;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.slides.SizePreset;
import dev.reelrank.viewmodel.slides.SlideContent;
import dev.reelrank.viewmodel.slides.SlideKind;
import dev.reelrank.viewmodel.slides.SlideTexts;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window's Export… and Copy image draw a slide in steps, between which the window answers
 * (issue 16, item 10: building a heatmap or dashboard slide in one task kept it from answering for up
 * to half a second), and what they draw is the very picture the slide drawn in one go makes.
 */
@ExtendWith(ApplicationExtension.class)
class WindowImagesTest {
    @RegisterExtension
    static final DefaultLocale LOCALE = DefaultLocale.of(Locale.US);

    @TempDir
    static Path folder;

    private MainViewModel window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        // 20 products, every pair met: a heatmap of 400 cells, which the export adds a few hundred at a time.
        Path file = folder.resolve("twenty.reelrank.json");
        ProjectFiles.write(TestProjects.everyPairMet(20, "Product"), file);
        window = ReelRankApp.openMainWindow(stage, file);
    }

    @ParameterizedTest
    @EnumSource(
            value = SlideKind.class,
            names = {"COST", "HEATMAP", "DASHBOARD"})
    void theWindowAnswersWhileASlideIsDrawn_andThePictureIsTheSlideDrawnInOneGo(SlideKind kind) throws Exception {
        CompletableFuture<Image> drawn = new CompletableFuture<>();
        AtomicInteger windowsWhenAnswered = new AtomicInteger(-1);
        int windows = OnFx.call(
                () -> {
                    window.exports().start(kind);
                    window.exports().presetProperty().set(SizePreset.FULL_HD);
                    window.exports().scaleProperty().set(1);
                    int before = Window.getWindows().size();
                    new WindowImages().draw(window.exports(), stage, drawn::complete, drawn::completeExceptionally);
                    // Asked of the FX thread just after the export started, as a click or a key press would be:
                    // answered before the slide is whole (it is drawn in a window of its own once styled and laid out).
                    Platform.runLater(() -> windowsWhenAnswered.set(
                            drawn.isDone() ? -2 : Window.getWindows().size()));
                    return before;
                },
                Duration.ofSeconds(20));
        Image image = drawn.get(20, TimeUnit.SECONDS);
        assertEquals(
                windows,
                windowsWhenAnswered.get(),
                "the window answered a task posted after the export began before the slide was built and shown");
        assertEquals(1920, (int) image.getWidth());
        assertEquals(1080, (int) image.getHeight());
        // The file keeps the words the picture was drawn with: its title, and each source cited whole.
        SlideTexts words = OnFx.call(() -> window.exports().drawnWords(), Duration.ofSeconds(5));
        Map<String, String> text =
                PngText.of(new WindowImages().encoding(image, words).call());
        assertEquals(OnFx.call(() -> window.exports().titleProperty().get(), Duration.ofSeconds(5)), text.get("Title"));
        assertTrue(text.get("Description").contains(words.citations()), text.toString());

        CompletableFuture<Image> inOneGo = new CompletableFuture<>();
        OnFx.call(
                () -> {
                    SlideContent drawing = window.exports().drawing();
                    ExportSize size = new ExportSize(
                            window.exports().layoutWidth(),
                            window.exports().layoutHeight(),
                            1,
                            window.exports().themeProperty().get());
                    SlideImage.prepare(drawing, kind, window.exports().words(drawing), size)
                            .drawAfterPulse(stage, inOneGo::complete, inOneGo::completeExceptionally);
                    return null;
                },
                Duration.ofSeconds(20));
        int[] expected = pixels(inOneGo.get(20, TimeUnit.SECONDS));
        int[] actual = pixels(image);
        int differing = 0;
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                differing++;
            }
        }
        assertEquals(0, differing, kind + ": pixels that differ from the slide drawn in one go");
        assertTrue(Arrays.stream(actual).distinct().count() > 50, "a chart, not a blank picture");
    }

    private static int[] pixels(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader()
                .getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(argb), width);
        return argb;
    }
}
