package dev.reelrank.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * A sentence for a person, kept as a key and its arguments until it is shown, so that the same
 * refusal reads in English on the command line and in Chinese in a Chinese window. Arguments
 * are shown as given (numbers are formatted by whoever makes the text, so that "1e12" stays
 * "1e12"); an argument that is itself a LocalText is rendered in the same language.
 *
 * <p>The wording lives in {@code problems.properties} and {@code problems_zh.properties} next to
 * this class. They are read as plain UTF-8 properties rather than through ResourceBundle, whose
 * lookup falls back to the JVM's default locale: an English sentence asked for on a Chinese
 * system must still come out English.
 */
public record LocalText(String key, List<Object> args) {
    private static final Properties ENGLISH = load("problems.properties");
    private static final Properties CHINESE = load("problems_zh.properties");

    public LocalText {
        Objects.requireNonNull(key, "key");
        assert ENGLISH.containsKey(key) : "no wording for " + key;
        args = List.copyOf(args);
    }

    public static LocalText of(String key, Object... args) {
        return new LocalText(
                key, Arrays.stream(args).map(a -> a == null ? "null" : a).toList());
    }

    /** Text that reads the same in every language, such as a file name or a JSON path. */
    public static LocalText verbatim(String text) {
        return of("verbatim", text);
    }

    /** This text after a language-neutral prefix such as {@code "file.json:3:7: "}. */
    public LocalText after(String prefix) {
        return of("prefixed", prefix, this);
    }

    public String english() {
        return in(Locale.ENGLISH);
    }

    /** The text in the locale's language: Chinese for any {@code zh} locale, English otherwise. */
    public String in(Locale locale) {
        Properties wording = "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
        String pattern = wording.getProperty(key, ENGLISH.getProperty(key));
        if (pattern == null) {
            return key + args;
        }
        StringBuilder text = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close == i + 2 && Character.isDigit(pattern.charAt(i + 1))) {
                int index = pattern.charAt(i + 1) - '0';
                Object arg = index < args.size() ? args.get(index) : "";
                text.append(arg instanceof LocalText inner ? inner.in(locale) : String.valueOf(arg));
                i = close;
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return english();
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = LocalText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
