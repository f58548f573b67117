package dev.reelrank.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.reelrank.model.LocalText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Jackson's syntax errors into one plain sentence. */
final class JsonSyntax {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) [\"'](.*)[\"']");

    private JsonSyntax() {}

    static LocalText describe(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String first = original.lines().findFirst().orElse("").strip();
        Matcher duplicate = DUPLICATE.matcher(first);
        if (duplicate.find()) {
            return LocalText.of("json.duplicateKey", duplicate.group(1));
        }
        if (first.startsWith("Non-standard token")) {
            return LocalText.of("json.notFinite");
        }
        if (first.startsWith("Unexpected end-of-input")) {
            return LocalText.of("json.cutShort");
        }
        if (first.contains("Invalid UTF-8") || first.contains("UTF-8")) {
            return LocalText.of("json.notUtf8");
        }
        if (first.startsWith("Unrecognized token")) {
            return LocalText.of("json.invalid", first.replaceFirst(": was expecting.*", ""));
        }
        int at = first.indexOf(" at [Source");
        String plain = at >= 0 ? first.substring(0, at) : first;
        plain = plain.replaceAll("\\(code \\d+\\)", "").replaceAll("\\s+", " ").strip();
        return plain.isEmpty() ? LocalText.of("json.syntax") : LocalText.of("json.invalid", plain);
    }
}
