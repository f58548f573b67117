package dev.reelrank.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Jackson's syntax errors into one plain sentence. */
final class JsonSyntax {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) [\"'](.*)[\"']");

    private JsonSyntax() {
    }

    static String describe(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String first = original.lines().findFirst().orElse("").strip();
        Matcher duplicate = DUPLICATE.matcher(first);
        if (duplicate.find()) {
            return "the key \"" + duplicate.group(1) + "\" appears twice in one object";
        }
        if (first.startsWith("Non-standard token")) {
            return "NaN and Infinity are not numbers; JSON allows only finite numbers";
        }
        if (first.startsWith("Unexpected end-of-input")) {
            return "the file ends in the middle of the JSON (is it cut short?)";
        }
        if (first.contains("Invalid UTF-8") || first.contains("UTF-8")) {
            return "is not valid UTF-8 text";
        }
        if (first.startsWith("Unrecognized token")) {
            return "is not valid JSON: " + first.replaceFirst(": was expecting.*", "");
        }
        int at = first.indexOf(" at [Source");
        String plain = at >= 0 ? first.substring(0, at) : first;
        plain = plain.replaceAll("\\(code \\d+\\)", "").replaceAll("\\s+", " ").strip();
        return "is not valid JSON: " + (plain.isEmpty() ? "syntax error" : plain);
    }
}
