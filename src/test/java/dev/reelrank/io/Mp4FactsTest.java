package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MP4 box reader on the committed test clips (src/test/clips/make-clips.sh) and on every kind of
 * garbage: it finds each clip's duration, size and frame rate, and refuses the rest in one line
 * without throwing.
 */
class Mp4FactsTest {
    private static final Path CLIPS = Path.of("src/test/resources/clips");

    @Test
    void everyLibraryClip_is160x90_2s_24fps() throws IOException {
        List<Path> clips;
        try (Stream<Path> files = Files.walk(CLIPS.resolve("library"))) {
            clips = files.filter(p -> p.toString().endsWith(".mp4")).sorted().toList();
        }
        assertEquals(6, clips.size(), "2 prompts x 3 products");
        for (Path clip : clips) {
            Mp4Facts.Reading reading = Mp4Facts.read(clip);
            assertTrue(reading.found(), clip + ": " + reading.problem());
            assertEquals(new Mp4Facts(2.0, 160, 90, 24.0), reading.facts(), clip.toString());
            assertEquals(24.0, reading.frameRate().orElseThrow(), 1e-9);
        }
    }

    @Test
    void the720pClip_is1280x720() {
        Mp4Facts facts = Mp4Facts.read(CLIPS.resolve("big/720p.mp4")).facts();
        assertEquals(new Mp4Facts(2.0, 1280, 720, 24.0), facts);
    }

    @Test
    void aClipCutShort_orATextFile_orNothing_isRefusedInOneLine() {
        assertRefused(
                Mp4Facts.read(CLIPS.resolve("bad/truncated.mp4")),
                "box mdat at byte 40 is cut short or has a bad size");
        assertRefused(Mp4Facts.read(CLIPS.resolve("bad/not-a-video.mp4")), "not an MP4 file");
        assertRefused(Mp4Facts.read(CLIPS.resolve("bad/absent.mp4")), "no such file");
        assertRefused(Mp4Facts.read(CLIPS), "cannot be read: IOException");
    }

    @Test
    void everyPrefixOfAClip_andAnEmptyFile_isRefusedWithoutThrowing() throws IOException {
        byte[] clip = Files.readAllBytes(CLIPS.resolve("library/p1-city-at-night/sora.mp4"));
        for (int length = 0; length < clip.length; length++) {
            Mp4Facts.Reading reading = Mp4Facts.read(new Bytes(java.util.Arrays.copyOf(clip, length)));
            assertFalse(reading.found(), "a clip cut to " + length + " bytes");
            assertOneLine(reading.problem());
        }
    }

    @Test
    void randomBytes_andClipsWithBytesChanged_neverThrow() throws IOException {
        byte[] clip = Files.readAllBytes(CLIPS.resolve("library/p2-red-sneaker-on-table/kling-1.6.mp4"));
        Random random = new Random(19);
        for (int round = 0; round < 3000; round++) {
            byte[] bytes;
            if (round % 3 == 0) {
                bytes = new byte[random.nextInt(2000)];
                random.nextBytes(bytes);
            } else {
                bytes = clip.clone();
                for (int change = 0; change < 1 + random.nextInt(8); change++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            Mp4Facts.Reading reading = Mp4Facts.read(new Bytes(bytes));
            if (reading.found()) {
                assertNotNull(reading.facts());
            } else {
                assertOneLine(reading.problem());
            }
        }
    }

    @Test
    void boxesThatLieAboutTheirSize_areRefused() {
        // ftyp, then a "moov" claiming 4 GB, then a box of size 4 (smaller than its own header).
        byte[] huge = {
            0, 0, 0, 16, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, -1, -1, -1, -1, 'm', 'o', 'o', 'v'
        };
        assertRefused(Mp4Facts.read(new Bytes(huge)), "box moov at byte 16 is cut short or has a bad size");
        byte[] tiny = {0, 0, 0, 4, 'f', 't', 'y', 'p', 0, 0, 0, 0};
        assertRefused(Mp4Facts.read(new Bytes(tiny)), "box ftyp at byte 0 is cut short or has a bad size");
        // A moov box of 64-bit size 1 GB: more than a movie box should hold, refused before reading.
        ByteBuffer big =
                ByteBuffer.allocate(24).putInt(1).put("moov".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        big.putLong(Mp4Facts.MAX_MOOV + 1);
        Bytes bigFile = new Bytes(big.array()) {
            @Override
            public long size() {
                return Mp4Facts.MAX_MOOV * 2;
            }
        };
        assertRefused(Mp4Facts.read(bigFile), "its moov box is implausibly large (33554433 bytes)");
    }

    @Test
    void aMovieWithoutAVideoTrack_saysSo(@TempDir Path dir) throws IOException {
        byte[] empty = {0, 0, 0, 8, 'm', 'o', 'o', 'v'};
        assertRefused(Mp4Facts.read(new Bytes(empty)), "has no tracks");
        Path file = dir.resolve("sound.mp4");
        ByteBuffer sound = ByteBuffer.allocate(8 + 8 + 8 + 20)
                .putInt(44)
                .put(ascii("moov"))
                .putInt(36)
                .put(ascii("trak"))
                .putInt(28)
                .put(ascii("mdia"))
                .putInt(20)
                .put(ascii("hdlr"))
                .putInt(0)
                .putInt(0)
                .put(ascii("soun"));
        Files.write(file, sound.array());
        assertRefused(Mp4Facts.read(file), "has no video track");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static void assertRefused(Mp4Facts.Reading reading, String problem) {
        assertFalse(reading.found(), "found " + reading.facts());
        assertEquals(problem, reading.problem());
        assertTrue(reading.frameRate().isEmpty());
    }

    private static void assertOneLine(String problem) {
        assertNotNull(problem);
        assertFalse(problem.isBlank());
        assertFalse(problem.contains("\n"), problem);
    }

    /** A file in memory. */
    private static class Bytes implements SeekableByteChannel {
        private final byte[] bytes;
        private long position;

        Bytes(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read(ByteBuffer into) {
            if (position >= bytes.length) {
                return -1;
            }
            int n = (int) Math.min(into.remaining(), bytes.length - position);
            into.put(bytes, (int) position, n);
            position += n;
            return n;
        }

        @Override
        public int write(ByteBuffer from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public SeekableByteChannel position(long newPosition) {
            position = newPosition;
            return this;
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {}
    }
}
