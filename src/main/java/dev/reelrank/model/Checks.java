package dev.reelrank.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** Constructor checks shared by the value types; each failure names the field and what it expects. */
final class Checks {
    static final BigDecimal MAX_PRICE = new BigDecimal("1e9");
    static final long MAX_VOTES = 1_000_000_000_000L;
    static final int MAX_CLIP_SECONDS = 3600;
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_TEXT_LENGTH = 4000;
    static final LocalDate EARLIEST_DATE = LocalDate.of(1990, 1, 1);
    static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private Checks() {
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "value.required");
        }
        return value;
    }

    static String id(String field, String value) {
        present(field, value);
        if (!ID.matcher(value).matches()) {
            throw new InvalidValueException(field, "value.id", shorten(value));
        }
        return value;
    }

    static String name(String field, String value) {
        present(field, value);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException(field, "value.empty");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException(field, "value.tooLong", MAX_NAME_LENGTH, trimmed.length());
        }
        return safe(field, trimmed, false);
    }

    static String optionalName(String field, String value) {
        return value == null || value.isBlank() ? null : name(field, value);
    }

    static String text(String field, String value) {
        present(field, value);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException(field, "value.empty");
        }
        return longText(field, trimmed);
    }

    static String optionalText(String field, String value) {
        return value == null || value.isBlank() ? null : longText(field, value.strip());
    }

    private static String longText(String field, String value) {
        if (value.length() > MAX_TEXT_LENGTH) {
            throw new InvalidValueException(field, "value.tooLong", MAX_TEXT_LENGTH, value.length());
        }
        return safe(field, value, true);
    }

    /** Refuses what {@link SafeText} refuses: control characters, bidi formatting, lone surrogates. */
    private static String safe(String field, String value, boolean lineBreaks) {
        LocalText problem = SafeText.problem(value, lineBreaks);
        if (problem != null) {
            throw new InvalidValueException(field, problem);
        }
        return value;
    }

    static BigDecimal amount(String field, BigDecimal value) {
        present(field, value);
        if (value.signum() < 0) {
            throw new InvalidValueException(field, "value.negative", plain(value));
        }
        if (value.compareTo(MAX_PRICE) > 0) {
            throw new InvalidValueException(field, "value.priceTooLarge", plain(value));
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value;
    }

    static BigDecimal positive(String field, BigDecimal value, BigDecimal max) {
        present(field, value);
        if (value.signum() <= 0) {
            throw new InvalidValueException(field, "value.notPositive", plain(value));
        }
        if (value.compareTo(max) > 0) {
            throw new InvalidValueException(field, "value.tooLarge", max.toPlainString(), plain(value));
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value;
    }

    static long count(String field, long value) {
        if (value < 0) {
            throw new InvalidValueException(field, "value.negative", value);
        }
        if (value > MAX_VOTES) {
            throw new InvalidValueException(field, "value.tooLarge", "1e12", value);
        }
        return value;
    }

    static int clipSeconds(String field, int value) {
        if (value < 1 || value > MAX_CLIP_SECONDS) {
            throw new InvalidValueException(field, "value.clipSeconds", MAX_CLIP_SECONDS, value);
        }
        return value;
    }

    static LocalDate date(String field, LocalDate value) {
        present(field, value);
        if (value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE)) {
            throw new InvalidValueException(field, "value.dateRange", EARLIEST_DATE, LATEST_DATE, value);
        }
        return value;
    }

    /** Shows a number the way a person wrote it, without an exponent that hides its size. */
    static String plain(BigDecimal value) {
        return value.abs().compareTo(new BigDecimal("1e30")) > 0 ? value.toString() : value.toPlainString();
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
