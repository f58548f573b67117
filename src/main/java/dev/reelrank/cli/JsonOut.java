package dev.reelrank.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * JSON written on the command's stdout. The generator must not close the writer when it closes:
 * Jackson does by default (AUTO_CLOSE_TARGET), which closed stdout before the final newline.
 */
final class JsonOut {
    private static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private JsonOut() {}

    /** A pretty-printing generator on {@code out} that leaves {@code out} open when closed. */
    static JsonGenerator on(PrintWriter out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out);
        json.useDefaultPrettyPrinter();
        return json;
    }
}
