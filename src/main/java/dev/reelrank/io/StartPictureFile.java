package dev.reelrank.io;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;

/**
 * The file that keeps the picture of the main window as a start showed it, with the key of what
 * that start was shown from: a magic line, the key, the size in pixels, then the pixels as
 * premultiplied BGRA, deflated (a window is mostly flat colour: 4 MB become about 150 kB). A file
 * that is short, too large, of another format or damaged reads as no picture, never as an error:
 * the picture only saves time, and a start without it is a normal start.
 */
public final class StartPictureFile {
    private static final byte[] MAGIC = "ReelRank start picture 1\n".getBytes(StandardCharsets.US_ASCII);
    /**
     * The largest picture kept: a window of a 4K screen. Larger windows are drawn as usual but not kept;
     * their picture would take more than 40 MB of a heap of 256 MB (and JavaFX cannot take a snapshot
     * of a 7680-pixel scene).
     */
    public static final int MAX_SIDE = 4096;

    public static final int MAX_PIXELS = 4096 * 2560;

    private static final int MAX_KEY_BYTES = 256;

    private StartPictureFile() {}

    /**
     * A picture {@code width} by {@code height} pixels, premultiplied BGRA, and the key of the start it
     * shows.
     */
    public record Picture(String key, int width, int height, ByteBuffer pixels) {
        public Picture {
            if (!fits(width, height)) {
                throw new IllegalArgumentException("a picture of " + width + " by " + height + " pixels");
            }
            if (pixels.remaining() != width * height * 4) {
                throw new IllegalArgumentException(
                        "a picture of " + width + " by " + height + " pixels holds " + pixels.remaining() + " bytes");
            }
        }

        /** True when both pictures have the same key, size and pixels. */
        public boolean samePixels(Picture other) {
            return key.equals(other.key)
                    && width == other.width
                    && height == other.height
                    && pixels.mismatch(other.pixels) < 0;
        }
    }

    /** The picture in {@code file}, or nothing when there is none or it cannot be read whole. */
    public static Optional<Picture> read(Path file) {
        return read(file, key -> true);
    }

    /**
     * The same, when its key is {@code wanted}: a picture of another start is not even unpacked.
     */
    public static Optional<Picture> read(Path file, Predicate<String> wanted) {
        try (InputStream in = Files.newInputStream(file)) {
            DataInputStream data = new DataInputStream(in);
            if (!Arrays.equals(data.readNBytes(MAGIC.length), MAGIC)) {
                return Optional.empty();
            }
            int keyBytes = data.readUnsignedShort();
            if (keyBytes > MAX_KEY_BYTES) {
                return Optional.empty();
            }
            String key = new String(data.readNBytes(keyBytes), StandardCharsets.UTF_8);
            if (!wanted.test(key)) {
                return Optional.empty();
            }
            int width = data.readInt();
            int height = data.readInt();
            if (!fits(width, height)) {
                return Optional.empty();
            }
            // Direct, as a JavaFX PixelBuffer needs it: the window shows these bytes without a copy.
            ByteBuffer pixels = ByteBuffer.allocateDirect(width * height * 4);
            if (!inflate(data.readAllBytes(), pixels)) {
                return Optional.empty();
            }
            return Optional.of(new Picture(key, width, height, pixels.flip()));
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            // OutOfMemoryError: the direct memory left cannot hold the picture. It is freed at once;
            // the start goes on without the picture.
            return Optional.empty();
        }
    }

    /** True when a picture of this size may be kept. */
    public static boolean fits(int width, int height) {
        return width >= 1 && height >= 1 && width <= MAX_SIDE && height <= MAX_SIDE && width * height <= MAX_PIXELS;
    }

    private static boolean inflate(byte[] deflated, ByteBuffer pixels) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            while (pixels.hasRemaining() && !inflater.finished()) {
                if (inflater.inflate(pixels) == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return false;
                }
            }
            return !pixels.hasRemaining() && inflater.finished() && inflater.getRemaining() == 0;
        } catch (DataFormatException e) {
            return false;
        } finally {
            inflater.end();
        }
    }

    /** Replaces {@code file} with {@code picture}, atomically: a reader sees the old picture or the new. */
    public static void write(Path file, Picture picture) throws IOException {
        byte[] key = picture.key().getBytes(StandardCharsets.UTF_8);
        if (key.length > MAX_KEY_BYTES) {
            throw new IllegalArgumentException("a key of " + key.length + " bytes");
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, out -> {
            DataOutputStream data = new DataOutputStream(out);
            data.write(MAGIC);
            data.writeShort(key.length);
            data.write(key);
            data.writeInt(picture.width());
            data.writeInt(picture.height());
            data.flush();
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            try (DeflaterOutputStream deflating = new DeflaterOutputStream(new NotClosing(out), deflater, 1 << 16)) {
                ByteBuffer pixels = picture.pixels().duplicate();
                byte[] chunk = new byte[1 << 16];
                while (pixels.hasRemaining()) {
                    int length = Math.min(chunk.length, pixels.remaining());
                    pixels.get(chunk, 0, length);
                    deflating.write(chunk, 0, length);
                }
            } finally {
                deflater.end();
            }
        });
    }

    /** Lets the deflater finish its stream without closing the file, which AtomicFiles still syncs. */
    private static final class NotClosing extends FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
