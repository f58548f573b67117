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
    /** A 4K screen at twice its scale is 7680 pixels wide; more is no window of ours. */
    static final int MAX_SIDE = 8192;

    private static final int MAX_KEY_BYTES = 256;

    private StartPictureFile() {}

    /**
     * A picture {@code width} by {@code height} pixels, premultiplied BGRA, and the key of the start it
     * shows.
     */
    public record Picture(String key, int width, int height, ByteBuffer pixels) {
        public Picture {
            if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
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
            int width = data.readInt();
            int height = data.readInt();
            if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
                return Optional.empty();
            }
            // Direct, as a JavaFX PixelBuffer needs it: the window shows these bytes without a copy.
            ByteBuffer pixels = ByteBuffer.allocateDirect(width * height * 4);
            if (!inflate(data.readAllBytes(), pixels)) {
                return Optional.empty();
            }
            return Optional.of(new Picture(key, width, height, pixels.flip()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
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
