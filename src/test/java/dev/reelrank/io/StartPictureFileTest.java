package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.io.StartPictureFile.Picture;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept picture of the window: read back whole, or not at all; a damaged file is no picture, never an error. */
class StartPictureFileTest {
    @TempDir
    Path folder;

    /** A window-like picture: flat colour with a few noisy bands, so that it deflates as a window does. */
    private static Picture picture(String key, int width, int height, long seed) {
        ByteBuffer pixels = ByteBuffer.allocateDirect(width * height * 4);
        Random random = new Random(seed);
        for (int i = 0; i < width * height; i++) {
            boolean band = (i / width) % 50 < 5;
            pixels.putInt(band ? random.nextInt() | 0xFF : 0xF6F8FAFF);
        }
        return new Picture(key, width, height, pixels.flip());
    }

    @Test
    void aPicture_readsBack_withItsKeySizeAndEveryPixel() throws Exception {
        Path file = folder.resolve("cache/reelrank/start-picture.bin");
        Picture written = picture("d84edafc", 640, 400, 1);
        StartPictureFile.write(file, written);
        Picture read = StartPictureFile.read(file).orElseThrow();
        assertEquals("d84edafc", read.key());
        assertEquals(640, read.width());
        assertEquals(400, read.height());
        assertTrue(read.samePixels(written));
        assertTrue(read.pixels().isDirect(), "JavaFX shows a picture's pixels from a direct buffer");
        assertTrue(Files.size(file) < 640 * 400 * 4 / 4, "a window deflates to a fraction: " + Files.size(file));
    }

    @Test
    void samePixels_tellsOnePixelApart_andAnotherKey() {
        Picture one = picture("k", 64, 40, 2);
        Picture other = picture("k", 64, 40, 2);
        assertTrue(one.samePixels(other));
        other.pixels().put(64 * 4 * 20 + 8, (byte) 1);
        assertFalse(one.samePixels(other));
        assertFalse(one.samePixels(picture("other key", 64, 40, 2)));
        assertFalse(one.samePixels(picture("k", 40, 64, 2)));
    }

    @Test
    void aPictureOfAnotherStart_isNotRead() throws Exception {
        Path file = folder.resolve("start-picture.bin");
        StartPictureFile.write(file, picture("inputs-1/screens-1", 64, 40, 8));
        assertEquals(Optional.empty(), StartPictureFile.read(file, key -> key.startsWith("inputs-2/")));
        assertEquals(
                "inputs-1/screens-1",
                StartPictureFile.read(file, key -> key.startsWith("inputs-1/"))
                        .orElseThrow()
                        .key());
    }

    @Test
    void aNewPicture_replacesTheOld() throws Exception {
        Path file = folder.resolve("start-picture.bin");
        StartPictureFile.write(file, picture("first", 64, 40, 3));
        StartPictureFile.write(file, picture("second", 80, 50, 4));
        Picture read = StartPictureFile.read(file).orElseThrow();
        assertEquals("second", read.key());
        assertTrue(read.samePixels(picture("second", 80, 50, 4)));
        try (var left = Files.list(folder)) {
            assertEquals(1, left.count(), "no temporary file is left beside it");
        }
    }

    @Test
    void noFile_aShortFile_anotherFormat_orDamagedPixels_readAsNoPicture() throws Exception {
        Path file = folder.resolve("start-picture.bin");
        assertEquals(Optional.empty(), StartPictureFile.read(file));
        StartPictureFile.write(file, picture("k", 64, 40, 5));
        byte[] whole = Files.readAllBytes(file);

        for (int length : new int[] {0, 10, 40, whole.length / 2, whole.length - 1}) {
            Files.write(file, Arrays.copyOf(whole, length));
            assertEquals(Optional.empty(), StartPictureFile.read(file), "cut to " + length + " bytes");
        }
        Files.write(file, "{\"format\": 5}".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), StartPictureFile.read(file), "a project file");

        byte[] damaged = whole.clone();
        for (int i = whole.length - 200; i < whole.length - 100; i++) {
            damaged[i] ^= 0x5A;
        }
        Files.write(file, damaged);
        assertEquals(Optional.empty(), StartPictureFile.read(file), "damaged pixels");

        byte[] longer = Arrays.copyOf(whole, whole.length + 7);
        Files.write(file, longer);
        assertEquals(Optional.empty(), StartPictureFile.read(file), "bytes after the picture");

        Files.delete(file);
        Files.createDirectory(file);
        assertEquals(Optional.empty(), StartPictureFile.read(file), "a folder in its place");
    }

    @Test
    void aSizeNoWindowHas_readsAsNoPicture_andIsNoPictureToWrite() throws Exception {
        Path file = folder.resolve("start-picture.bin");
        StartPictureFile.write(file, picture("k", 64, 40, 6));
        byte[] bytes = Files.readAllBytes(file);
        int size = "ReelRank start picture 1\n".length() + 2 + 1;
        ByteBuffer.wrap(bytes, size, 8).putInt(100_000).putInt(40);
        Files.write(file, bytes);
        assertEquals(Optional.empty(), StartPictureFile.read(file), "100,000 pixels wide");
        // 55 bytes that once kept the app from starting: a header asking for 268 MB of pixels.
        ByteBuffer.wrap(bytes, size, 8).putInt(8192).putInt(8192);
        Files.write(file, Arrays.copyOf(bytes, size + 8 + 4));
        assertEquals(Optional.empty(), StartPictureFile.read(file), "8,192 by 8,192 pixels");
        assertFalse(StartPictureFile.fits(5120, 2880), "a 5K window is not kept");
        assertTrue(StartPictureFile.fits(3840, 2160), "a 4K window is");

        assertThrows(IllegalArgumentException.class, () -> picture("k", 0, 40, 7));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Picture("k", 64, 40, ByteBuffer.allocateDirect(64 * 40 * 4 - 1)));
    }
}
