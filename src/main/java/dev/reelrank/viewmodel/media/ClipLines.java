package dev.reelrank.viewmodel.media;

import dev.reelrank.viewmodel.port.ClipProbe;
import dev.reelrank.viewmodel.port.ClipProbe.Playable;
import dev.reelrank.viewmodel.port.ClipProbe.Unplayable;
import dev.reelrank.viewmodel.text.Numbers;
import dev.reelrank.viewmodel.text.Texts;

/**
 * One line per probed clip, in the UI language: "p1/sora.mp4: 2.0 s, 160 × 90, 24 fps", or
 * "p1/bad.mp4: left out, no such file". A clip library lists its clips so before a blind test.
 */
public final class ClipLines {
    private final Texts texts;
    private final Numbers numbers;

    public ClipLines(Texts texts) {
        this.texts = texts;
        this.numbers = new Numbers(texts.locale());
    }

    /** The line for a clip shown as {@code name} (its path in the library, say). */
    public String line(String name, ClipProbe.Result result) {
        return switch (result) {
            case Playable clip -> {
                String seconds = numbers.fixed(clip.duration().toMillis() / 1000.0, 1);
                String width = Integer.toString(clip.width());
                String height = Integer.toString(clip.height());
                yield clip.frameRate().isPresent()
                        ? texts.format(
                                "clip.playable",
                                name,
                                seconds,
                                width,
                                height,
                                rate(clip.frameRate().getAsDouble()))
                        : texts.format("clip.playableNoRate", name, seconds, width, height);
            }
            case Unplayable clip -> texts.format("clip.unplayable", name, texts.text(clip.reason()));
        };
    }

    /** 24 and 30 as whole numbers, 23.976 as 23.98. */
    private String rate(double framesPerSecond) {
        return Math.abs(framesPerSecond - Math.rint(framesPerSecond)) < 0.005
                ? numbers.whole(framesPerSecond)
                : numbers.fixed(framesPerSecond, 2);
    }
}
