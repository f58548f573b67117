package dev.reelrank.viewmodel.port;

import dev.reelrank.model.LocalText;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Checks a clip before a blind test uses it: that the file is there, that this machine can decode it,
 * and how long, how large and how fast it is. Implemented with the media player the window plays
 * clips with, so a clip that passes here plays there.
 */
public interface ClipProbe {
    /**
     * Probes one clip. It may wait for the media player (up to the implementation's timeout), so call
     * it off the FX thread. It never throws for a bad clip: the result says what is wrong.
     */
    Result probe(Path clip);

    /** What a probe found: a clip that plays, or one line on why it does not. */
    sealed interface Result permits Playable, Unplayable {}

    /**
     * A clip that plays.
     *
     * @param frameRate frames per second, or empty when neither the player nor the file tells
     */
    record Playable(Duration duration, int width, int height, OptionalDouble frameRate) implements Result {
        public Playable {
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(frameRate, "frameRate");
        }
    }

    /**
     * A clip that does not play.
     *
     * @param reason one line, without the file's name (the caller names the clip)
     */
    record Unplayable(Problem problem, LocalText reason) implements Result {
        public Unplayable {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why a clip does not play, for callers that treat the kinds differently. */
    enum Problem {
        /** The file is not there, or cannot be opened. */
        MISSING,
        /** The file is not a video the player can decode (corrupt, cut short, another format). */
        NOT_A_VIDEO,
        /** A system library the player needs for this codec is missing: no clip of its kind will play. */
        CODEC_MISSING,
        /** The player did not open the clip in time. */
        TIMED_OUT
    }
}
