package dev.reelrank.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reelrank.testing.DefaultLocale;
import dev.reelrank.testing.Wording;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The model's and the file readers' sentences exist in both languages, and each one is used. */
class ProblemWordingTest {
    private static final Path BUNDLES = Path.of("src/main/resources/dev/reelrank/model");

    private static Properties load(String name) throws IOException {
        return Wording.load(BUNDLES.resolve(name));
    }

    @Test
    void everyKey_isInBothLanguages_withTheSameArguments() throws IOException {
        Wording.assertSameKeysAndArguments(load("problems.properties"), load("problems_zh.properties"));
    }

    @Test
    void everyKey_isWrittenOutInTheSources() throws IOException {
        Set<String> literals = Wording.sourceLiterals();
        Set<String> unused = load("problems.properties").stringPropertyNames().stream()
                .filter(key -> !literals.contains(key))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unused);
    }

    @Test
    void chineseSentences_areAllInTheBundledFont() throws Exception {
        Wording.assertAllInBundledFont(load("problems_zh.properties"));
    }

    @Test
    void nestedSentences_renderInOneLanguage_whateverTheSystemLocale() throws Exception {
        DefaultLocale.during(Locale.SIMPLIFIED_CHINESE, () -> {
            LocalText text = LocalText.of("csv.atLine", 9, LocalText.of("csv.unknownWinner", "x"))
                    .after("votes.csv: ");
            assertEquals(
                    "votes.csv: line 9: unknown winner \"x\"; expected model_a, model_b, tie or tie (bothbad)",
                    text.english());
            assertEquals(
                    "votes.csv: \u7b2c 9 \u884c\uff1a\u672a\u77e5\u7684\u80dc\u8005\"x\"\uff1b\u5e94\u4e3a "
                            + "model_a\u3001model_b\u3001tie \u6216 tie (bothbad)",
                    text.in(Locale.CHINA));
            return null;
        });
    }

    @Test
    void aRefusal_keepsItsFieldAndExplainsItselfInBothLanguages() {
        var refused = Assertions.assertThrows(InvalidValueException.class, () -> Checks.count("wins", -3));
        assertEquals("wins", refused.field());
        assertEquals("must be 0 or more (got -3)", refused.getMessage());
        assertEquals(
                "\u5fc5\u987b\u5927\u4e8e\u6216\u7b49\u4e8e 0\uff08\u5b9e\u9645\u4e3a -3\uff09",
                refused.explanation().in(Locale.forLanguageTag("zh-TW")));
    }
}
