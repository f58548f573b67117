package dev.reelrank.io;

import dev.reelrank.model.LocalText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** A quoted field may span lines, but not more than these: past them, the quote is a stray one. */
    private static final int MAX_RECORD_LINES = 100;

    private final ArrayDeque<Line> replay = new ArrayDeque<>();

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
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private byte[] line = new byte[256];
    private int lineNumber;
    private boolean ended;

    /**
     * One record: its (first) line's number, and either its fields or why it could not be read. A
     * physical line also has its text and whether it ended in CR LF (kept inside a quoted field).
     */
    record Line(int number, List<String> fields, LocalText problem, String text, boolean crlf) {
        Line(int number, List<String> fields, LocalText problem) {
            this(number, fields, problem, null, false);
        }
    }

    CsvLines(InputStream in) {
        this.in = in;
    }

    /**
     * The next record, or null at the end of the file. Empty lines are skipped. A quoted field may
     * hold newlines, as in a spreadsheet's CSV: the record then spans several lines, is numbered by
     * its first, and is held to the same length limit as a line.
     */
    Line next() throws IOException {
        List<Line> spanned = new ArrayList<>();
        while (true) {
            Line line = nextLine();
            boolean decoded = line != null && line.text() != null;
            if (!spanned.isEmpty() && (!decoded || spanned.size() >= MAX_RECORD_LINES)) {
                // A quote that never closes: that line alone is malformed, and the lines read
                // after it are read again as records of their own, so one stray quote costs one row.
                if (line != null) {
                    replay.addFirst(line);
                }
                for (int i = spanned.size() - 1; i >= 1; i--) {
                    replay.addFirst(spanned.get(i));
                }
                return new Line(spanned.getFirst().number(), null, LocalText.of("csv.unterminated"));
            }
            if (line == null || !decoded) {
                return line;
            }
            if (spanned.isEmpty() && line.text().isEmpty()) {
                continue; // an empty line between records; inside a quoted field it is part of the field
            }
            spanned.add(line);
            String text = spanned.size() == 1 ? line.text() : joined(spanned);
            int number = spanned.getFirst().number();
            if (text.length() > MAX_LINE_BYTES) {
                throw new LineTooLong(number);
            }
            List<String> fields;
            try {
                fields = split(text);
            } catch (IllegalArgumentException afterQuote) {
                return new Line(number, null, LocalText.of("csv.afterQuote"));
            }
            if (fields != null) {
                return new Line(number, fields, null);
            }
        }
    }

    /** Lines of one record as its text: each line break inside a quoted field as it was, LF or CR LF. */
    private static String joined(List<Line> lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                text.append(lines.get(i - 1).crlf() ? "\r\n" : "\n");
            }
            text.append(lines.get(i).text());
        }
        return text.toString();
    }

    /**
     * One physical line as text (empty lines too: inside a quoted field they are part of it), or
     * why it could not be decoded; null at the end of the file.
     */
    private Line nextLine() throws IOException {
        if (!replay.isEmpty()) {
            return replay.pollFirst();
        }
        int length = readLine();
        if (length < 0) {
            return null;
        }
        lineNumber++;
        boolean crlf = length > 0 && line[length - 1] == '\r';
        if (crlf) {
            length--;
        }
        int start = lineNumber == 1
                        && length >= 3
                        && (line[0] & 0xFF) == 0xEF
                        && (line[1] & 0xFF) == 0xBB
                        && (line[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        String text;
        if (ascii(start, length)) {
            // Most battle files are plain ASCII: no decoder needed, and Java keeps such strings compact.
            text = new String(line, start, length - start, StandardCharsets.ISO_8859_1);
        } else {
            try {
                text = utf8.decode(ByteBuffer.wrap(line, start, length - start)).toString();
            } catch (CharacterCodingException e) {
                return new Line(lineNumber, null, LocalText.of("json.notUtf8"), null, false);
            }
        }
        return new Line(lineNumber, null, null, text, crlf);
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
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
            }
            System.arraycopy(buffer, position, line, length, count);
            length += count;
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                return length;
            }
        }
    }

    /**
     * Splits one record into fields; null when a quoted field does not end in it (it goes on on
     * the next line). Text between a closing quote and the next comma ({@code "sora"junk}) is an
     * IllegalArgumentException: a spreadsheet would not read it as {@code sora}, and neither does this.
     */
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
                if (i < n && text.charAt(i) != ',') {
                    throw new IllegalArgumentException("text after a closing quote");
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
