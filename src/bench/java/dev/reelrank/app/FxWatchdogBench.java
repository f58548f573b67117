package dev.reelrank.app;

import dev.reelrank.bench.FxStart;
import dev.reelrank.export.ExportSize;
import dev.reelrank.export.SlideImage;
import dev.reelrank.export.WindowImages;
import dev.reelrank.io.DefaultDataset;
import dev.reelrank.model.Provenance;
import dev.reelrank.model.RatingSource;
import dev.reelrank.testing.OnFx;
import dev.reelrank.view.MainWindow;
import dev.reelrank.view.controls.Fonts;
import dev.reelrank.view.slides.Presentation;
import dev.reelrank.view.slides.Slides;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.port.RecentFiles;
import dev.reelrank.viewmodel.port.UserSettings;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.slides.SizePreset;
import dev.reelrank.viewmodel.slides.SlideContent;
import dev.reelrank.viewmodel.slides.SlideKind;
import dev.reelrank.viewmodel.slides.SlideTheme;
import dev.reelrank.viewmodel.text.Texts;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/**
 * Watchdog harness (issue 16, item 10; not a test of correctness): a thread posts a
 * {@code Platform.runLater} ping every 10 ms and records how long each waited for the FX thread,
 * while the desktop window (its real background executor) imports 1,000,000 battles, takes 20
 * quick head-to-head edits, presents every slide, and exports a chart at 1920×1080 and at 2×.
 * Target: the FX thread never blocked for more than 100 ms. Run with
 * {@code mvn -Pbench verify -Dtest=FxWatchdogBench}; recorded in docs/benchmarks.md.
 */
class FxWatchdogBench {
    private static final long TARGET_MS = 100;
    private static final int MODELS = 50;
    private static final int BATTLES = 1_000_000;

    /** Pings the FX thread; per phase, the longest wait, and the FX thread's stack in the worst one. */
    private static final class Watchdog extends Thread {
        private final Map<String, long[]> worst = new LinkedHashMap<>();
        private final Map<String, String> stacks = new LinkedHashMap<>();
        private final Thread fx;
        private volatile String phase = "idle";
        private volatile boolean stop;

        Watchdog(Thread fx) {
            super("fx-watchdog");
            setDaemon(true);
            this.fx = fx;
        }

        synchronized void phase(String name) {
            phase = name;
            worst.putIfAbsent(name, new long[] {0, 0, 0});
        }

        private synchronized void record(String in, long waitedNanos) {
            long[] w = worst.computeIfAbsent(in, k -> new long[] {0, 0, 0});
            long millis = waitedNanos / 1_000_000;
            w[0] = Math.max(w[0], millis);
            w[1]++;
            if (millis > TARGET_MS) {
                w[2]++;
            }
        }

