package dev.reelrank.io;

import dev.reelrank.model.LocalText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file line by line without holding it in memory: each line is decoded as strict
 * UTF-8 on its own, so one badly encoded line is reported and skipped without losing the rest,
 * and split into fields (RFC 4180 quoting within the line).
 */
final class CsvLines implements AutoCloseable {
    private static final int BUFFER = 1 << 16;
    /**
     * No battle row comes near a megabyte; a file without newlines (or /dev/zero) used to grow the
     * line buffer without end, past a gigabyte, and never finish.
     */
    static final int MAX_LINE_BYTES = 1 << 20;

    /** A line longer than {@link #MAX_LINE_BYTES}: the file is refused at that line, read no further. */
    static final class LineTooLong extends IOException {
        private static final long serialVersionUID = 1L;
        final int lineNumber;

        LineTooLong(int lineNumber) {
            super("line " + lineNumber + " is longer than " + MAX_LINE_BYTES + " bytes");
            this.lineNumber = lineNumber;
        }
    }
    private final InputStream in;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private byte[] line = new byte[256];
    private int lineNumber;
    private boolean ended;

    /** One line: its number, and either its fields or why it could not be read. */
    record Line(int number, List<String> fields, LocalText problem) {
    }

    CsvLines(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of the file. Empty lines are skipped. */
    Line next() throws IOException {
        while (true) {
            int length = readLine();
            if (length < 0) {
                return null;
            }
            lineNumber++;
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
            int start = lineNumber == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
                    && (line[2] & 0xFF) == 0xBF ? 3 : 0;
            if (length - start == 0) {
                continue;
            }
            String text;
            if (ascii(start, length)) {
                // Most battle files are plain ASCII: no decoder needed, and Java keeps such strings compact.
                text = new String(line, start, length - start, StandardCharsets.ISO_8859_1);
            } else {
                try {
                    text = utf8.decode(ByteBuffer.wrap(line, start, length - start)).toString();
                } catch (CharacterCodingException e) {
                    return new Line(lineNumber, null, LocalText.of("json.notUtf8"));
                }
            }
            List<String> fields = split(text);
            return fields == null
                    ? new Line(lineNumber, null, LocalText.of("csv.unterminated"))
                    : new Line(lineNumber, fields, null);
        }
    }

    private boolean ascii(int start, int end) {
        for (int i = start; i < end; i++) {
            if (line[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Reads bytes up to the next newline into {@code line}; returns the length, or -1 at the end. */
    private int readLine() throws IOException {
        if (ended) {
            return -1;
        }
        int length = 0;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, BUFFER);
                position = 0;
                if (limit <= 0) {
                    ended = true;
                    limit = 0;
                    return length == 0 ? -1 : length;
                }
            }
            int newline = -1;
            for (int i = position; i < limit; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline < 0 ? limit : newline;
            int count = end - position;
            if (length + count > MAX_LINE_BYTES) {
                throw new LineTooLong(lineNumber + 1);
            }
            if (length + count > line.length) {
                line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, length + count));
            }
            System.arraycopy(buffer, position, line, length, count);
            length += count;
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                return length;
            }
        }
    }

    /** Splits one line into fields; null when a quoted field does not end on the line. */
    static List<String> split(String text) {
        List<String> fields = new ArrayList<>(4);
        int i = 0;
        int n = text.length();
        while (true) {
            if (i < n && text.charAt(i) == '"') {
                StringBuilder field = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        return null;
                    }
                    char c = text.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.append(c);
                    i++;
                }
                fields.add(field.toString());
                while (i < n && text.charAt(i) != ',') {
                    i++;
                }
            } else {
                int comma = text.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                fields.add(text.substring(i, end));
                i = end;
            }
            if (i >= n) {
                return fields;
            }
            i++;
            if (i == n) {
                fields.add("");
                return fields;
            }
        }
    }

    int lineNumber() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
