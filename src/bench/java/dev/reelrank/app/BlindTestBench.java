package dev.reelrank.app;

import com.sun.javafx.perf.PerformanceTracker;
import dev.reelrank.export.WindowImages;
import dev.reelrank.io.DefaultDataset;
import dev.reelrank.io.RecoveryFiles;
import dev.reelrank.model.BlindTest;
import dev.reelrank.model.BlindTestPrompt;
import dev.reelrank.model.Clip;
import dev.reelrank.model.ClipLibrary;
import dev.reelrank.model.Project;
import dev.reelrank.model.VoteOutcome;
import dev.reelrank.testing.OnFx;
import dev.reelrank.view.MainWindow;
import dev.reelrank.view.blindtest.StallingScreen;
import dev.reelrank.view.controls.Fonts;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.port.RecentFiles;
import dev.reelrank.viewmodel.port.UserSettings;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import javafx.stage.Stage;

/**
 * Issue 19, item 6: the blind-test screen itself (BlindTestScreen on MainViewModel's blind-test view
 * model, the desktop app's background executor and a recovery store writing to a temporary folder),
 * full screen with two 720p clips (not a bare MediaView; src/bench/media/PairPlayback.java is that).
 *
 * <ol>
 *   <li>Play: the first pair plays for {@code bench.playSeconds} (60); frames rendered by the blind
 *       test's scene (PerformanceTracker) and its pulses, a second at a time; the process's CPU.
 *   <li>Pairs: {@code bench.pairs} (210) votes on the FX thread, one every {@code bench.voteMs} (1000);
 *       for each, the time from the vote to the next pair on screen (after the recovery copy is on
 *       disk), to both new players PLAYING, and to both past their first frame (time &gt; 0). Resident
 *       memory (VmRSS) and the Java heap after pair 10 and every 50 pairs, each after a GC.
 * </ol>
 *
 * <p>Not part of any build's tests: a main class, compiled with {@code mvn -Pbench test-compile} and
 * run by src/bench/blind-test.sh on a real display (docs/benchmarks.md, "Media", has the commands).
 * {@code bench.clips} names a folder with the 720p clips a24.mp4, b30.mp4, c24.mp4, d30.mp4;
 * {@code bench.mainWindow=false} puts a plain stage behind the screen instead of the main window;
 * {@code bench.stallEvery=N} makes every N-th player stall as JavaFX Media's players rarely do
 * (StallingScreen), to time what a stall costs the change of pair.
 */
public final class BlindTestBench {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final List<String> FILES = List.of("a24.mp4", "b30.mp4", "c24.mp4", "d30.mp4");
    /** The window's view model, set once on the FX thread before the screen shows. */
    private static volatile MainViewModel window;

    private BlindTestBench() {}

