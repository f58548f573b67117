import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Bare JavaFX Media baseline for issue 19's blind test (docs/benchmarks.md, "Media"): two clips side
 * by side in MediaViews, full screen, muted and looping, as a blind test shows a pair. Not ReelRank's
 * presentation: what JavaFX Media alone costs on this machine.
 *
 * <ul>
 *   <li>{@code play A B SECONDS}: the scene's pulses per second over SECONDS (issue 19's measure: the
 *       player reports no dropped frames), the slowest second, the process's CPU and resident memory.
 *   <li>{@code pairs A B COUNT}: COUNT times, open the next pair in two new players and wait until both
 *       are READY (the preload), then swap them into the views, play, and time the swap until both
 *       are PLAYING with their time past 0; dispose of the old pair. Resident memory, the Java heap and
 *       direct buffers after pair 10 and after the last (each after a GC).
 *   <li>{@code pairs-new-views A B COUNT}: the same with two new MediaViews for each pair.
 * </ul>
 *
 * <p>Not part of the build: run it as a single-file program on a display, with JavaFX from target/lib
 * (docs/benchmarks.md, "Media", has the commands and the clips).
 */
public final class PairPlayback {
    private static final AtomicLong PULSES = new AtomicLong();
    private static final List<MediaView> VIEWS = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path a = Path.of(args[1]);
        Path b = Path.of(args[2]);
        int n = Integer.parseInt(args[3]);
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        Platform.setImplicitExit(false);
        MediaPlayer[] pair = onFx(() -> show(open(a), open(b)));
        awaitReady(pair);
        onFx(() -> play(pair));
        if (mode.equals("play")) {
            play(n);
        } else {
            pairs(pair, a, b, n, mode.equals("pairs-new-views"));
        }
        Platform.exit();
        System.exit(0);
    }

    private static void play(int seconds) throws Exception {
        Thread.sleep(2000);
        long cpu = cpuTicks();
        long start = PULSES.get();
        long t0 = System.nanoTime();
        long last = start;
        long slowest = Long.MAX_VALUE;
        for (int s = 0; s < seconds; s++) {
            Thread.sleep(1000);
            long now = PULSES.get();
            slowest = Math.min(slowest, now - last);
            last = now;
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT,
                "play: %d s, %.1f pulses/s on average, slowest second %d; CPU %.0f %% of one core; %s%n",
                seconds, (last - start) / elapsed, slowest, (cpuTicks() - cpu) / elapsed, rss());
    }

    private static void pairs(MediaPlayer[] first, Path a, Path b, int count, boolean newViews) throws Exception {
        MediaPlayer[] shown = first;
        long worst = 0;
        long total = 0;
        String afterTen = "";
        for (int i = 1; i <= count; i++) {
            // Alternate sides, so each new player has a file the previous pair is not playing on its side.
            MediaPlayer[] next = i % 2 == 0 ? onFx(() -> new MediaPlayer[] {open(a), open(b)})
                    : onFx(() -> new MediaPlayer[] {open(b), open(a)});
            awaitReady(next);
            long t0 = System.nanoTime();
            MediaPlayer[] old = shown;
            onFx(() -> {
                for (int side = 0; side < 2; side++) {
                    if (newViews) {
                        MediaView previous = VIEWS.get(side);
                        MediaView view = new MediaView(next[side]);
                        view.setFitWidth(previous.getFitWidth());
                        view.setFitHeight(previous.getFitHeight());
                        view.setPreserveRatio(true);
                        HBox row = (HBox) previous.getParent();
                        row.getChildren().set(side, view);
                        VIEWS.set(side, view);
                    } else {
                        VIEWS.get(side).setMediaPlayer(next[side]);
                    }
                }
                play(next);
                return null;
            });
            while (!onFx(() -> playing(next))) {
                Thread.sleep(2);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            worst = Math.max(worst, ms);
            total += ms;
            onFx(() -> {
                for (MediaPlayer p : old) {
                    p.dispose();
                }
                return null;
            });
            shown = next;
            Thread.sleep(150);
            if (i == 10) {
                System.gc();
                afterTen = rss();
            }
        }
        System.gc();
        Thread.sleep(500);
        System.out.printf(Locale.ROOT, "pairs: %d, swap to both playing %.0f ms on average, worst %d ms; after 10: %s;"
                + " after %d: %s%n", count, total / (double) count, worst, afterTen, count, rss());
    }

    private static MediaPlayer open(Path clip) {
        MediaPlayer player = new MediaPlayer(new Media(clip.toUri().toString()));
        player.setMute(true);
        player.setCycleCount(MediaPlayer.INDEFINITE);
        return player;
    }

    private static MediaPlayer[] show(MediaPlayer left, MediaPlayer right) {
        Rectangle2D screen = Screen.getPrimary().getBounds();
        HBox row = new HBox();
        for (MediaPlayer player : List.of(left, right)) {
            MediaView view = new MediaView(player);
            view.setFitWidth(screen.getWidth() / 2);
            view.setFitHeight(screen.getHeight());
            view.setPreserveRatio(true);
            VIEWS.add(view);
            row.getChildren().add(view);
        }
        Scene scene = new Scene(row, screen.getWidth(), screen.getHeight(), Color.BLACK);
        scene.addPostLayoutPulseListener(PULSES::incrementAndGet);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.setFullScreen(true);
        stage.show();
        return new MediaPlayer[] {left, right};
    }

    private static Void play(MediaPlayer[] pair) {
        for (MediaPlayer player : pair) {
            player.play();
        }
        return null;
    }

    private static boolean playing(MediaPlayer[] pair) {
        for (MediaPlayer player : pair) {
            if (player.getStatus() != MediaPlayer.Status.PLAYING || player.getCurrentTime().toMillis() <= 0) {
                return false;
            }
        }
        return true;
    }

    private static void awaitReady(MediaPlayer[] pair) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!onFx(() -> pair[0].getStatus() == MediaPlayer.Status.READY
                || pair[0].getStatus() == MediaPlayer.Status.PLAYING)
                || !onFx(() -> pair[1].getStatus() == MediaPlayer.Status.READY
                        || pair[1].getStatus() == MediaPlayer.Status.PLAYING)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not ready within 10 s: " + pair[0].getError() + ", " + pair[1].getError());
            }
            Thread.sleep(5);
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> body) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(body.call());
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(10, TimeUnit.SECONDS);
    }

    /** This process's CPU time so far, in clock ticks (100 a second on Linux). */
    private static long cpuTicks() throws Exception {
        String[] fields = Files.readString(Path.of("/proc/self/stat")).split("\\) ")[1].split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static String rss() throws Exception {
        return residentSetSize() + ", " + javaMemory();
    }

    /** The Java heap in use and committed, and the JDK's direct buffers: where a growing RSS is not. */
    private static String javaMemory() {
        Runtime runtime = Runtime.getRuntime();
        long direct = 0;
        long buffers = 0;
        for (java.lang.management.BufferPoolMXBean pool :
                java.lang.management.ManagementFactory.getPlatformMXBeans(java.lang.management.BufferPoolMXBean.class)) {
            if (pool.getName().equals("direct")) {
                direct = pool.getMemoryUsed();
                buffers = pool.getCount();
            }
        }
        return String.format(Locale.ROOT, "heap %d of %d MB, %d direct buffers %d MB",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.totalMemory() >> 20, buffers, direct >> 20);
    }

    private static String residentSetSize() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS"))
                .findFirst()
                .orElse("VmRSS: ?")
                .replaceAll("\\s+", " ")
                .replace("VmRSS:", "RSS");
    }
}
