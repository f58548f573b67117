package dev.reelrank.app;

import dev.reelrank.cli.ImageExporter;
import dev.reelrank.cli.ImageRequest;
import dev.reelrank.export.ExportSize;
import dev.reelrank.export.PngEncoding;
import dev.reelrank.export.SlideImage;
import dev.reelrank.model.Project;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.ratings.RatingSnapshot;
import dev.reelrank.viewmodel.settings.Language;
import dev.reelrank.viewmodel.slides.SlideKind;
import dev.reelrank.viewmodel.slides.SlideTexts;
import dev.reelrank.viewmodel.slides.SlideTheme;
import dev.reelrank.viewmodel.text.Texts;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;

/**
 * Draws charts for {@code reelrank export} with JavaFX's headless Monocle platform, so no display
 * is needed: the chart is drawn on the FX thread and encoded as PNG on the calling thread.
 */
final class HeadlessImageExporter implements ImageExporter {
    @Override
    public byte[] png(Project project, ImageRequest request) throws Exception {
        startHeadless();
        ExportSize size = new ExportSize(
                request.width(),
                request.height(),
                request.scale(),
                SlideTheme.of(request.theme()).orElseThrow());
        SlideKind kind = SlideKind.of(request.chart()).orElseThrow();
        Language language = "zh".equals(request.language()) ? Language.CHINESE : Language.ENGLISH;
        CompletableFuture<WritableImage> drawn = new CompletableFuture<>();
        AtomicReference<SlideTexts> drawnWords = new AtomicReference<>();
        Texts texts = new Texts(language.imageLocale());
        // The bootstrap runs here, on the calling thread; the FX thread only draws.
        RatingSnapshot ratings = MainViewModel.ratingsOf(project, texts);
        Platform.runLater(() -> {
            try {
                MainViewModel viewModel = MainViewModel.drawing(project, texts, ratings);
                SlideTexts words = viewModel.slides().texts(kind);
                words = words.headed(request.title(), request.subtitle());
                drawnWords.set(words);
                SlideImage slide = SlideImage.prepare(viewModel, kind, words, size);
                // KPI tiles finish their text only in a window's pulse; the headless screen has windows too.
                slide.drawAfterPulse(null, drawn::complete, drawn::completeExceptionally);
            } catch (RuntimeException | OutOfMemoryError e) {
                drawn.completeExceptionally(e);
            }
        });
        try {
            WritableImage image = drawn.get();
            return PngEncoding.encode(image, SlideImage.pngText(drawnWords.get()));
        } catch (OutOfMemoryError e) {
            throw new IllegalStateException(
                    "not enough memory for a " + size.pixelWidth() + " x " + size.pixelHeight()
                            + " px image; lower --scale or the size",
                    e);
        }
    }

    /** JavaFX draws on Monocle's headless screen; to be called before the toolkit starts. */
    static void chooseHeadlessPlatform() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
    }

    /**
     * Held so that the level set on it lasts: java.util.logging keeps loggers weakly. JavaFX warns
     * through it, on stderr, that it was loaded from the class path (as {@code java -jar} does); the
     * export's result would then follow a two-line warning about nothing the user can act on.
     */
    private static final Logger PLATFORM_LOG = Logger.getLogger("javafx");

    /** Monocle's headless platform must be chosen before the toolkit starts; a running toolkit is reused. */
    private static void startHeadless() throws InterruptedException {
        chooseHeadlessPlatform();
        PLATFORM_LOG.setLevel(Level.SEVERE);
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
            Platform.setImplicitExit(false);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
    }
}
