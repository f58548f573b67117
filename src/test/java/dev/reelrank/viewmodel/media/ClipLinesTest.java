package dev.reelrank.viewmodel.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reelrank.model.LocalText;
import dev.reelrank.viewmodel.port.ClipProbe.Playable;
import dev.reelrank.viewmodel.port.ClipProbe.Problem;
import dev.reelrank.viewmodel.port.ClipProbe.Unplayable;
import dev.reelrank.viewmodel.text.Texts;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** A probed clip is one line in either language: what it is, or why it is left out. */
class ClipLinesTest {
    private static final ClipLines ENGLISH = new ClipLines(Texts.english());
    private static final ClipLines CHINESE = new ClipLines(new Texts(Locale.SIMPLIFIED_CHINESE));

    @Test
    void aPlayableClip_givesDurationSizeAndFrameRate() {
        Playable clip = new Playable(Duration.ofSeconds(2), 1280, 720, OptionalDouble.of(24));
        assertEquals("p1/sora.mp4: 2.0 s, 1280 × 720, 24 fps", ENGLISH.line("p1/sora.mp4", clip));
        assertEquals("p1/sora.mp4：2.0 秒，1280 × 720，24 帧/秒", CHINESE.line("p1/sora.mp4", clip));
        Playable ntsc = new Playable(Duration.ofMillis(5005), 1920, 1080, OptionalDouble.of(24000 / 1001.0));
        assertEquals("a.mp4: 5.0 s, 1920 × 1080, 23.98 fps", ENGLISH.line("a.mp4", ntsc));
        Playable unknown = new Playable(Duration.ofMillis(1500), 160, 90, OptionalDouble.empty());
        assertEquals("b.mp4: 1.5 s, 160 × 90, frame rate unknown", ENGLISH.line("b.mp4", unknown));
    }

    @Test
    void anUnplayableClip_isLeftOut_withItsReason() {
        Unplayable clip = new Unplayable(Problem.CODEC_MISSING, LocalText.of("clip.codecH264"));
        assertEquals(
                "p1/veo-2.mp4: left out, H.264 needs libavcodec and libavformat (Debian 12: apt-get install"
                        + " libavcodec59 libavformat59)",
                ENGLISH.line("p1/veo-2.mp4", clip));
        assertEquals(
                "x.mp4：未纳入，文件不存在",
                CHINESE.line("x.mp4", new Unplayable(Problem.MISSING, LocalText.of("clip.missing"))));
    }
}
