package dev.reelrank.app;

import dev.reelrank.cli.ImageRequest;
import dev.reelrank.export.ExportSize;
import dev.reelrank.export.PngEncoding;
import dev.reelrank.export.SlideImage;
import dev.reelrank.io.DefaultDataset;
import dev.reelrank.model.Project;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.slides.SlideKind;
import dev.reelrank.viewmodel.slides.SlideTheme;
import dev.reelrank.viewmodel.text.Texts;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;

/**
 * Export harness (not a test of correctness): a warm 3840 × 2160 export of one chart, drawn and
 * encoded as PNG the way {@code reelrank export} does it, in one JVM after a few warm-up rounds.
 * Run with {@code mvn -Pbench verify -Dtest=ExportBench}; recorded in docs/benchmarks.md.
 */
class ExportBench {
    private static final int WARM_UP = 4;
    private static final int MEASURED = 12;

    @Test
    void warm4kExport() throws Exception {
        Project project = DefaultDataset.load();
        HeadlessImageExporter exporter = new HeadlessImageExporter();
        for (String chart : new String[] {"cost", "dashboard"}) {
            ImageRequest request = new ImageRequest(chart, 3840, 2160, 1, "light", "en", null, null);
            long[] millis = new long[MEASURED];
            int bytes = 0;
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                long start = System.nanoTime();
                bytes = exporter.png(project, request).length;
                if (i >= WARM_UP) {
                    millis[i - WARM_UP] = (System.nanoTime() - start) / 1_000_000;
                }
            }
            Arrays.sort(millis);
            System.out.printf(
                    "warm 3840x2160 %s export: median %d ms, min %d ms, max %d ms (%,d bytes)%n",
                    chart, millis[MEASURED / 2], millis[0], millis[MEASURED - 1], bytes);
        }
        encodingAlone(project);
    }

    /** How much of the export is PNG encoding: the cost chart drawn once, encoded many times. */
    private static void encodingAlone(Project project) throws Exception {
        var texts = Texts.english();
        var drawn = new CompletableFuture<WritableImage>();
        Platform.runLater(() -> {
            var viewModel = new MainViewModel(new ProjectSession(project, null, texts), texts);
            var kind = SlideKind.COST;
            SlideImage.prepare(
                            viewModel,
                            kind,
                            viewModel.slides().texts(kind),
                            new ExportSize(3840, 2160, 1, SlideTheme.LIGHT))
                    .drawAfterPulse(null, drawn::complete, drawn::completeExceptionally);
        });
        WritableImage image = drawn.get();
        long[] millis = new long[MEASURED];
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long start = System.nanoTime();
            PngEncoding.encode(image);
            if (i >= WARM_UP) {
                millis[i - WARM_UP] = (System.nanoTime() - start) / 1_000_000;
            }
        }
        Arrays.sort(millis);
        System.out.printf("of which PNG encoding of the 3840x2160 cost chart: median %d ms%n", millis[MEASURED / 2]);
    }
}
