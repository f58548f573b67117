package dev.reelrank.io;

import dev.reelrank.model.LocalText;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Checks that bytes are UTF-8 and says where the first bad byte is, as a line and column. */
final class Utf8Text {
    private Utf8Text() {}

    /** Decodes the bytes, or throws an error naming the line and column of the first bad byte. */
    static CharBuffer decode(byte[] bytes, String file) throws ProjectFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw problemAt(bytes, in.position(), file);
        }
        decoder.flush(out);
        out.flip();
        if (out.hasRemaining() && out.get(0) == '\uFEFF') {
            out.position(1);
        }
        return out;
    }

    private static ProjectFileException problemAt(byte[] bytes, int offset, String file) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new ProjectFileException(
                file,
                line,
                column,
                "",
                LocalText.of("file.notUtf8Byte", String.format(Locale.ROOT, "0x%02X", bytes[offset] & 0xFF)));
    }
}