        @Override
        public void run() {
            while (!stop) {
                long posted = System.nanoTime();
                String in = phase;
                CompletableFuture<Void> answered = new CompletableFuture<>();
                Platform.runLater(() -> {
                    record(in, System.nanoTime() - posted);
                    answered.complete(null);
                });
                boolean sampled = false;
                while (!answered.isDone()) {
                    try {
                        answered.get(5, TimeUnit.MILLISECONDS);
                    } catch (Exception waiting) {
                        long waited = (System.nanoTime() - posted) / 1_000_000;
                        if (!sampled && waited > Long.getLong("bench.stackMs", TARGET_MS)) {
                            sampled = true;
                            StringBuilder trace = new StringBuilder();
                            var info = ManagementFactory.getThreadMXBean().getThreadInfo(fx.threadId(), 60);
                            StackTraceElement[] frames = info == null ? new StackTraceElement[0] : info.getStackTrace();
                            // The innermost frames, then ReelRank's own: what the FX thread was doing, and why.
                            for (int f = 0; f < frames.length; f++) {
                                if (f < Integer.getInteger("bench.frames", 4)
                                        || frames[f].getClassName().startsWith("dev.reelrank")) {
                                    trace.append("\n      at ").append(frames[f]);
                                }
                            }
                            synchronized (this) {
                                stacks.merge(in, trace.toString(), (a, b) -> a + "\n    ---" + b);
                            }
                        }
                    }
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        synchronized void report() {
            System.out.println(
                    "BENCH watchdog: longest wait of a runLater ping per phase (target <= " + TARGET_MS + " ms)");
            worst.forEach((name, w) -> System.out.printf(
                    "BENCH   %-46s longest %5d ms  pings %5d  over %d ms: %d%n", name, w[0], w[1], TARGET_MS, w[2]));
            if (Boolean.getBoolean("bench.stacks")) {
                stacks.forEach(
                        (name, trace) -> System.out.println("BENCH stack while blocked in " + name + ":" + trace));
            }
        }
    }

    private static <T> T onFx(Callable<T> body) throws Exception {
        return OnFx.call(body, Duration.ofMinutes(5));
    }

    private static void await(String what, Callable<Boolean> condition) throws Exception {
        OnFx.await(what, condition, Duration.ofMinutes(5));
    }

    /** 1,000,000 battles between 50 models with spread-out strengths, 8 % ties, as arena exports hold them. */
    static Path millionBattles(Path folder) throws Exception {
        Path file = folder.resolve("million-battles.csv");
        SplittableRandom random = new SplittableRandom(42);
        double[] strength = new double[MODELS];
        for (int i = 0; i < MODELS; i++) {
            strength[i] = random.nextDouble(-1.5, 1.5);
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("model_a,model_b,winner\n");
            for (int k = 0; k < BATTLES; k++) {
                int a = random.nextInt(MODELS);
                int b = random.nextInt(MODELS - 1);
                if (b >= a) {
                    b++;
                }
                double u = random.nextDouble();
                String winner = u < 0.08
                        ? "tie"
                        : random.nextDouble() < 1 / (1 + Math.exp(strength[b] - strength[a])) ? "model_a" : "model_b";
                out.write("bench-model-" + a + ",bench-model-" + b + "," + winner + "\n");
            }
        }
        return file;
    }

    @Test
    void fxThreadIsNeverBlockedForLong() throws Exception {
        // Closing one measured window must not shut JavaFX down before the next.
        FxStart.once();
        Path folder = Files.createTempDirectory("reelrank-watchdog");
        long t = System.nanoTime();
        Path csv = millionBattles(folder);
        System.out.printf(
                "BENCH wrote %s (%,d bytes) in %.1f s%n",
                csv.getFileName(), Files.size(csv), (System.nanoTime() - t) / 1e9);

        Texts texts = Texts.english();
        Stage[] stage = new Stage[1];
        MainViewModel window = onFx(() -> {
            Fonts.load();
            MainViewModel viewModel = new MainViewModel(
                    new ProjectSession(DefaultDataset.load(), null, texts),
                    texts,
                    new FileProjectStore(),
                    RecentFiles.inMemory(),
                    new FxBackgroundWork(),
                    new CsvBattleFiles(),
                    UserSettings.inMemory());
            stage[0] = new Stage();
            new MainWindow(viewModel, new WindowImages()).show(stage[0]);
            return viewModel;
        });
        Watchdog dog = new Watchdog(onFx(Thread::currentThread));
        dog.phase("window open, idle (1 s)");
        dog.start();
        Thread.sleep(1000);

        dog.phase("import 1,000,000 battles (read, merge)");
        t = System.nanoTime();
        long[] mergeNanos = new long[1];
        onFx(() -> {
            window.battleImport().start(csv, () -> {
                long before = System.nanoTime();
                window.battleImport().merge(true);
                mergeNanos[0] = System.nanoTime() - before;
            });
            return null;
        });
        await(
                "the import",
                () -> !window.battleImport().runningProperty().get()
                        && !window.session().project().headToHead().isEmpty());
        System.out.printf(
                "BENCH import read and merged in %.2f s (the merge, on the FX thread, %.0f ms): %s%n",
                (System.nanoTime() - t) / 1e9,
                mergeNanos[0] / 1e6,
                onFx(() -> window.statusProperty().get()));

        dog.phase("head-to-head ratings with 1M votes: bootstrap");
        t = System.nanoTime();
        onFx(() -> {
            window.ratings().useSource(RatingSource.HEAD_TO_HEAD);
            return null;
        });
        await("the intervals", () -> !window.ratings().snapshot().intervalsPending());
        System.out.printf("BENCH first head-to-head intervals after %.2f s%n", (System.nanoTime() - t) / 1e9);

        dog.phase("20 head-to-head edits, 30 ms apart");
        Provenance typed = new Provenance("Typed in the watchdog harness", null, LocalDate.of(2026, 11, 29));
        t = System.nanoTime();
        for (int i = 1; i <= 20; i++) {
            long wins = 200L + i;
            Platform.runLater(() -> window.session()
                    .apply("votes", p -> p.withPair("bench-model-0", "bench-model-1", wins, 200, 10, typed)));
            Thread.sleep(30);
        }
        await(
                "the intervals after the edits",
                () -> !window.ratings().snapshot().intervalsPending());
        System.out.printf(
                "BENCH intervals of the last edit after %.2f s from the first edit%n", (System.nanoTime() - t) / 1e9);

        dog.phase("presentation: start (first slide)");
        t = System.nanoTime();
        Stage presenting = onFx(() -> Presentation.start(stage[0], window));
        System.out.printf("BENCH presentation started in %.0f ms%n", (System.nanoTime() - t) / 1e6);
        for (int i = 0; i < 8; i++) {
            Thread.sleep(300);
            dog.phase("presentation: next slide (" + (i + 2) + ")");
            Platform.runLater(() -> Event.fireEvent(
                    presenting.getScene(),
                    new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.RIGHT, false, false, false, false)));
        }
        Thread.sleep(300);
        onFx(() -> {
            presenting.close();
            return null;
        });

        dog.phase("each slide built alone (timed below)");
        slideByslide(window);

        for (int scale : new int[] {1, 2}) {
            for (SlideKind kind : List.of(SlideKind.COST, SlideKind.DASHBOARD)) {
                dog.phase("export " + kind + " 1920x1080 at " + scale + "x");
                export(
                        window,
                        stage[0],
                        kind,
                        scale,
                        folder.resolve(kind + "-" + scale + ".png"),
                        () -> dog.phase("(an export's parts timed in one task, below)"));
            }
        }
        dog.phase("idle after (1 s)");
        Thread.sleep(1000);
        dog.stop = true;
        dog.join();
        dog.report();
        onFx(() -> {
            stage[0].close();
            return null;
        });
    }

    /** Each slide's scene built, styled and laid out at 1920 × 1080 in one FX task, as a presentation shows it. */
    private static void slideByslide(MainViewModel window) throws Exception {
        MainViewModel copy = onFx(window::forPresentation);
        for (SlideKind kind : SlideKind.values()) {
            long[] millis = onFx(() -> {
                long start = System.nanoTime();
                Scene scene = Slides.unstyledScene(copy, kind, copy.slides().texts(kind), SlideTheme.LIGHT, 1920, 1080);
                long built = System.nanoTime();
                Slides.style(scene);
                long styled = System.nanoTime();
                Slides.layOut(scene);
                long laidOut = System.nanoTime();
                // The same software pipeline paints the snapshot as paints a frame: roughly the render thread's share.
                scene.snapshot(null);
                return new long[] {
                    (built - start) / 1_000_000,
                    (styled - built) / 1_000_000,
                    (laidOut - styled) / 1_000_000,
                    (System.nanoTime() - laidOut) / 1_000_000
                };
            });
            System.out.printf(
                    "BENCH   slide %s: built %d ms, styled %d ms, laid out %d ms; painted (snapshot) %d ms%n",
                    kind, millis[0], millis[1], millis[2], millis[3]);
        }
    }

    /** As the export dialog does it: drawn on the FX thread, encoded and written off it. */
    private static void export(
            MainViewModel window, Stage owner, SlideKind kind, int scale, Path file, Runnable timingParts)
            throws Exception {
        CompletableFuture<Image> drawn = new CompletableFuture<>();
        long[] snapshotNanos = new long[1];
        WindowImages images = new WindowImages();
        long start = System.nanoTime();
        onFx(() -> {
            window.exports().start(kind);
            window.exports().presetProperty().set(SizePreset.FULL_HD);
            window.exports().scaleProperty().set(scale);
            images.draw(
                    window.exports(),
                    owner,
                    image -> {
                        snapshotNanos[0] = System.nanoTime();
                        drawn.complete(image);
                    },
                    drawn::completeExceptionally);
            return null;
        });
        Image image = drawn.get(300, TimeUnit.SECONDS);
        long drawnAt = snapshotNanos[0];
        CompletableFuture<Void> saved = new CompletableFuture<>();
        onFx(() -> {
            window.exports()
                    .save(file, images.encoding(image, window.exports().drawnWords()), () -> saved.complete(null));
            return null;
        });
        saved.get(300, TimeUnit.SECONDS);
        timingParts.run();
        long[] split = onFx(() -> {
            long before = System.nanoTime();
            SlideContent drawing = window.exports().drawing();
            long copied = System.nanoTime();
            var slide = SlideImage.prepare(
                    drawing,
                    kind,
                    window.exports().words(),
                    new ExportSize(
                            1920, 1080, scale, window.exports().themeProperty().get()));
            long prepared = System.nanoTime();
            Stage hidden = new Stage();
            hidden.setOpacity(0);
            hidden.setScene(slide.root().getScene());
            hidden.show();
            slide.root().applyCss();
            long shown = System.nanoTime();
            slide.draw();
            long snapped = System.nanoTime();
            hidden.hide();
            return new long[] {prepared - before, shown - prepared, snapped - shown, copied - before};
        });
        System.out.printf(
                "BENCH   on the FX thread, separately: prepare %.0f ms (of which the view models' copy %.0f ms),"
                        + " show + CSS %.0f ms, layout + snapshot %.0f ms%n",
                split[0] / 1e6, split[3] / 1e6, split[1] / 1e6, split[2] / 1e6);
        System.out.printf(
                "BENCH export %s %dx%d px: drawn (prepare + one pulse + snapshot) %.0f ms, "
                        + "encoded and written %.0f ms more (%,d bytes)%n",
                kind,
                (int) image.getWidth(),
                (int) image.getHeight(),
                (drawnAt - start) / 1e6,
                (System.nanoTime() - drawnAt) / 1e6,
                Files.size(file));
    }
}
