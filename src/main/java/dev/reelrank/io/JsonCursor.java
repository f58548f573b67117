package dev.reelrank.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.reelrank.model.LocalText;
import java.io.CharConversionException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Walks a JSON document token by token, keeping the field path so that every error names the
 * file, line, column and path. Reading as a stream means no input builds an unbounded tree:
 * unknown fields and wrong types are refused where they start.
 */
final class JsonCursor {
    /** The longest number, in digits, a project file may hold (the parser's own limit too). */
    static final int MAX_NUMBER_DIGITS = 400;

    private final JsonParser parser;
    private final String file;
    private final List<String> path = new ArrayList<>();
    private JsonLocation valueStart;
    private JsonLocation fieldStart;

    JsonCursor(JsonParser parser, String file) {
        this.parser = parser;
        this.file = file;
    }

    interface FieldVisitor {
        void visit(String field) throws ProjectFileException, IOException;
    }

    interface ElementVisitor {
        void visit(int index) throws ProjectFileException, IOException;
    }

    JsonToken advance() throws ProjectFileException, IOException {
        try {
            JsonToken token = parser.nextToken();
            valueStart = parser.currentTokenLocation();
            return token;
        } catch (StreamConstraintsException e) {
            JsonLocation where = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
            String message = String.valueOf(e.getOriginalMessage());
            throw errorAt(
                    where,
                    message.startsWith("Number value length")
                            ? LocalText.of("json.numberTooManyDigits", MAX_NUMBER_DIGITS)
                            : LocalText.of("json.tooDeep"));
        } catch (JsonProcessingException e) {
            throw errorAt(e.getLocation(), JsonSyntax.describe(e));
        } catch (CharacterCodingException | CharConversionException e) {
            throw errorAt(parser.currentLocation(), LocalText.of("file.notUtf8"));
        }
    }

    JsonToken token() {
        return parser.currentToken();
    }

    /** Where the value being read starts. */
    JsonLocation valueLocation() {
        return valueStart;
    }

    /** Reads the fields of the object the cursor is on; the visitor must read each value. */
    void object(LocalText what, FieldVisitor visitor) throws ProjectFileException, IOException {
        if (token() != JsonToken.START_OBJECT) {
            throw error("json.expectedObject", what, describeToken());
        }
        while (advance() != JsonToken.END_OBJECT) {
            String field = parser.currentName();
            fieldStart = parser.currentTokenLocation();
            path.add(field);
            advance();
            visitor.visit(field);
            path.removeLast();
        }
    }

    /** Reads the elements of the array the cursor is on, refusing more than {@code max}. */
    void array(LocalText what, int max, ElementVisitor visitor) throws ProjectFileException, IOException {
        if (token() != JsonToken.START_ARRAY) {
            throw error("json.expectedList", what, describeToken());
        }
        int index = 0;
        while (advance() != JsonToken.END_ARRAY) {
            if (index == max) {
                throw error("json.tooManyEntries", String.format(Locale.ROOT, "%,d", max));
            }
            path.add("[" + index + "]");
            visitor.visit(index);
            path.removeLast();
            index++;
        }
    }

    String text() throws ProjectFileException {
        if (token() != JsonToken.VALUE_STRING) {
            throw error("json.expectedText", describeToken());
        }
        return currentText();
    }

    BigDecimal decimal() throws ProjectFileException, IOException {
        if (!token().isNumeric()) {
            throw error("json.expectedNumber", describeToken());
        }
        BigDecimal value;
        try {
            value = parser.getDecimalValue();
        } catch (NumberFormatException e) {
            // An exponent past what a number can hold, such as 1e99999999999.
            throw error("json.numberTooLong", MAX_NUMBER_DIGITS, shorten(currentText()));
        }
        // The writer writes every number in full (no exponent): a number whose decimal places alone
        // make its full form longer than the reader reads, such as 1e-401, is refused here, before
        // anything computes with it. A number too large is left to each field's range ("at most 1e9").
        if (value.scale() > 0 && digitsInFull(value) > MAX_NUMBER_DIGITS) {
            throw error("json.numberTooLong", MAX_NUMBER_DIGITS, shorten(currentText()));
        }
        return value;
    }

