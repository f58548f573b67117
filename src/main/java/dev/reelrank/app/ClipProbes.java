package dev.reelrank.app;

import dev.reelrank.io.Mp4Facts;
import dev.reelrank.view.media.MediaClipProbe;
import dev.reelrank.viewmodel.port.ClipProbe;
import java.time.Duration;

/** The clip probe the window uses: JavaFX Media, with an MP4's frame rate read from its boxes. */
public final class ClipProbes {
    /**
     * How long a player may take to open a clip, per try: a local clip is ready in well under a second
     * (docs/benchmarks.md). A clip that times out is tried once more, so it is left out after twice this.
     */
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private ClipProbes() {}

    public static ClipProbe media() {
        return new MediaClipProbe(clip -> Mp4Facts.read(clip).frameRate(), TIMEOUT);
    }
}
