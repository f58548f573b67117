package dev.reelrank.bench;

import com.sun.javafx.perf.PerformanceTracker;
import dev.reelrank.export.WindowImages;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.Project;
import dev.reelrank.view.MainWindow;
import dev.reelrank.view.controls.Fonts;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.products.ProductRowViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;

/**
 * Render harness (not a test of correctness): how long one price edit takes until the next frame
 * is painted with the table and every chart updated, for 20 and 1,000 products, and the resident
 * memory after opening 1,000 products. Run with {@code mvn -Pbench verify}; results print to the
 * console and are recorded in docs/benchmarks.md.
 */
class EditLatencyBench {
    private static final int WARM_UP = 60;
    private static final int MEASURED = 200;

    @Test
    void editToPaintedFrame() throws Exception {
        // Closing one measured window must not shut JavaFX down before the next.
        FxStart.once();
        for (int size : sizes()) {
            measure(size);
        }
        memoryAfterOpening(1000);
    }

    private static int[] sizes() {
        String wanted = System.getProperty("bench.sizes", "20,1000");
        return Arrays.stream(wanted.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private static void measure(int size) throws Exception {
        Project project = LargeProjects.withProducts(size);
        CompletableFuture<Stage> shown = new CompletableFuture<>();
        MainViewModel[] viewModel = new MainViewModel[1];
        Platform.runLater(() -> {
            Fonts.load();
            long t0 = System.nanoTime();
            viewModel[0] = new MainViewModel(new ProjectSession(project, null), Texts.english());
            long t1 = System.nanoTime();
            Stage stage = new Stage();
            MainWindow window = new MainWindow(viewModel[0], new WindowImages());
            window.show(stage);
            long t2 = System.nanoTime();
            System.out.printf(
                    "BENCH opening %d products: view models %.0f ms, window %.0f ms%n",
                    size, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
            shown.complete(stage);
        });
        Stage stage = shown.get(300, TimeUnit.SECONDS);
        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(stage.getScene());
        // A product the window shows: with 1,000 products the middle one is neither in the charts (the
        // 40 cheapest / best) nor in the table's visible rows, and an edit nobody sees paints nothing.
        ProductRowViewModel row = viewModel[0].rows().get(size <= 40 ? size / 2 : 0);
        List<Double> work = new ArrayList<>();
        List<Double> endToEnd = new ArrayList<>();
        List<Double> edits = new ArrayList<>();
        List<Double> frames = new ArrayList<>();
        Recording recording = null;
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            if (i == WARM_UP) {
                recording = startRecording();
            }
            // As typed: "0.05" to "0.44" (a double's text, "0.060000000000000005", has more decimals than a project
            // keeps).
            String price = BigDecimal.valueOf(5 + i % 40, 2).toPlainString();
            long[] times = editAndWaitForFrame(tracker, row, price);
            if (i >= WARM_UP) {
                work.add((times[0] + times[2]) / 1e6);
                endToEnd.add(times[3] / 1e6);
                edits.add(times[0] / 1e6);
                frames.add(times[2] / 1e6);
            }
        }
        stopRecording(recording, size);
        System.out.printf(
                "BENCH edit-to-frame %d products: work median %.1f ms, p95 %.1f ms; "
                        + "end-to-end (incl. waiting for the pulse) median %.1f ms, p95 %.1f ms%n",
                size, percentile(work, 50), percentile(work, 95), percentile(endToEnd, 50), percentile(endToEnd, 95));
        System.out.printf(
                "BENCH   of which the edit on the FX thread: median %.1f ms, p95 %.1f ms; the pulse to the "
                        + "rendered frame: median %.1f ms, p95 %.1f ms%n",
                percentile(edits, 50), percentile(edits, 95), percentile(frames, 50), percentile(frames, 95));
        Platform.runLater(stage::close);
    }

    /**
     * Returns {edit time on the FX thread, wait until the pulse, pulse-to-rendered-frame time, total}
     * in nanoseconds.
     */
    private static long[] editAndWaitForFrame(PerformanceTracker tracker, ProductRowViewModel row, String price)
            throws InterruptedException {
        CountDownLatch rendered = new CountDownLatch(1);
        long[] times = new long[4];
        long[] pulseStart = new long[1];
        Platform.runLater(() -> {
            long start = System.nanoTime();
            tracker.setOnPulse(() -> {
                if (pulseStart[0] == 0) {
                    pulseStart[0] = System.nanoTime();
                }
            });
            tracker.setOnRenderedFrameTask(() -> {
                if (pulseStart[0] != 0 && rendered.getCount() > 0) {
                    long end = System.nanoTime();
                    times[2] = end - pulseStart[0];
                    times[3] = end - start;
                    rendered.countDown();
                }
            });
            if (!row.amount().commit(price)) {
                throw new IllegalStateException(row.amount().errorProperty().get());
            }
            times[0] = System.nanoTime() - start;
            times[1] = 0;
        });
        if (!rendered.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no frame rendered after an edit");
        }
        return times;
    }

    private static void memoryAfterOpening(int size) throws Exception {
        Path file = Files.createTempFile("bench-", ProjectFiles.EXTENSION);
        ProjectFiles.write(LargeProjects.withProducts(size), file);
        Project opened = ProjectFiles.read(file);
        CompletableFuture<Stage> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            new MainWindow(new MainViewModel(new ProjectSession(opened, file), Texts.english()), new WindowImages())
                    .show(stage);
            shown.complete(stage);
        });
        shown.get(300, TimeUnit.SECONDS);
        Thread.sleep(500);
        System.gc();
        Thread.sleep(500);
        long rssKb = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst()
                .orElse(-1);
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(
                "BENCH memory after opening %d products: resident %.0f MB, Java heap used %.0f MB%n",
                size, rssKb / 1024.0, (runtime.totalMemory() - runtime.freeMemory()) / 1024.0 / 1024.0);
        Files.delete(file);
    }

    /** With -Dbench.jfr=DIR, a flight recording of the measured edits only, for finding where their time goes. */
    private static Recording startRecording() throws IOException, ParseException {
        if (System.getProperty("bench.jfr") == null) {
            return null;
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
        recording.start();
        return recording;
    }

    private static void stopRecording(Recording recording, int size) throws IOException {
        if (recording != null) {
            Path file = Path.of(System.getProperty("bench.jfr"), "edits-" + size + ".jfr");
            recording.stop();
            recording.dump(file);
            recording.close();
            System.out.println("BENCH flight recording of the measured edits: " + file);
        }
    }

    private static double percentile(List<Double> values, int p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
