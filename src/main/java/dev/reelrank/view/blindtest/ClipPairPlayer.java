package dev.reelrank.view.blindtest;

import dev.reelrank.view.media.MediaClipProbe;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.util.Duration;

/**
 * Two clips played as one: they start together once both are ready, and when both have ended they
 * start again together, so a longer clip never drifts out of step with a shorter one. A clip that
 * cannot play is reported through {@code failed} and no longer holds the other back.
 */
final class ClipPairPlayer {
    /** One side's player, made ahead of time so that moving to the next pair waits for nothing. */
    static final class Side {
        final Path file;
        final MediaPlayer player;
        MediaException error;
        boolean ready;
        boolean ended;
        boolean started;

        private Side(Path file, MediaPlayer player, MediaException error) {
            this.file = file;
            this.player = player;
            this.error = error;
        }

        /** Opens a clip (or nothing, for a missing one) without playing it. */
        static Side load(Optional<Path> file) {
            if (file.isEmpty()) {
                return new Side(null, null, null);
            }
            try {
                MediaPlayer player =
                        new MediaPlayer(new Media(file.get().toUri().toString()));
                player.setMute(true);
                return new Side(file.get(), player, null);
            } catch (MediaException e) {
                return new Side(file.get(), null, e);
            }
        }

        boolean plays() {
            return player != null && error == null;
        }

        void dispose() {
            if (player != null) {
                player.dispose();
            }
        }
    }

    private final Side a;
    private final Side b;
    private boolean paused;

    /**
     * Starts both sides when both are ready.
     *
     * @param failed hears a side ("A" is true, "B" false) whose clip cannot play, and why
     */
    ClipPairPlayer(Side a, Side b, Consumer<SideFailure> failed) {
        this.a = a;
        this.b = b;
        for (Side side : new Side[] {a, b}) {
            boolean isA = side == a;
            if (side.player == null) {
                if (side.error != null) {
                    failed.accept(new SideFailure(isA, MediaClipProbe.unplayable(side.error)));
                }
                continue;
            }
            side.player.setOnReady(() -> {
                side.ready = true;
                startWhenBothReady();
            });
            side.player.setOnError(() -> {
                side.error = side.player.getError();
                failed.accept(new SideFailure(isA, MediaClipProbe.unplayable(side.error)));
                startWhenBothReady();
                loopWhenBothEnded();
            });
            side.player.setOnEndOfMedia(() -> {
                side.ended = true;
                loopWhenBothEnded();
            });
            if (side.player.getStatus() == MediaPlayer.Status.READY) {
                side.ready = true;
            }
        }
        startWhenBothReady();
    }

    /** A side that cannot play, and the probe's words for why. */
    record SideFailure(boolean sideA, dev.reelrank.viewmodel.port.ClipProbe.Unplayable why) {}

    private boolean waitsFor(Side side) {
        return side.plays() && !side.ready;
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
                    side.player.seek(Duration.ZERO);
                }
                side.started = true;
                side.player.play();
            }
        }
    }

    /** Both clips from the start. */
    void replay() {
        paused = false;
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

    Side a() {
        return a;
    }

    Side b() {
        return b;
    }

    void dispose() {
        a.dispose();
        b.dispose();
    }
}