    public static void main(String[] args) throws Exception {
        Path clips = Path.of(System.getProperty("bench.clips", "/tmp/bench-clips"));
        int pairs = Integer.getInteger("bench.pairs", 210);
        int playSeconds = Integer.getInteger("bench.playSeconds", 60);
        long voteMs = Long.getLong("bench.voteMs", 1000);
        boolean mainWindow = Boolean.parseBoolean(System.getProperty("bench.mainWindow", "true"));
        int stallEvery = Integer.getInteger("bench.stallEvery", 0);
        for (String file : FILES) {
            if (!Files.isRegularFile(clips.resolve(file))) {
                throw new IllegalStateException("no clip " + clips.resolve(file) + " (docs/benchmarks.md, Media)");
            }
        }
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        Platform.setImplicitExit(false);

        Texts texts = Texts.english();
        Path recovery = Files.createTempDirectory("reelrank-blind-bench");
        Project base = DefaultDataset.load();
        List<String> products = base.products().stream()
                .limit(3)
                .map(dev.reelrank.model.Product::id)
                .toList();
        // Enough prompts that the schedule (max(pairs of products, prompts) long) outlasts the votes.
        List<BlindTestPrompt> prompts = new ArrayList<>();
        List<Clip> library = new ArrayList<>();
        for (int i = 0; i < pairs + 10; i++) {
            String prompt = String.format(Locale.ROOT, "p%03d", i);
            prompts.add(new BlindTestPrompt(prompt, "Prompt " + i + ": a city street at night, rain, neon signs"));
            for (int p = 0; p < products.size(); p++) {
                // A pair's two clips are always different files, and a side's file changes from pair to pair.
                String file = clips.resolve(FILES.get((i + p) % FILES.size())).toString();
                library.add(new Clip(prompt, products.get(p), file));
            }
        }
        Project project = base.withClipLibrary(new ClipLibrary(prompts, library));
        BlindTest test = new BlindTest("bench", Instant.now(), 42, products, prompts);

        Stage screen = OnFx.call(
                () -> {
                    Fonts.load();
                    MainViewModel viewModel = new MainViewModel(
                            new ProjectSession(project, null, texts),
                            texts,
                            new FileProjectStore(),
                            RecentFiles.inMemory(),
                            new FxBackgroundWork(),
                            new CsvBattleFiles(),
                            UserSettings.inMemory());
                    viewModel.keepUnsavedWorkIn(new FileRecoveryStore(
                            new RecoveryFiles(recovery),
                            "window-bench",
                            id -> false,
                            Clock.systemUTC(),
                            Duration.ofSeconds(2)));
                    Stage owner = new Stage();
                    if (mainWindow) {
                        new MainWindow(viewModel, new WindowImages()).show(owner);
                    } else {
                        owner.setScene(new Scene(new StackPane(new Label("ReelRank")), 800, 600));
                        owner.show();
                    }
                    window = viewModel;
                    viewModel.blindTest().begin(test);
                    return StallingScreen.show(owner, viewModel, stallEvery);
                },
                WAIT);
        System.out.printf(
                Locale.ROOT,
                "BENCH screen %.0f x %.0f, full screen %s, pipeline %s, JVM %s%n",
                screen.getWidth(),
                screen.getHeight(),
                screen.isFullScreen(),
                com.sun.prism.GraphicsPipeline.getPipeline().getClass().getSimpleName(),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
        MediaPlayer[] first = awaitPlaying(screen.getScene());
        System.out.println("BENCH first pair playing: " + first[0].getMedia().getSource() + " | "
                + first[1].getMedia().getSource());
        play(screen.getScene(), playSeconds);
        votes(screen.getScene(), pairs, voteMs);
        if (stallEvery > 0) {
            System.out.println("BENCH " + StallingScreen.counts());
        }
        OnFx.call(
                () -> {
                    screen.close();
                    return null;
                },
                WAIT);
        Platform.exit();
        System.exit(0);
    }

    private static void play(Scene scene, int seconds) throws Exception {
        PerformanceTracker tracker = OnFx.call(() -> PerformanceTracker.getSceneTracker(scene), WAIT);
        AtomicLong frames = new AtomicLong();
        AtomicLong pulses = new AtomicLong();
        OnFx.call(
                () -> {
                    tracker.setOnRenderedFrameTask(frames::incrementAndGet);
                    scene.addPostLayoutPulseListener(pulses::incrementAndGet);
                    return null;
                },
                WAIT);
        Thread.sleep(2000);
        long cpu = cpuTicks();
        long startFrames = frames.get();
        long startPulses = pulses.get();
        long t0 = System.nanoTime();
        long last = startFrames;
        long slowest = Long.MAX_VALUE;
        List<Long> perSecond = new ArrayList<>();
        for (int s = 0; s < seconds; s++) {
            Thread.sleep(1000);
            long now = frames.get();
            perSecond.add(now - last);
            slowest = Math.min(slowest, now - last);
            last = now;
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "BENCH play %d s: %.1f frames rendered/s (%.1f pulses/s), slowest second %d frames;"
                        + " CPU %.0f %% of one core; load %s; %s%n",
                seconds,
                (last - startFrames) / elapsed,
                (pulses.get() - startPulses) / elapsed,
                slowest,
                (cpuTicks() - cpu) / elapsed,
                loadAverage(),
                memory());
        System.out.println("BENCH frames per second: " + perSecond);
    }

    private static void votes(Scene scene, int count, long paceMs) throws Exception {
        long[] shown = new long[count];
        long[] playing = new long[count];
        long[] framed = new long[count];
        String afterTen = "";
        for (int i = 0; i < count; i++) {
            MediaPlayer[] before = players(scene);
            VoteOutcome outcome = i % 2 == 0 ? VoteOutcome.A : VoteOutcome.B;
            long[] times = new long[1];
            AtomicLong pairShown = new AtomicLong();
            OnFx.call(
                    () -> {
                        var listener = new javafx.beans.value.ChangeListener<Object>() {
                            @Override
                            public void changed(
                                    javafx.beans.value.ObservableValue<? extends Object> obs, Object old, Object now) {
                                pairShown.set(System.nanoTime());
                                window.blindTest().pairProperty().removeListener(this);
                            }
                        };
                        window.blindTest().pairProperty().addListener(listener);
                        times[0] = System.nanoTime();
                        window.blindTest().vote(outcome);
                        return null;
                    },
                    WAIT);
            long t0 = times[0];
            long deadline = System.nanoTime() + WAIT.toNanos();
            long bothPlaying = 0;
            while (true) {
                MediaPlayer[] now = players(scene);
                boolean fresh = now[0] != null && now[1] != null && now[0] != before[0] && now[1] != before[1];
                long at = System.nanoTime();
                // Both states read in one FX task, so that a pair seen past its first frame was seen PLAYING too.
                boolean[] state = fresh
                        ? OnFx.call(() -> new boolean[] {status(now, false), status(now, true)}, WAIT)
                        : new boolean[2];
                if (state[0] && bothPlaying == 0) {
                    bothPlaying = at;
                }
                if (state[1]) {
                    framed[i] = at - t0;
                    break;
                }
                if (at > deadline) {
                    throw new IllegalStateException("pair " + (i + 1) + " did not play within " + WAIT);
                }
                Thread.sleep(2);
            }
            playing[i] = bothPlaying - t0;
            shown[i] = pairShown.get() - t0;
            if (i + 1 == 10 || (i + 1) % 50 == 0 || i + 1 == count) {
                String line = memoryAfterGc();
                System.out.printf(Locale.ROOT, "BENCH after pair %d: %s; load %s%n", i + 1, line, loadAverage());
                if (i + 1 == 10) {
                    afterTen = line;
                }
            }
            long spent = (System.nanoTime() - t0) / 1_000_000;
            Thread.sleep(Math.max(0, paceMs - spent));
        }
        System.out.printf(
                Locale.ROOT,
                "BENCH %d pairs, one vote every %d ms. Vote to next pair shown (recovery copy written): %s."
                        + " Vote to both new players PLAYING: %s. Vote to both past their first frame: %s.%n",
                count,
                paceMs,
                summary(shown),
                summary(playing),
                summary(framed));
        System.out.println(
                "BENCH memory after pair 10: " + afterTen + "; after pair " + count + ": " + memoryAfterGc());
    }

    private static MediaPlayer[] players(Scene scene) throws Exception {
        return OnFx.call(
                () -> new MediaPlayer[] {
                    ((MediaView) scene.lookup("#blind-a-clip")).getMediaPlayer(),
                    ((MediaView) scene.lookup("#blind-b-clip")).getMediaPlayer()
                },
                WAIT);
    }

    private static boolean status(MediaPlayer[] pair, boolean pastFirstFrame) {
        for (MediaPlayer player : pair) {
            if (player.getStatus() != MediaPlayer.Status.PLAYING
                    || (pastFirstFrame && player.getCurrentTime().toMillis() <= 0)) {
                return false;
            }
        }
        return true;
    }

    private static MediaPlayer[] awaitPlaying(Scene scene) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            MediaPlayer[] now = players(scene);
            if (now[0] != null && now[1] != null && OnFx.call(() -> status(now, true), WAIT)) {
                return now;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the first pair did not play within " + WAIT);
    }

    private static String summary(long[] nanos) {
        long[] ms = Arrays.stream(nanos).map(n -> n / 1_000_000).sorted().toArray();
        double mean = Arrays.stream(ms).average().orElse(0);
        return String.format(
                Locale.ROOT,
                "mean %.0f ms, median %d, p95 %d, max %d, over 200 ms: %d",
                mean,
                ms[ms.length / 2],
                ms[(int) Math.ceil(ms.length * 0.95) - 1],
                ms[ms.length - 1],
                Arrays.stream(ms).filter(m -> m > 200).count());
    }

    private static String memoryAfterGc() throws Exception {
        System.gc();
        Thread.sleep(300);
        System.gc();
        Thread.sleep(200);
        return memory();
    }

    /** Resident memory, the Java heap in use and committed, and direct buffers. */
    private static String memory() throws Exception {
        List<String> status = Files.readAllLines(Path.of("/proc/self/status"));
        // VmHWM is the peak: what the resident set reached between the GCs this harness forces.
        String rss = status.stream()
                        .filter(line -> line.startsWith("VmRSS"))
                        .findFirst()
                        .orElse("VmRSS: ?")
                        .replaceAll("\\s+", " ")
                        .replace("VmRSS:", "RSS")
                + status.stream()
                        .filter(line -> line.startsWith("VmHWM"))
                        .findFirst()
                        .orElse("VmHWM: ?")
                        .replaceAll("\\s+", " ")
                        .replace("VmHWM:", ", peak");
        Runtime runtime = Runtime.getRuntime();
        long direct = 0;
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            if (pool.getName().equals("direct")) {
                direct = pool.getMemoryUsed();
            }
        }
        return String.format(
                Locale.ROOT,
                "%s, heap %d of %d MB, direct %d MB",
                rss,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.totalMemory() >> 20,
                direct >> 20);
    }

    private static String loadAverage() throws Exception {
        String line = Files.readString(Path.of("/proc/loadavg"));
        return line.substring(0, line.indexOf(' '));
    }

    /** This process's CPU time so far, in clock ticks (100 a second on Linux). */
    private static long cpuTicks() throws Exception {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(") ") + 2).split(" ", -1);
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
