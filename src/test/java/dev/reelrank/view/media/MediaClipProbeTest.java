package dev.reelrank.view.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.io.Mp4Facts;
import dev.reelrank.view.FxThread;
import dev.reelrank.viewmodel.port.ClipProbe.Playable;
import dev.reelrank.viewmodel.port.ClipProbe.Problem;
import dev.reelrank.viewmodel.port.ClipProbe.Result;
import dev.reelrank.viewmodel.port.ClipProbe.Unplayable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The clip probe with the real player (JavaFX Media, and on Linux the system's libavcodec and
 * libavformat) on the committed clips, and the one-line reasons for every way a clip can fail,
 * including a missing codec library (built from the player's error, not by uninstalling it).
 */
class MediaClipProbeTest {
    private static final Path CLIPS = Path.of("src/test/resources/clips");
    private static final MediaClipProbe PROBE =
            new MediaClipProbe(clip -> Mp4Facts.read(clip).frameRate(), Duration.ofSeconds(10));

    @BeforeAll
    static void startToolkitTheWayTestFxDoes() throws Exception {
        // Other test classes share this JVM through TestFX, which must be the one to start JavaFX (and
        // keeps it running when a test's own stage closes).
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aLibraryClip_isPlayable_withItsDurationSizeAndFrameRate() {
        Result result = PROBE.probe(CLIPS.resolve("library/p1-city-at-night/sora.mp4"));
        assertEquals(new Playable(Duration.ofSeconds(2), 160, 90, OptionalDouble.of(24)), result);
    }

    @Test
    void the720pClip_isPlayable() {
        Result result = PROBE.probe(CLIPS.resolve("big/720p.mp4"));
        assertEquals(new Playable(Duration.ofSeconds(2), 1280, 720, OptionalDouble.of(24)), result);
    }

    @Test
    void withoutAFrameRateFromTheFile_theRateIsUnknown_notGuessed() {
        MediaClipProbe blind = new MediaClipProbe(clip -> OptionalDouble.empty(), Duration.ofSeconds(10));
        Playable clip = assertInstanceOf(
                Playable.class, blind.probe(CLIPS.resolve("library/p2-red-sneaker-on-table/veo-2.mp4")));
        assertTrue(clip.frameRate().isEmpty());
    }

    @Test
    void aPlayerThatNeverAnswers_isFollowedByASecondOne_beforeTheClipIsLeftOut() {
        Path clip = CLIPS.resolve("library/p1-city-at-night/sora.mp4");
        // A player disposed as soon as it is made answers neither ready nor error, as the rare stall does.
        AtomicInteger made = new AtomicInteger();
        Set<Integer> stalled = ConcurrentHashMap.newKeySet();
        MediaClipProbe probe = new MediaClipProbe(c -> Mp4Facts.read(c).frameRate(), Duration.ofMillis(1500), media -> {
            MediaPlayer player = new MediaPlayer(media);
            if (stalled.contains(made.incrementAndGet())) {
                player.dispose();
            }
            return player;
        });

        stalled.add(1);
        assertEquals(new Playable(Duration.ofSeconds(2), 160, 90, OptionalDouble.of(24)), probe.probe(clip));
        assertEquals(2, made.get(), "the first player stalled, the second answered");

        stalled.addAll(java.util.List.of(3, 4));
        assertUnplayable(probe.probe(clip), Problem.TIMED_OUT, "did not open within 1.5 s, twice");
        assertEquals(4, made.get(), "two players, then the clip is left out");
    }

    @Test
    void aMissingFile_isMissing_atOnce() {
        // The player itself takes about 4 s to fail on a missing file; the probe checks first. With a
        // 1 ms timeout, a probe that asked the player would answer "timed out", not "no such file".
        MediaClipProbe impatient =
                new MediaClipProbe(clip -> Mp4Facts.read(clip).frameRate(), Duration.ofMillis(1));
        assertUnplayable(
                impatient.probe(CLIPS.resolve("library/p1-city-at-night/absent.mp4")), Problem.MISSING, "no such file");
    }

    @Test
    void aClipCutShort_andATextFileNamedMp4_andAnotherFileType_areNotVideos() {
        String notVideo = "not a video ReelRank can play (the player says %s); ReelRank plays MP4 files with H.264"
                + " or H.265 video";
        assertUnplayable(
                PROBE.probe(CLIPS.resolve("bad/truncated.mp4")),
                Problem.NOT_A_VIDEO,
                String.format(Locale.ROOT, notVideo, "media corrupted"));
        assertUnplayable(
                PROBE.probe(CLIPS.resolve("bad/not-a-video.mp4")),
                Problem.NOT_A_VIDEO,
                String.format(Locale.ROOT, notVideo, "media corrupted"));
        assertUnplayable(
                PROBE.probe(Path.of("src/test/clips/README.md")),
                Problem.NOT_A_VIDEO,
                String.format(Locale.ROOT, notVideo, "media unsupported"));
    }

    @Test
    void withoutLibavcodec_everyClipFails_andTheLineSaysWhatToInstall() {
        // What the player raised on Debian 12 with the avplugin libraries unable to load (no libavcodec59).
        Unplayable missing = MediaClipProbe.unplayable(
                MediaException.Type.UNKNOWN, "com.sun.media.jfxmedia.MediaException: Could not create player!");
        assertUnplayable(
                missing,
                Problem.CODEC_MISSING,
                "H.264 needs libavcodec and libavformat (Debian 12: apt-get install libavcodec59 libavformat59)");
        assertEquals(
                "H.264 需要 libavcodec 和 libavformat（Debian 12：apt-get install libavcodec59 libavformat59）",
                missing.reason().in(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void anH265ClipWithoutLibswscale_saysWhatToInstall() {
        Unplayable missing = MediaClipProbe.unplayable(
                MediaException.Type.PLAYBACK_ERROR,
                "[com.sun.media.jfxmediaimpl.platform.gstreamer.GSTMediaPlayer@260ab850] ERROR_MISSING_LIBSWSCALE:"
                        + " ERROR_MISSING_LIBSWSCALE");
        assertUnplayable(
                missing, Problem.CODEC_MISSING, "H.265 needs libswscale (Debian 12: apt-get install libswscale-dev)");
    }

    @Test
    void otherPlayerErrors_areWordedFromTheirCodeOrType() {
        assertUnplayable(
                MediaClipProbe.unplayable(
                        MediaException.Type.UNKNOWN,
                        "[GSTMediaPlayer@59dc6c62] ERROR_MEDIA_INVALID: ERROR_MEDIA_INVALID"),
                Problem.NOT_A_VIDEO,
                "not a video ReelRank can play (the player says media invalid); ReelRank plays MP4 files with"
                        + " H.264 or H.265 video");
        assertUnplayable(
                MediaClipProbe.unplayable(MediaException.Type.MEDIA_INACCESSIBLE, "denied"),
                Problem.MISSING,
                "cannot be opened (media inaccessible)");
    }

    @Test
    void onTheFxThread_theProbeRefusesToWait() {
        FxThread.run(() -> assertThrows(
                IllegalStateException.class, () -> PROBE.probe(CLIPS.resolve("library/p1-city-at-night/sora.mp4"))));
    }

    private static void assertUnplayable(Result result, Problem problem, String english) {
        Unplayable clip = assertInstanceOf(Unplayable.class, result);
        assertEquals(problem, clip.problem());
        assertEquals(english, clip.reason().english());
    }
}
