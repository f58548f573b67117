package dev.reelrank.viewmodel.text;

import java.util.Objects;

/** What typed text means: a value, or a message saying what is wrong with it. */
public record Parsed<T>(T value, String error) {
    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(Objects.requireNonNull(value), null);
    }

    public static <T> Parsed<T> error(String message) {
        return new Parsed<>(null, Objects.requireNonNull(message));
    }

    public boolean isValid() {
        return error == null;
    }
}
