package dev.reelrank.view.blindtest;

import dev.reelrank.model.LocalText;
import dev.reelrank.view.media.MediaClipProbe;
import dev.reelrank.viewmodel.port.ClipProbe.Problem;
import dev.reelrank.viewmodel.port.ClipProbe.Unplayable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;

/**
 * Two clips played as one: they start together once both are ready, and when both have ended they
 * start again together, so a longer clip never drifts out of step with a shorter one. A clip that
 * cannot play is reported to the screen and no longer holds the other back.
 *
 * <p>About 2 in 3,500 JavaFX media players never become ready and never fail (docs/benchmarks.md, "A
 * collection per vote"): left alone, that side stays black and the other waits for it forever. So a
 * side not ready {@link Watchdog#startWithin} after its player was made gets a new player, up to
 * {@link Watchdog#tries} players in all; after that the screen says so on that side, the other plays
 * alone, and R tries again.
 */
final class ClipPairPlayer {
    /** Makes a player for a clip; it may throw {@link MediaException}. The screen's opens the file. */
    @FunctionalInterface
    interface ClipOpener {
        ClipOpener MEDIA = file -> new MediaPlayer(new Media(file.toUri().toString()));

        MediaPlayer open(Path file);
    }

    /**
     * How long a side's player may take to become ready, counted from when it was made (a preloaded
     * pair's players were made while the room watched the pair before), and how many players a side
     * is given before the room is told.
     */
    record Watchdog(ClipOpener opener, Duration startWithin, int tries) {
        /** A clip on a 2-core machine is ready in about 0.3 s, and under a full CI run in under 2 s. */
        static final Watchdog STANDARD = new Watchdog(ClipOpener.MEDIA, Duration.ofSeconds(3), 3);
    }

    /** What the room's screen shows of each side ("A" is true, "B" false). */
    interface Room {
        /** A new player for a side whose clip did not start in time; the room is told it is being started again. */
        void reopened(boolean sideA, MediaPlayer player);

        /** The side's clip is ready to play. */
        void ready(boolean sideA);

        /** The side's clip cannot play, and why. */
        void failed(boolean sideA, Unplayable why);

        /**
         * The pair has started: every side that can play is playing. Told once per pair, and not at all
         * while a side still waits for its player.
         */
        default void started() {}
    }

    /** One side's player, made ahead of time so that moving to the next pair waits for nothing. */
    static final class Side {
        final Path file;
        final MediaPlayer player;
        private final long madeAt = System.nanoTime();
        private final int tryNumber;
        private Unplayable failure;
        private boolean ready;
        private boolean ended;
        private boolean started;
        private PauseTransition watch;
        private boolean disposed;

        private Side(Path file, MediaPlayer player, Unplayable failure, int tryNumber) {
            this.file = file;
            this.player = player;
            this.failure = failure;
            this.tryNumber = tryNumber;
        }

        /** Opens a clip (or nothing, for a missing one) without playing it. */
        static Side load(Optional<Path> file, ClipOpener opener) {
            return file.map(clip -> open(clip, opener, 1)).orElseGet(() -> new Side(null, null, null, 1));
        }

        private static Side open(Path file, ClipOpener opener, int tryNumber) {
            try {
                MediaPlayer player = opener.open(file);
                player.setMute(true);
                return new Side(file, player, null, tryNumber);
            } catch (MediaException e) {
                return new Side(file, null, MediaClipProbe.unplayable(e), tryNumber);
            }
        }

        boolean plays() {
            return player != null && failure == null;
        }

        /** Neither ready nor failed (or gone without our disposing it): a player that may never start. */
        boolean stalls() {
            MediaPlayer.Status status = player == null ? null : player.getStatus();
            return plays()
                    && !disposed
                    && (status == MediaPlayer.Status.UNKNOWN || status == MediaPlayer.Status.DISPOSED);
        }

        /** This side's clip in a new player, counted as one more try; this one is disposed. */
        Side again(ClipOpener opener) {
            dispose();
            return open(file, opener, tryNumber + 1);
        }

        private boolean stalled() {
            return failure != null && failure.problem() == Problem.TIMED_OUT;
        }

        void dispose() {
            if (watch != null) {
                watch.stop();
            }
            if (player != null && !disposed) {
                player.dispose();
            }
            disposed = true;
        }
    }

    private final Watchdog watchdog;
    private final Room room;
    private Side a;
    private Side b;
    private boolean paused;
    private boolean disposed;
    private boolean toldStarted;

