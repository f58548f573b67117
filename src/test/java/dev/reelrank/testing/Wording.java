package dev.reelrank.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Checks shared by the tests of the two wording bundles (the window's and the model's). */
public final class Wording {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private Wording() {}

    /** A properties file as UTF-8. */
    public static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** The argument numbers a sentence uses, {0} and {1,number} alike. */
    public static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(pattern);
        while (argument.find()) {
            found.add(argument.group(1));
        }
        return found;
    }

    /** Both languages have the same keys, and each key the same arguments. */
    public static void assertSameKeysAndArguments(Properties english, Properties chinese) {
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertEquals(arguments(english.getProperty(key)), arguments(chinese.getProperty(key)), key);
        }
    }

    /** Every string literal in the main sources, to tell used keys from forgotten ones. */
    public static Set<String> sourceLiterals() throws IOException {
        Set<String> literals = new HashSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher literal = LITERAL.matcher(Files.readString(source));
                while (literal.find()) {
                    literals.add(literal.group(1));
                }
            }
        }
        return literals;
    }

    /** Every Chinese sentence can be drawn with the bundled font (no boxes on a machine without CJK fonts). */
    public static void assertAllInBundledFont(Properties chinese) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("assets/fonts/ReelRankSansCJK-Regular.otf"))) {
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            for (String key : chinese.stringPropertyNames()) {
                String text = chinese.getProperty(key);
                assertEquals(-1, font.canDisplayUpTo(text), key + ": " + text);
            }
        }
    }
}
