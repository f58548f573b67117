package dev.reelrank.viewmodel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.testing.Wording;
import dev.reelrank.viewmodel.settings.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Both languages say everything the window says, and nothing it never says. */
class MessagesTest {
    private static final Path BUNDLES = Path.of("src/main/resources/dev/reelrank/i18n");

    private static Properties load(String name) throws IOException {
        return Wording.load(BUNDLES.resolve(name));
    }

    @Test
    void everyKey_isInBothBundles_withTheSameArguments() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh.properties");
        Wording.assertSameKeysAndArguments(english, chinese);
        for (String key : english.stringPropertyNames()) {
            // Every text passes through MessageFormat: a stray quote or brace is a test failure, not a blank label.
            new MessageFormat(english.getProperty(key), Locale.ENGLISH);
            new MessageFormat(chinese.getProperty(key), Locale.SIMPLIFIED_CHINESE);
        }
    }

    /** A key written twice keeps only its last text, silently: two features' texts collided once. */
    @Test
    void noKey_isWrittenTwice() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_zh.properties")) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources/dev/reelrank/i18n", bundle))) {
                int equals = line.indexOf('=');
                if (line.isBlank() || line.startsWith("#") || line.startsWith(" ") || equals < 0) {
                    continue;
                }
                String key = line.substring(0, equals).strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            assertTrue(twice.isEmpty(), bundle + " writes these keys twice: " + twice);
        }
    }

    @Test
    void noKey_isUnused() throws IOException {
        Set<String> literals = Wording.sourceLiterals();
        // A key is used when it is written out, or built from a written prefix such as "field." + name.
        List<String> prefixes =
                literals.stream().filter(l -> l.endsWith(".") && l.length() > 2).toList();
        Set<String> unused = load("messages.properties").stringPropertyNames().stream()
                .filter(key -> !literals.contains(key) && prefixes.stream().noneMatch(key::startsWith))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unused);
    }

    @Test
    void chineseTexts_areAllInTheBundledFont() throws Exception {
        Wording.assertAllInBundledFont(load("messages_zh.properties"));
    }

    @Test
    void aChineseUi_readsTheChineseBundle_andAGermanOneFallsBackToEnglish() {
        assertEquals("视图", new Texts(Language.CHINESE.locale(Locale.US)).get("menu.view"));
        assertEquals("View", new Texts(Language.ENGLISH.locale(Locale.GERMANY)).get("menu.view"));
        assertEquals(Locale.forLanguageTag("en-DE"), Language.ENGLISH.locale(Locale.GERMANY));
        assertEquals(Locale.forLanguageTag("zh-CN"), Language.CHINESE.locale(Locale.ENGLISH));
        assertEquals(Language.CHINESE, Language.of(Locale.TAIWAN));
        assertTrue(new TypedNumbers(new Texts(Language.ENGLISH.locale(Locale.GERMANY)))
                .price("0,83", Currency.getInstance("EUR"))
                .isValid());
    }
}
