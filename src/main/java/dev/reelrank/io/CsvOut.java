package dev.reelrank.io;

import java.util.List;

/**
 * Writes CSV as RFC 4180 says, and so that a spreadsheet runs nothing it opens:
 * <ul>
 * <li>a field holding a comma, a double quote, CR or LF is quoted, and its quotes doubled;
 * <li>every record ends with LF ({@link #RECORD_END}), on every platform (a CR or LF inside a field
 * is always quoted, so it never ends a record);
 * <li>a field that starts with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR gets a leading
 * apostrophe ({@code '=1+2}), as OWASP advises against CSV injection, unless the whole field is
 * a plain decimal number ({@code -0.5}, {@code -12}): a number is never a formula, and must stay a
 * number.
 * </ul>
 */
public final class CsvOut {
    /** How every record ends. */
    public static final String RECORD_END = "\n";

    private CsvOut() {}

    /** One record of fields, each written by {@link #field(String)}, ending with {@link #RECORD_END}. */
    public static String record(List<String> fields) {
        if (fields.size() == 1
                && (fields.getFirst() == null || fields.getFirst().isEmpty())) {
            // One empty field is written "" rather than as an empty line, which readers skip.
            return "\"\"" + RECORD_END;
        }
        StringBuilder record = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                record.append(',');
            }
            record.append(field(fields.get(i)));
        }
        return record.append(RECORD_END).toString();
    }

    /** As {@link #record(List)}. */
    public static String record(String... fields) {
        return record(List.of(fields));
    }

    /** One field, neutralised and quoted as needed; null is written as an empty field. */
    public static String field(String value) {
        String text = neutralised(value == null ? "" : value);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return '"' + text.replace("\"", "\"\"") + '"';
            }
        }
        return text;
    }

    /** The text a spreadsheet will show for a field: with a leading apostrophe where it could be a formula. */
    public static String neutralised(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !plainNumber(value) ? "'" + value : value;
    }

    /** An optional minus, digits, and optionally a point and more digits: {@code -0.5}, {@code -12}, {@code 3}. */
    static boolean plainNumber(String text) {
        int i = text.startsWith("-") ? 1 : 0;
        int digits = 0;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == text.length()) {
            return true;
        }
        if (text.charAt(i) != '.') {
            return false;
        }
        i++;
        int decimals = 0;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
            decimals++;
        }
        return decimals > 0 && i == text.length();
    }
}
