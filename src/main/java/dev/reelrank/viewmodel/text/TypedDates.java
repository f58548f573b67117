package dev.reelrank.viewmodel.text;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** Reads dates as people type them: 2024-12-19, 2024/12/19, or the UI language's medium format. */
public final class TypedDates {
    private TypedDates() {}

    public static Parsed<LocalDate> parse(String typed, Texts texts) {
        String text = typed == null
                ? ""
                : Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        if (text.isEmpty()) {
            return Parsed.error(texts.get("error.dateEmpty"));
        }
        List<DateTimeFormatter> formats = List.of(
                DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ofPattern("uuuu/M/d", Locale.ROOT),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale()));
        for (DateTimeFormatter format : formats) {
            try {
                LocalDate date = LocalDate.parse(text, format);
                if (date.getYear() < 1990 || date.getYear() > 2100) {
                    return Parsed.error(texts.get("error.dateRange"));
                }
                return Parsed.ok(date);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Parsed.error(texts.format("error.date", text));
    }
}
