package dev.reelrank.model;

/**
 * A value that cannot be part of a project, with the name of the field it belongs to so that a
 * file reader or an editor can point at the exact place.
 */
public final class InvalidValueException extends IllegalArgumentException implements Explained {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final transient LocalText explanation;

    public InvalidValueException(String field, LocalText explanation) {
        super(explanation.english());
        this.field = field;
        this.explanation = explanation;
    }

    public InvalidValueException(String field, String key, Object... args) {
        this(field, LocalText.of(key, args));
    }

    /** The field within the value being built, e.g. {@code amount}; never null. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field name, e.g. "must be 0 or more (got -1)". */
    @Override
    public LocalText explanation() {
        return explanation;
    }
}
