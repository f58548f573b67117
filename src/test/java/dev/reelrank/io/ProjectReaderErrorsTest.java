package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One test per kind of bad file: each gives one line naming the place and what was expected. */
class ProjectReaderErrorsTest {
    private static final String FILE = "test.reelrank.json";

    private static ProjectFileException readError(String json) {
        return readError(json.getBytes(StandardCharsets.UTF_8));
    }

    private static ProjectFileException readError(byte[] bytes) {
        return assertThrows(
                ProjectFileException.class, () -> ProjectReader.read(new ByteArrayInputStream(bytes), FILE));
    }

    @Test
    void validProject_reads() {
        var project = assertDoesNotThrow(() -> ProjectReader.read(
                new ByteArrayInputStream(TestProjects.VALID.getBytes(StandardCharsets.UTF_8)), FILE));
        assertEquals("Kling 1.6", project.products().getFirst().name());
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of(
                        "unknown format version",
                        TestProjects.with("\"format\": 5", "\"format\": 6"),
                        "test.reelrank.json:2:13: format: unsupported format version 6; this ReelRank reads versions 1 to 5"),
                Arguments.of(
                        "wrong type: text for a number",
                        TestProjects.with("\"amount\": 0.83", "\"amount\": \"0.83\""),
                        "test.reelrank.json:24:21: products[0].prices[0].amount: expected a number, got text \"0.83\""),
                Arguments.of(
                        "wrong type: number for text",
                        TestProjects.with("\"name\": \"Kling 1.6\"", "\"name\": 16"),
                        "test.reelrank.json:11:15: products[0].name: expected text in double quotes, got the number 16"),
                Arguments.of(
                        "wrong type: object for a list",
                        TestProjects.with("\"modes\": [\"text-to-video\"]", "\"modes\": {}"),
                        "test.reelrank.json:16:16: products[0].modes: expected the generation modes"
                                + " (a list in []), got an object"),
                Arguments.of(
                        "missing required field",
                        TestProjects.with("      \"vendor\": \"Kuaishou\",\n", ""),
                        "test.reelrank.json:9:5: products[0].vendor: is missing; this field is required"),
                Arguments.of(
                        "missing format",
                        TestProjects.with("  \"format\": 5,\n", ""),
                        "test.reelrank.json:1:1: format: is missing; a ReelRank project starts with \"format\": 5"),
                Arguments.of(
                        "negative amount",
                        TestProjects.with("\"amount\": 0.83", "\"amount\": -1"),
                        "test.reelrank.json:24:21: products[0].prices[0].amount: must be 0 or more (got -1)"),
                Arguments.of(
                        "negative votes",
                        TestProjects.with("\"wins\": 1", "\"wins\": -5"),
                        "test.reelrank.json:31:25: products[0].votes.wins: must be 0 or more (got -5)"),
                Arguments.of(
                        "non-finite number",
                        TestProjects.with("\"amount\": 0.83", "\"amount\": NaN"),
                        "products[0].prices[0]"),
                Arguments.of(
                        "infinite number",
                        TestProjects.with("\"amount\": 0.83", "\"amount\": Infinity"),
                        "NaN and Infinity are not numbers"),
                Arguments.of(
                        "absurd price",
                        TestProjects.with("\"amount\": 0.83", "\"amount\": 1e10"),
                        "test.reelrank.json:24:21: products[0].prices[0].amount: is implausibly large: at most 1e9 per"
                                + " unit (got 10000000000)"),
                Arguments.of(
                        "absurd exponent",
                        TestProjects.with("\"amount\": 0.83", "\"amount\": 1e999999999"),
                        "products[0].prices[0].amount: is implausibly large"),
                Arguments.of(
                        "absurd votes",
                        TestProjects.with("\"losses\": 2", "\"losses\": 2000000000000"),
                        "test.reelrank.json:31:38: products[0].votes.losses: is implausibly large: at most 1e12"
                                + " (got 2000000000000)"),
                Arguments.of(
                        "fractional votes",
                        TestProjects.with("\"ties\": 3", "\"ties\": 3.5"),
                        "products[0].votes.ties: expected a whole number, got 3.5"),
                Arguments.of(
                        "duplicate product ids",
                        TestProjects.with("  \"headToHead\": []", "  \"headToHead\": []")
                                .replace(
                                        "  ],\n  \"headToHead\"", "  ,\n" + secondProduct() + "  ],\n  \"headToHead\""),
                        "products[1].id: duplicate product id \"kling-1.6\" (also used by" + " products[0])"),
                // Issue 16, item 5: a name that could drive a terminal (ESC), reorder what is shown
                // (a bidi override) or not survive UTF-8 (a lone surrogate) is refused where it stands.
                Arguments.of(
                        "escape in a name",
                        TestProjects.with("\"name\": \"Kling 1.6\"", "\"name\": \"Kling\\u001b[2J 1.6\""),
                        "test.reelrank.json:11:15: products[0].name: holds"
                                + " U+001B, a control character, at character 6;"),
                Arguments.of(
                        "raw escape in a vendor",
                        TestProjects.with("\"vendor\": \"Kuaishou\"", "\"vendor\": \"Kuai\u001bshou\""),
                        "test.reelrank.json:14:17: products[0].vendor: is not valid JSON:"
                                + " Illegal unquoted character ((CTRL-CHAR, code 27))"),
                Arguments.of(
                        "delete in a name",
                        TestProjects.with("\"name\": \"Kling 1.6\"", "\"name\": \"Kling\\u007f\""),
                        "products[0].name: holds U+007F, a control character"),
                Arguments.of(
                        "C1 control in a name",
                        TestProjects.with("\"name\": \"Kling 1.6\"", "\"name\": \"Kling\\u009b31m\""),
                        "products[0].name: holds U+009B, a control character"),
                Arguments.of(
                        "bidi override in a name",
                        TestProjects.with("\"name\": \"Kling 1.6\"", "\"name\": \"Kling \\u202e6.1\""),
                        "products[0].name: holds U+202E, a bidirectional" + " formatting character, at character 7"),
                Arguments.of(
                        "bidi isolate in a name",
                        TestProjects.with("\"name\": \"Kling 1.6\"", "\"name\": \"Kling \\u2067x\""),
                        "products[0].name: holds U+2067, a bidirectional"),
                Arguments.of(
                        "lone surrogate in a name",
                        TestProjects.with("\"name\": \"Kling 1.6\"", "\"name\": \"Kling \\ud800\""),
                        "products[0].name: holds U+D800, half of a surrogate pair"),
                Arguments.of(
                        "escape in a note",
                        TestProjects.with(
                                "\"name\": \"Kling 1.6\"",
                                "\"name\": \"Kling 1.6\", \"note\": \"a\\u001b]0;pwned\\u0007\""),
                        "products[0].note: holds U+001B, a control character"),
                Arguments.of(
                        "unknown currency",
                        TestProjects.with("\"currency\": \"CNY\"", "\"currency\": \"RMB\""),
                        "test.reelrank.json:25:23: products[0].prices[0].currency: \"RMB\" is not an ISO 4217"
                                + " currency code"),
                Arguments.of(
                        "duplicate keys",
                        TestProjects.with("\"name\": \"Test\",", "\"name\": \"Test\", \"name\":" + " \"Again\","),
                        "test.reelrank.json:3:25: the key \"name\" appears twice in one object"),
                Arguments.of(
                        "trailing content",
                        TestProjects.VALID + "{}\n",
                        "test.reelrank.json:36:1: unexpected content after the end of the project"),
                Arguments.of(
                        "unknown field",
                        TestProjects.with("\"version\": \"1.6\",", "\"version\": \"1.6\", " + "\"price\": 1,"),
                        "test.reelrank.json:13:25: products[0].price: unknown field; expected one"
                                + " of id, name, nameZh"),
                Arguments.of(
                        "unknown enum word",
                        TestProjects.with("\"kind\": \"estimate\"", "\"kind\": \"guess\""),
                        "products[0].prices[0].kind: expected one of api, plan, credits, estimate, got \"guess\""),
                Arguments.of(
                        "unknown unit",
                        TestProjects.with("\"type\": \"per-clip\"", "\"type\": \"per-frame\""),
                        "products[0].prices[0].unit.type: unknown unit \"per-frame\"; expected one of per-clip,"
                                + " per-second, per-minute, per-credit, monthly-plan"),
                Arguments.of(
                        "field that does not apply to the unit",
                        TestProjects.with("\"clipSeconds\": 5", "\"clipSeconds\": 5, \"allowance\": 3"),
                        "products[0].prices[0].unit.allowance: does not apply" + " to a per-clip price"),
                Arguments.of(
                        "compared price not an option",
                        TestProjects.with("\"comparedPrice\": \"gf\"", "\"comparedPrice\": \"list\""),
                        "test.reelrank.json:17:24: products[0].comparedPrice: \"list\""
                                + " is not one of this product's price options [gf]"),
                Arguments.of(
                        "bad date",
                        TestProjects.with("\"releaseDate\": \"2024-12-19\"", "\"releaseDate\": \"19/12/2024\""),
                        "products[0].releaseDate: expected a date like"
                                + " \"2025-02-23\" (year-month-day), got \"19/12/2024\""),
                Arguments.of(
                        "head-to-head with an unknown product",
                        TestProjects.with(
                                "\"headToHead\": []",
                                "\"headToHead\": [{\"a\": \"kling-1.6\", \"b\": \"sora\", \"aWins\": 1, \"bWins\": 1, \"ties\":"
                                        + " 0, \"sample\": true, \"source\": \"s\", \"asOf\": \"2025-01-01\"}]"),
                        "headToHead[0].a: \"sora\" is not the id of a product in this project"),
                Arguments.of("empty file", "", "test.reelrank.json:1: the file is empty"),
                Arguments.of("not an object", "[1, 2]", "expected a ReelRank project (a JSON object in {})"),
                Arguments.of(
                        "cut short",
                        TestProjects.VALID.substring(0, 400),
                        "the file ends in the middle of the JSON (is it cut short?)"));
    }

    private static String secondProduct() {
        String valid = TestProjects.VALID;
        int start = valid.indexOf("    {\n      \"id\": \"kling-1.6\"");
        int end = valid.indexOf("    }\n  ],\n  \"headToHead\"") + "    }\n".length();
        return valid.substring(start, end);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFile_givesOneLineNamingThePlace(String kind, String json, String expected) {
        ProjectFileException e = readError(json);
        assertTrue(e.getMessage().contains(expected), () -> "expected \"" + expected + "\" in\n" + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line only");
        assertFalse(e.getMessage().contains("com.fasterxml"), "no library internals");
        assertTrue(e.getMessage().startsWith(FILE), "starts with the file name");
    }

    @Test
    void invalidUtf8_namesLineAndColumnOfTheBadByte() {
        byte[] good = TestProjects.VALID.getBytes(StandardCharsets.UTF_8);
        byte[] bad = good.clone();
        int at = TestProjects.VALID.indexOf("Kuaishou");
        bad[at] = (byte) 0xFF;
        assertEquals(
                "test.reelrank.json:14:18: is not valid UTF-8 text (byte 0xFF); save the file as UTF-8",
                readError(bad).getMessage());
    }

    @Test
    void utf16File_isRefusedAsNotUtf8() {
        byte[] utf16 = TestProjects.VALID.getBytes(StandardCharsets.UTF_16);
        assertTrue(readError(utf16).problem().contains("not valid UTF-8"));
    }

    @Test
    void byteOrderMark_isAccepted() {
        byte[] withBom = ("\uFEFF" + TestProjects.VALID).getBytes(StandardCharsets.UTF_8);
        assertDoesNotThrow(() -> ProjectReader.read(new ByteArrayInputStream(withBom), FILE));
    }

    @Test
    void deepNesting_isRefusedWithoutStackOverflow() {
        String deep = "{\"format\": 1, \"description\": " + "[".repeat(1_000_000);
        ProjectFileException e = readError(deep);
        assertTrue(e.getMessage().contains("description: expected text"), e.getMessage());
        String deepUnknown = "{\"format\": 1, \"x\": " + "{\"a\":".repeat(200_000);
        assertTrue(readError(deepUnknown).getMessage().contains("x: unknown field"));
    }

    @Test
    void hugeNumberLiteral_isRefusedBeforeItIsParsed() {
        String json = TestProjects.with("\"amount\": 0.83", "\"amount\": 1" + "0".repeat(100_000));
        var e = readError(json);
        assertTrue(e.getMessage().contains("products[0].prices[0]"), e.getMessage());
    }

    @Test
    void hugeString_isRefused() {
        String json = TestProjects.with("\"name\": \"Test\"", "\"name\": \"" + "x".repeat(2_000_000) + "\"");
        assertTrue(readError(json).getMessage().startsWith("test.reelrank.json:3:"));
    }

    @Test
    void overlongName_isRefusedWithTheLimit() {
        String json = TestProjects.with("\"name\": \"Kling 1.6\"", "\"name\": \"" + "K".repeat(300) + "\"");
        assertTrue(readError(json).getMessage().contains("products[0].name: must be at most 200 characters (got 300)"));
    }

    @Test
    void tenThousandProducts_areRead_butNotOneMore() {
        byte[] limit = TestProjects.withProducts(10_000).getBytes(StandardCharsets.UTF_8);
        var project = assertDoesNotThrow(() -> ProjectReader.read(new ByteArrayInputStream(limit), FILE));
        assertEquals(10_000, project.products().size());
        ProjectFileException e = readError(TestProjects.withProducts(10_001));
        assertTrue(e.getMessage().contains("products: holds more than 10,000 entries"), e.getMessage());
        assertEquals(10_002, e.line(), "stops at the 10,001st product, before reading the rest");
    }
}
