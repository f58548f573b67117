package dev.reelrank.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages say everything the window says, and nothing it never says. */
class MessagesTest {
    private static final Path BUNDLES = Path.of("src/main/resources/dev/reelrank/i18n");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void everyKey_isInBothBundles_withTheSameArguments() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String zh = chinese.getProperty(key);
            new MessageFormat(en, Locale.ENGLISH);
            new MessageFormat(zh, Locale.SIMPLIFIED_CHINESE);
            assertEquals(arguments(en), arguments(zh), key);
        }
    }

    @Test
    void noKey_isUnused() throws IOException {
        Set<String> literals = new HashSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher literal = LITERAL.matcher(Files.readString(source));
                while (literal.find()) {
                    literals.add(literal.group(1));
                }
            }
        }
        // A key is used when it is written out, or built from a written prefix such as "field." + name.
        List<String> prefixes = literals.stream().filter(l -> l.endsWith(".") && l.length() > 2).toList();
        Set<String> unused = load("messages.properties").stringPropertyNames().stream()
                .filter(key -> !literals.contains(key) && prefixes.stream().noneMatch(key::startsWith))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unused);
    }

    @Test
    void chineseTexts_areAllInTheBundledFont() throws Exception {
        Properties chinese = load("messages_zh.properties");
        try (InputStream in = Files.newInputStream(Path.of("assets/fonts/ReelRankSansCJK-Regular.otf"))) {
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            for (String key : chinese.stringPropertyNames()) {
                String text = chinese.getProperty(key);
                assertEquals(-1, font.canDisplayUpTo(text), key + ": " + text);
            }
        }
    }

    @Test
    void aChineseUi_readsTheChineseBundle_andAGermanOneFallsBackToEnglish() {
        assertEquals("视图", new Texts(Language.CHINESE.locale(Locale.US)).get("menu.view"));
        assertEquals("View", new Texts(Language.ENGLISH.locale(Locale.GERMANY)).get("menu.view"));
        assertEquals(Locale.forLanguageTag("en-DE"), Language.ENGLISH.locale(Locale.GERMANY));
        assertEquals(Locale.forLanguageTag("zh-CN"), Language.CHINESE.locale(Locale.ENGLISH));
        assertEquals(Language.CHINESE, Language.of(Locale.TAIWAN));
        assertTrue(new TypedNumbers(new Texts(Language.ENGLISH.locale(Locale.GERMANY))).price("0,83",
                java.util.Currency.getInstance("EUR")).isValid());
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(pattern);
        while (argument.find()) {
            found.add(argument.group(1));
        }
        return found;
    }
}
