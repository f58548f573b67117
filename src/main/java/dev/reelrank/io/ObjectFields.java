package dev.reelrank.io;

import com.fasterxml.jackson.core.JsonLocation;
import dev.reelrank.model.InvalidValueException;
import dev.reelrank.model.LocalText;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The values read from one JSON object and where each started, so that a check made later by a
 * model constructor can still point at the exact line and column.
 */
final class ObjectFields {
    private final JsonCursor cursor;
    private final String path;
    private final JsonLocation start;
    private final Map<String, Object> values = new HashMap<>();
    private final Map<String, JsonLocation> locations = new HashMap<>();

    ObjectFields(JsonCursor cursor) {
        this.cursor = cursor;
        this.path = cursor.pathText();
        this.start = cursor.valueLocation();
    }

    void put(String field, Object value) {
        values.put(field, value);
        locations.put(field, cursor.valueLocation());
    }

    /**
     * Where a part of a field starts, such as {@code history[2].date}, for a check the model makes
     * on the whole field but pins on one part.
     */
    void mark(String field, JsonLocation location) {
        locations.put(field, location);
    }

    boolean has(String field) {
        return values.containsKey(field);
    }

    // Each field's type is fixed by the schema that read it, so the caller names it; a generic return
    // spares about sixty casts in ProjectReader, each as unchecked as this one.
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
    <T> T get(String field) {
        return (T) values.get(field);
    }

    JsonLocation location(String field) {
        return locations.getOrDefault(field, start);
    }

    String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** Builds a model value; a check it fails becomes an error at the field it names. */
    <T> T build(Supplier<T> constructor) throws ProjectFileException {
        try {
            return constructor.get();
        } catch (InvalidValueException e) {
            throw error(
                    e.field(),
                    has(e.field()) || !e.explanation().key().equals("value.required")
                            ? e.explanation()
                            : LocalText.of("file.requiredField"));
        }
    }

    ProjectFileException error(String field, String key, Object... args) {
        return error(field, LocalText.of(key, args));
    }

    ProjectFileException error(String field, LocalText problem) {
        return cursor.errorAt(location(field), path(field), problem);
    }
}
