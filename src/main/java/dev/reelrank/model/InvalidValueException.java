package dev.reelrank.model;

/**
 * A value that cannot be part of a project, with the name of the field it belongs to so that a
 * file reader or an editor can point at the exact place.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field within the value being built, e.g. {@code amount}; never null. */
    public String field() {
        return field;
    }
}
