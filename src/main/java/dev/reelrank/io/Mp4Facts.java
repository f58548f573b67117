package dev.reelrank.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * What an MP4 file's boxes say about its first video track: how long it lasts, its picture size and
 * its frame rate. JavaFX Media reports the first two but not the frame rate of an MP4, so this small
 * reader takes it from the track's sample table (samples per media second).
 *
 * <p>It reads the {@code moov} box only (wherever it is: {@code mdat} is skipped, not read), from
 * {@code moov/trak/tkhd} (width, height), {@code mdia/hdlr} (a video track), {@code mdia/mdhd}
 * (timescale, duration) and {@code mdia/minf/stbl/stts} (sample count and total duration). It never
 * throws on a file that is not an MP4, is cut short or lies about its box sizes: {@link #read} then
 * says why in one line.
 *
 * @param seconds         the video track's duration
 * @param width           its display width in pixels
 * @param height          its display height in pixels
 * @param framesPerSecond its samples per second, or NaN when its sample table says nothing
 */
public record Mp4Facts(double seconds, int width, int height, double framesPerSecond) {
    /** A movie box larger than this is not read (a normal one holds a few hundred bytes per second of video). */
    static final long MAX_MOOV = 32L << 20;

    private static final int HEADER = 8;

    /**
     * What reading a file found: the facts, or a one-line reason in English (for logs and tests; the
     * window words its own) why there are none.
     */
    public record Reading(Mp4Facts facts, String problem) {
        static Reading of(Mp4Facts facts) {
            return new Reading(facts, null);
        }

        static Reading refused(String problem) {
            return new Reading(null, problem);
        }

        public boolean found() {
            return facts != null;
        }

        /** The frame rate, when the file has one to tell. */
        public OptionalDouble frameRate() {
            return facts == null || Double.isNaN(facts.framesPerSecond)
                    ? OptionalDouble.empty()
                    : OptionalDouble.of(facts.framesPerSecond);
        }
    }

    /** Reads a file's facts; never throws. */
    public static Reading read(Path file) {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            return read(channel);
        } catch (NoSuchFileException e) {
            return Reading.refused("no such file");
        } catch (IOException | RuntimeException e) {
            return Reading.refused("cannot be read: " + e.getClass().getSimpleName());
        }
    }

    /** Reads the facts from an open file, from its start; never throws. */
    public static Reading read(SeekableByteChannel channel) {
        try {
            return readTopLevel(channel);
        } catch (IOException | RuntimeException e) {
            return Reading.refused("cannot be read: " + e.getClass().getSimpleName());
        }
    }

    private static Reading readTopLevel(SeekableByteChannel channel) throws IOException {
        long length = channel.size();
        long at = 0;
        boolean first = true;
        while (at + HEADER <= length) {
            channel.position(at);
            ByteBuffer header = readFully(channel, HEADER);
            long size = header.getInt(0) & 0xFFFF_FFFFL;
            String type = fourCc(header, 4);
            if (type == null || (first && !plausibleFirst(type))) {
                return Reading.refused("not an MP4 file");
            }
            first = false;
            int headerLength = HEADER;
            if (size == 1) {
                if (at + 16 > length) {
                    break;
                }
                size = readFully(channel, 8).getLong(0);
                headerLength = 16;
            } else if (size == 0) {
                size = length - at;
            }
            if (size < headerLength || size > length - at) {
                return Reading.refused(
                        String.format(Locale.ROOT, "box %s at byte %d is cut short or has a bad size", type, at));
            }
            if (type.equals("moov")) {
                if (size > MAX_MOOV) {
                    return Reading.refused(
                            String.format(Locale.ROOT, "its moov box is implausibly large (%d bytes)", size));
                }
                ByteBuffer moov = readFully(channel, (int) (size - headerLength));
                return movie(moov);
            }
            at += size;
        }
        return Reading.refused("has no moov box (cut short, or not an MP4 file)");
    }

    /** The box types an MP4 (or QuickTime) file may start with. */
    private static boolean plausibleFirst(String type) {
        return switch (type) {
            case "ftyp", "moov", "mdat", "free", "skip", "wide", "pnot", "uuid", "styp", "sidx" -> true;
            default -> false;
        };
    }

    private static Reading movie(ByteBuffer moov) {
        Box trak = null;
        for (Box box = Box.first(moov, 0, moov.limit()); box != null; box = box.next()) {
            if (box.type.equals("trak")) {
                Reading track = track(box);
                if (track != null) {
                    return track;
                }
                trak = box;
            }
        }
        return Reading.refused(trak == null ? "has no tracks" : "has no video track");
    }

    /** The facts of a video track, a reason if the video track is broken, or null if it is not video. */
    private static Reading track(Box trak) {
        Box tkhd = trak.child("tkhd");
        Box mdia = trak.child("mdia");
        Box hdlr = mdia == null ? null : mdia.child("hdlr");
        if (hdlr == null || hdlr.length() < 12 || !"vide".equals(fourCc(hdlr.buffer, hdlr.body + 8))) {
            return null;
        }
        Box mdhd = mdia.child("mdhd");
        if (tkhd == null || tkhd.length() < 84 || mdhd == null) {
            return Reading.refused("its video track lacks a track or media header");
        }
        ByteBuffer b = mdhd.buffer;
        int version = b.get(mdhd.body) & 0xFF;
        long timescale;
        long duration;
        if (version == 1 && mdhd.length() >= 32) {
            timescale = b.getInt(mdhd.body + 20) & 0xFFFF_FFFFL;
            duration = b.getLong(mdhd.body + 24);
        } else if (version == 0 && mdhd.length() >= 20) {
            timescale = b.getInt(mdhd.body + 12) & 0xFFFF_FFFFL;
            duration = b.getInt(mdhd.body + 16) & 0xFFFF_FFFFL;
        } else {
            return Reading.refused("its media header is cut short");
        }
        if (timescale == 0) {
            return Reading.refused("its media header has a timescale of 0");
        }
        // Width and height are the tkhd's last two fields, 16.16 fixed point, in either version.
        int end = tkhd.body + tkhd.length();
        int width = tkhd.buffer.getInt(end - 8) >>> 16;
        int height = tkhd.buffer.getInt(end - 4) >>> 16;
        double seconds = duration / (double) timescale;
        return Reading.of(new Mp4Facts(seconds, width, height, frameRate(mdia, timescale)));
    }

    /** Samples per second from the time-to-sample table, or NaN. */
    private static double frameRate(Box mdia, long timescale) {
        Box minf = mdia.child("minf");
        Box stbl = minf == null ? null : minf.child("stbl");
        Box stts = stbl == null ? null : stbl.child("stts");
        if (stts == null || stts.length() < 8) {
            return Double.NaN;
        }
        ByteBuffer b = stts.buffer;
        long entries = b.getInt(stts.body + 4) & 0xFFFF_FFFFL;
        long room = (stts.length() - 8L) / 8;
        long samples = 0;
        long ticks = 0;
        for (long i = 0; i < Math.min(entries, room); i++) {
            int at = stts.body + 8 + (int) (i * 8);
            long count = b.getInt(at) & 0xFFFF_FFFFL;
            long delta = b.getInt(at + 4) & 0xFFFF_FFFFL;
            samples += count;
            ticks += count * delta;
        }
        return samples == 0 || ticks <= 0 ? Double.NaN : samples * (double) timescale / ticks;
    }

    private static ByteBuffer readFully(SeekableByteChannel channel, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new IOException("ends early");
            }
        }
        return buffer.flip();
    }

    /** Four printable ASCII characters at {@code at}, or null. */
    private static String fourCc(ByteBuffer buffer, int at) {
        if (at + 4 > buffer.limit()) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            bytes[i] = buffer.get(at + i);
            if (bytes[i] < 0x20 || bytes[i] > 0x7E) {
                return null;
            }
        }
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    /** A box inside the movie box's bytes: its type, where its body starts and where it ends. */
    private record Box(ByteBuffer buffer, String type, int body, int end, int parentEnd) {
        /** The box at {@code at}, or null when there is none or its size does not fit. */
        static Box first(ByteBuffer buffer, int at, int parentEnd) {
            if (at + HEADER > parentEnd) {
                return null;
            }
            long size = buffer.getInt(at) & 0xFFFF_FFFFL;
            String type = fourCc(buffer, at + 4);
            int body = at + HEADER;
            if (size == 1 && at + 16 <= parentEnd) {
                size = buffer.getLong(at + 8);
                body = at + 16;
            } else if (size == 0) {
                size = (long) parentEnd - at;
            }
            if (type == null || size < body - at || size > parentEnd - at) {
                return null;
            }
            return new Box(buffer, type, body, (int) (at + size), parentEnd);
        }

        Box next() {
            return first(buffer, end, parentEnd);
        }

        int length() {
            return end - body;
        }

        Box child(String wanted) {
            for (Box box = first(buffer, body, end); box != null; box = box.next()) {
                if (box.type.equals(wanted)) {
                    return box;
                }
            }
            return null;
        }
    }
}
