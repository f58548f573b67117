package dev.reelrank.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Constructor checks shared by the value types; each failure names the field and what it expects. */
final class Checks {
    static final BigDecimal MAX_PRICE = new BigDecimal("1e9");
    /**
     * Decimal places any number in a project may have: 1e-12 of a currency unit is already far below
     * anything a price, rate or score means. With every range below 1e12, a number then never needs
     * more than 25 digits written out in full, so what the writer writes the reader can read back.
     */
    public static final int MAX_DECIMAL_PLACES = 12;

    static final long MAX_VOTES = 1_000_000_000_000L;
    static final int MAX_CLIP_SECONDS = 3600;
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_TEXT_LENGTH = 4000;
    static final LocalDate EARLIEST_DATE = LocalDate.of(1990, 1, 1);
    static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private Checks() {}

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
        return places(field, value);
    }

    /**
     * A number with at most {@link #MAX_DECIMAL_PLACES} decimal places, kept as written otherwise:
     * trailing zeros beyond them are dropped, and an exponent ({@code 1E+3}) becomes a whole number,
     * so that the number reads back equal from the plain decimal the writer writes.
     */
    static BigDecimal places(String field, BigDecimal value) {
        present(field, value);
        if (value.scale() > MAX_DECIMAL_PLACES) {
            BigDecimal stripped = value.stripTrailingZeros();
            if (stripped.scale() > MAX_DECIMAL_PLACES) {
                throw new InvalidValueException(field, "value.tooManyPlaces", MAX_DECIMAL_PLACES, plain(value));
            }
            value = stripped;
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    static BigDecimal positive(String field, BigDecimal value, BigDecimal max) {
        present(field, value);
        if (value.signum() <= 0) {
            throw new InvalidValueException(field, "value.notPositive", plain(value));
        }
        if (value.compareTo(max) > 0) {
            throw new InvalidValueException(field, "value.tooLarge", max.toPlainString(), plain(value));
        }
        return places(field, value);
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

    /** A moment between the earliest and latest dates a file may hold. */
    static Instant instant(String field, Instant value) {
        present(field, value);
        LocalDate day = value.atOffset(ZoneOffset.UTC).toLocalDate();
        if (day.isBefore(EARLIEST_DATE) || day.isAfter(LATEST_DATE)) {
            throw new InvalidValueException(field, "value.dateRange", EARLIEST_DATE, LATEST_DATE, value);
        }
        return value;
    }

    static void noDuplicates(String field, List<String> values) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (!seen.add(value)) {
                throw new InvalidValueException(field, "value.listedTwice", shorten(value));
            }
        }
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
        // Written out in full, 1e-999999999 would be a billion characters: such a number keeps its exponent.
        boolean longInFull = value.scale() > 40 || value.precision() - value.scale() > 30;
        String text = longInFull ? value.toString() : value.toPlainString();
        return shorten(text);
    }

    /** A count as the messages write it: 1,000,000. */
    static String grouped(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
