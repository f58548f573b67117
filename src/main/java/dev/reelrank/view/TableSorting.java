package dev.reelrank.view;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.Locale;

/** Sort orders for columns that show formatted text: numbers by value, dates by date. */
final class TableSorting {
    /** Digits only (grouping and units dropped); text without digits sorts last. */
    static final Comparator<String> NUMBERS = Comparator.comparing(TableSorting::number,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private TableSorting() {
    }

    static Double number(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[^0-9.]", "");
        try {
            return digits.isEmpty() ? null : Double.valueOf(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.getDefault()));
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }
}