    /** Digits of a number written out in full, as the writer writes it: 1e-401 has 402. */
    static long digitsInFull(BigDecimal value) {
        long scale = value.scale();
        long precision = value.precision();
        return scale <= 0 ? precision - scale : Math.max(precision, scale + 1);
    }

    /** A whole number within [min, max]; the range check comes before any conversion of a huge literal. */
    long wholeNumber(long min, long max) throws ProjectFileException, IOException {
        BigDecimal value = decimal();
        if (value.compareTo(BigDecimal.valueOf(min)) < 0) {
            throw error("json.belowMinimum", min, shorten(value.toString()));
        }
        if (value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw error("value.tooLarge", limitText(max), shorten(value.toString()));
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw error("json.expectedWholeNumber", shorten(currentText()));
        }
        return value.longValueExact();
    }

    private static String limitText(long max) {
        String digits = Long.toString(max);
        return max >= 1_000_000 && digits.matches("10+")
                ? "1e" + (digits.length() - 1)
                : String.format(Locale.ROOT, "%,d", max);
    }

    boolean bool() throws ProjectFileException {
        if (token() != JsonToken.VALUE_TRUE && token() != JsonToken.VALUE_FALSE) {
            throw error("json.expectedBoolean", describeToken());
        }
        return token() == JsonToken.VALUE_TRUE;
    }

    LocalDate date() throws ProjectFileException {
        if (token() != JsonToken.VALUE_STRING) {
            throw error("json.expectedDate", describeToken());
        }
        String text = currentText();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error("json.badDate", shorten(text));
        }
    }

    /** A moment in UTC, as ISO 8601 writes it: "2026-11-30T14:05:00Z". */
    Instant instant() throws ProjectFileException {
        if (token() != JsonToken.VALUE_STRING) {
            throw error("json.expectedTime", describeToken());
        }
        String text = currentText();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw error("json.badTime", shorten(text));
        }
    }

    ProjectFileException unknownField(String field, Collection<String> known) {
        return errorAt(fieldStart, LocalText.of("json.unknownField", String.join(", ", known)));
    }

    /** An error at the current value. */
    ProjectFileException error(String key, Object... args) {
        return error(LocalText.of(key, args));
    }

    ProjectFileException error(LocalText problem) {
        return errorAt(valueStart, problem);
    }

    /** An error at a given place, for the current path. */
    ProjectFileException errorAt(JsonLocation location, LocalText problem) {
        return errorAt(location, pathText(), problem);
    }

    ProjectFileException errorAt(JsonLocation location, String fullPath, LocalText problem) {
        int line = location == null ? 0 : Math.max(0, location.getLineNr());
        int column = location == null ? 0 : Math.max(0, location.getColumnNr());
        return new ProjectFileException(file, line, column, fullPath, problem);
    }

    String pathText() {
        StringBuilder text = new StringBuilder();
        for (String segment : path) {
            if (!segment.startsWith("[") && !text.isEmpty()) {
                text.append('.');
            }
            text.append(segment);
        }
        return text.toString();
    }

    String childPath(String field) {
        String here = pathText();
        return here.isEmpty() ? field : here + "." + field;
    }

    private String currentText() throws ProjectFileException {
        try {
            return parser.getText();
        } catch (StreamConstraintsException e) {
            throw error("json.tooLong");
        } catch (JsonProcessingException e) {
            throw error(JsonSyntax.describe(e));
        } catch (IOException e) {
            throw error("json.unreadable", String.valueOf(e.getMessage()));
        }
    }

    private LocalText describeToken() throws ProjectFileException {
        JsonToken token = token();
        if (token == null) {
            return LocalText.of("json.token.end");
        }
        return switch (token) {
            case START_OBJECT -> LocalText.of("json.token.object");
            case START_ARRAY -> LocalText.of("json.token.list");
            case VALUE_STRING -> LocalText.of("json.token.text", shorten(currentText()));
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> LocalText.of("json.token.number", shorten(currentText()));
            case VALUE_TRUE -> LocalText.verbatim("true");
            case VALUE_FALSE -> LocalText.verbatim("false");
            case VALUE_NULL -> LocalText.verbatim("null");
            default -> LocalText.verbatim(token.asString() == null ? token.name() : token.asString());
        };
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
