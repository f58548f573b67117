package dev.reelrank.cli;

import dev.reelrank.model.SafeText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * What the command line prints passes through here: a character no name may hold
 * ({@link SafeText}: ESC and the other control characters, bidi formatting, a lone surrogate) is
 * written as {@code <U+001B>}, so a file name, an argument or a value quoted in an error can never
 * drive the terminal. Tab, CR and LF pass. The readers already refuse such names; this is the last
 * line, for text that comes from elsewhere (paths, arguments, a malformed row's field).
 */
final class TerminalSafeWriter extends FilterWriter {
    /** A high surrogate at the end of one write, waiting for its other half in the next. */
    private char pending;

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        int end = offset + length;
        int start = offset;
        for (int i = offset; i < end; i++) {
            char c = chars[i];
            if (pending != 0) {
                if (Character.isLowSurrogate(c)) {
                    out.write(pending);
                    out.write(c);
                    pending = 0;
                    start = i + 1;
                    continue;
                }
                escape(pending);
                pending = 0;
            }
            if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t') {
                continue;
            }
            if (Character.isHighSurrogate(c)) {
                out.write(chars, start, i - start);
                if (i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                    out.write(chars, i, 2);
                    i++;
                } else if (i + 1 == end) {
                    pending = c;
                } else {
                    escape(c);
                }
                start = i + 1;
            } else if (SafeText.unsafe(c)) {
                out.write(chars, start, i - start);
                escape(c);
                start = i + 1;
            }
        }
        out.write(chars, start, end - start);
    }

    private void escape(char c) throws IOException {
        out.write(String.format(Locale.ROOT, "<U+%04X>", (int) c));
    }

    @Override
    public void close() throws IOException {
        if (pending != 0) {
            escape(pending);
            pending = 0;
        }
        super.close();
    }
}