    /** Starts both sides when both are ready. */
    ClipPairPlayer(Side a, Side b, Watchdog watchdog, Room room) {
        this.a = a;
        this.b = b;
        this.watchdog = watchdog;
        this.room = room;
        follow(a, true);
        follow(b, false);
        startWhenBothReady();
    }

    private void follow(Side side, boolean isA) {
        if (side.player == null) {
            if (side.failure != null) {
                room.failed(isA, side.failure);
            }
            return;
        }
        side.player.setOnReady(() -> {
            if (side != current(isA)) {
                return;
            }
            side.ready = true;
            if (side.watch != null) {
                side.watch.stop();
            }
            room.ready(isA);
            startWhenBothReady();
        });
        // A preloaded clip that failed before its pair was shown is reported too: the player runs a
        // handler set after its error (ClipThatNeverStartsTest checks it).
        side.player.setOnError(() -> failed(side, isA));
        side.player.setOnPlaying(this::tellWhenStarted);
        side.player.setOnEndOfMedia(() -> {
            side.ended = true;
            loopWhenBothEnded();
        });
        if (side.player.getStatus() == MediaPlayer.Status.READY) {
            side.ready = true;
            return;
        }
        long waited = System.nanoTime() - side.madeAt;
        side.watch = new PauseTransition(
                javafx.util.Duration.millis(Math.max(1, (watchdog.startWithin().toNanos() - waited) / 1e6)));
        side.watch.setOnFinished(e -> notStartedInTime(side, isA));
        side.watch.play();
    }

    private void failed(Side side, boolean isA) {
        if (side != current(isA) || side.failure != null) {
            return;
        }
        if (side.watch != null) {
            side.watch.stop();
        }
        side.failure = MediaClipProbe.unplayable(side.player.getError());
        room.failed(isA, side.failure);
        startWhenBothReady();
        loopWhenBothEnded();
        tellWhenStarted();
    }

    private void notStartedInTime(Side side, boolean isA) {
        if (disposed || side.ready || !side.plays() || side != current(isA)) {
            return;
        }
        if (side.tryNumber >= watchdog.tries()) {
            side.failure = new Unplayable(Problem.TIMED_OUT, LocalText.of("clip.neverStarted", side.tryNumber));
            side.dispose();
            room.failed(isA, side.failure);
            startWhenBothReady();
            loopWhenBothEnded();
            tellWhenStarted();
            return;
        }
        reopen(side, isA, side.tryNumber + 1);
    }

    private void reopen(Side side, boolean isA, int tryNumber) {
        side.dispose();
        Side again = Side.open(side.file, watchdog.opener(), tryNumber);
        if (isA) {
            a = again;
        } else {
            b = again;
        }
        if (again.player != null) {
            room.reopened(isA, again.player);
        }
        follow(again, isA);
    }

    private Side current(boolean isA) {
        return isA ? a : b;
    }

    private boolean waitsFor(Side side) {
        return side.plays() && !side.ready;
    }

    private void tellWhenStarted() {
        if (toldStarted || disposed) {
            return;
        }
        for (Side side : new Side[] {a, b}) {
            if (side.plays() && side.player.getStatus() != MediaPlayer.Status.PLAYING) {
                return;
            }
        }
        toldStarted = true;
        room.started();
    }

    private void startWhenBothReady() {
        if (waitsFor(a) || waitsFor(b) || paused) {
            return;
        }
        playFromStart();
    }

    private void loopWhenBothEnded() {
        if ((a.plays() && !a.ended) || (b.plays() && !b.ended)) {
            return;
        }
        playFromStart();
    }

    private void playFromStart() {
        for (Side side : new Side[] {a, b}) {
            if (side.plays() && side.ready) {
                side.ended = false;
                // A player that has never played is at the start: a seek there would make GStreamer
                // preroll the clip again, about 250 ms on 2 cores, between the vote and the next pair.
                if (side.started) {
                    side.player.seek(javafx.util.Duration.ZERO);
                }
                side.started = true;
                side.player.play();
            }
        }
    }

    /** Both clips from the start; a side whose clip never started is given new players first. */
    void replay() {
        paused = false;
        if (a.stalled()) {
            reopen(a, true, 1);
        }
        if (b.stalled()) {
            reopen(b, false, 1);
        }
        playFromStart();
    }

    /** Pauses both, or plays both on from where they are; returns whether they are now paused. */
    boolean togglePause() {
        paused = !paused;
        for (Side side : new Side[] {a, b}) {
            if (side.plays() && side.ready) {
                if (paused) {
                    side.player.pause();
                } else {
                    side.player.play();
                }
            }
        }
        return paused;
    }

    void dispose() {
        disposed = true;
        a.dispose();
        b.dispose();
    }
}
