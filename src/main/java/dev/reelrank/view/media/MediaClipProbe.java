package dev.reelrank.view.media;

import dev.reelrank.model.LocalText;
import dev.reelrank.viewmodel.port.ClipProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;

/**
 * Probes a clip with JavaFX Media, the player blind tests play it with: opens it in a
 * {@link MediaPlayer}, waits (off the FX thread, up to a timeout) until the player is ready or fails,
 * and disposes of it. The JavaFX toolkit must be running.
 *
 * <p>The player reports an MP4's duration and picture size but not its frame rate, so that comes from
 * the media's metadata when it has one, else from {@code frameRates} (the app reads the file's boxes).
 *
 * <p>Seen on Debian 12 with JavaFX 21.0.11 (docs/benchmarks.md, "Media"): without libavcodec and
 * libavformat, creating any player fails with "Could not create player!" (type UNKNOWN); a text file
 * or a cut-short MP4 fails with MEDIA_CORRUPTED, another file type with MEDIA_UNSUPPORTED, VP9 or MPEG-4
 * part 2 in MP4 with ERROR_MEDIA_INVALID; an H.265 clip without libswscale.so with
 * ERROR_MISSING_LIBSWSCALE; a missing file takes 4 s to fail (MEDIA_UNAVAILABLE), so it is checked
 * first. A player that nothing references can be collected before it is ready and then never reports:
 * this probe holds it until it has answered. About 2 in 3,500 players never answer even so (docs/benchmarks.md,
 * "A collection per vote"), so a clip whose player times out is given a second player before it is left out.
 */
public final class MediaClipProbe implements ClipProbe {
    private final Function<Path, OptionalDouble> frameRates;
    private final Duration timeout;
    private final Function<Media, MediaPlayer> players;

    /**
     * Makes a probe.
     *
     * @param frameRates a clip's frame rate from its file, or empty; called off the FX thread
     * @param timeout    how long to wait for a player to open a clip, per try (a clip that times out is tried twice)
     */
    public MediaClipProbe(Function<Path, OptionalDouble> frameRates, Duration timeout) {
        this(frameRates, timeout, MediaPlayer::new);
    }

    /** As the public constructor, with the players made by {@code players} (for tests); called on the FX thread. */
    MediaClipProbe(Function<Path, OptionalDouble> frameRates, Duration timeout, Function<Media, MediaPlayer> players) {
        this.frameRates = Objects.requireNonNull(frameRates, "frameRates");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.players = Objects.requireNonNull(players, "players");
    }

    @Override
    public Result probe(Path clip) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("MediaClipProbe waits for the player: call it off the FX thread");
        }
        if (!Files.isRegularFile(clip)) {
            return new Unplayable(Problem.MISSING, LocalText.of("clip.missing"));
        }
        Result first = probeOnce(clip);
        return first instanceof Unplayable unplayable
                        && unplayable.problem() == Problem.TIMED_OUT
                        && !Thread.currentThread().isInterrupted()
                ? probeOnce(clip)
                : first;
    }

    private Result probeOnce(Path clip) {
        CompletableFuture<Result> answer = new CompletableFuture<>();
        // Holds the player until it has answered: an unreferenced player can be collected before it is ready.
        AtomicReference<MediaPlayer> player = new AtomicReference<>();
        Platform.runLater(() -> open(clip, answer, player));
        try {
            Result result = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (result instanceof Playable playable && playable.frameRate().isEmpty()) {
                return new Playable(playable.duration(), playable.width(), playable.height(), frameRates.apply(clip));
            }
            return result;
        } catch (TimeoutException e) {
            return timedOut();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return timedOut();
        } catch (ExecutionException e) {
            return unplayable(MediaException.Type.UNKNOWN, String.valueOf(e.getCause()));
        } finally {
            Platform.runLater(() -> {
                MediaPlayer opened = player.getAndSet(null);
                if (opened != null) {
                    opened.dispose();
                }
            });
        }
    }

    private Unplayable timedOut() {
        return new Unplayable(
                Problem.TIMED_OUT,
                LocalText.of("clip.timedOut", String.format(Locale.ROOT, "%.1f", timeout.toMillis() / 1000.0)));
    }

    /** On the FX thread: opens the clip and answers once the player is ready or has failed. */
    private void open(Path clip, CompletableFuture<Result> answer, AtomicReference<MediaPlayer> holder) {
        try {
            Media media = new Media(clip.toUri().toString());
            media.setOnError(() -> answer.complete(unplayable(media.getError())));
            MediaPlayer player = players.apply(media);
            holder.set(player);
            player.setOnError(() -> answer.complete(unplayable(player.getError())));
            player.setOnReady(() -> answer.complete(facts(media)));
        } catch (MediaException e) {
            answer.complete(unplayable(e));
        } catch (RuntimeException e) {
            answer.completeExceptionally(e);
        }
    }

    private static Result facts(Media media) {
        if (media.getWidth() <= 0 || media.getHeight() <= 0) {
            return new Unplayable(Problem.NOT_A_VIDEO, LocalText.of("clip.noPicture"));
        }
        javafx.util.Duration length = media.getDuration();
        Duration duration = length == null || length.isUnknown() || length.isIndefinite()
                ? Duration.ZERO
                : Duration.ofNanos(Math.round(length.toMillis() * 1e6));
        OptionalDouble frameRate = media.getMetadata().get("framerate") instanceof Number rate && rate.doubleValue() > 0
                ? OptionalDouble.of(rate.doubleValue())
                : OptionalDouble.empty();
        return new Playable(duration, media.getWidth(), media.getHeight(), frameRate);
    }

    /** What a player's error means, for a clip that fails while it plays. */
    public static Unplayable unplayable(MediaException error) {
        return error == null
                ? unplayable(MediaException.Type.UNKNOWN, "")
                : unplayable(error.getType(), String.valueOf(error.getMessage()));
    }

    /** What a media player's error means for the user: which problem, in one line that says what to do. */
    static Unplayable unplayable(MediaException.Type type, String message) {
        if (message.contains("Could not create player")) {
            // Every file fails so when the player has no codec library at all (Linux: libavcodec, libavformat).
            return new Unplayable(Problem.CODEC_MISSING, LocalText.of("clip.codecH264"));
        }
        if (message.contains("ERROR_MISSING_LIBSWSCALE")) {
            return new Unplayable(Problem.CODEC_MISSING, LocalText.of("clip.codecH265"));
        }
        return switch (type) {
            case MEDIA_UNAVAILABLE, MEDIA_INACCESSIBLE, OPERATION_UNSUPPORTED ->
                new Unplayable(Problem.MISSING, LocalText.of("clip.cannotOpen", words(type)));
            default -> new Unplayable(Problem.NOT_A_VIDEO, LocalText.of("clip.notVideo", playerWords(type, message)));
        };
    }

    /** The player's own words for what failed: the error code in its message ("media invalid"), else the type. */
    private static String playerWords(MediaException.Type type, String message) {
        int code = message.lastIndexOf("ERROR_");
        if (code >= 0) {
            int end = code + "ERROR_".length();
            while (end < message.length()
                    && (Character.isUpperCase(message.charAt(end)) || message.charAt(end) == '_')) {
                end++;
            }
            return message.substring(code + "ERROR_".length(), end)
                    .replace('_', ' ')
                    .toLowerCase(Locale.ROOT)
                    .strip();
        }
        return words(type);
    }

    private static String words(MediaException.Type type) {
        return type.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
