package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.PriceObservation;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.Project;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A price option's dated earlier figures in the file: read strictly, written canonically. */
class PriceHistoryFileTest {
    private static final String AS_OF = "          \"asOf\": \"2025-03-10\"\n";

    /** The valid test file with a history on its one price option (current figure 0.83 CNY as of 2025-03-10). */
    static String withHistory(String... observations) {
        return TestProjects.with(
                AS_OF,
                "          \"asOf\": \"2025-03-10\",\n          \"history\": [\n"
                        + String.join(
                                ",\n",
                                Stream.of(observations)
                                        .map(o -> "            " + o)
                                        .toList())
                        + "\n          ]\n");
    }

    private static Project read(String json) throws Exception {
        return ProjectReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "h.reelrank.json");
    }

    private static String written(Project project) throws Exception {
        var out = new ByteArrayOutputStream();
        ProjectWriter.write(project, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aHistory_reads_oldestFirst_inTheOptionsCurrencyAndUnit() throws Exception {
        Project project = read(withHistory(
                "{\"date\": \"2024-12-19\", \"amount\": 1.00, \"source\": \"Launch post\", \"sourceKind\": \"vendor\"}",
                "{\"date\": \"2025-01-20\", \"amount\": 0.9, \"source\": \"Cut\", \"url\": \"https://example.com\"}"));
        PriceOption option = project.products().getFirst().compared();
        assertEquals(2, option.history().size());
        PriceObservation first = option.history().getFirst();
        assertEquals(LocalDate.parse("2024-12-19"), first.date());
        assertEquals(new BigDecimal("1.00"), first.amount(), "kept as written");
        assertEquals("vendor", first.sourceKind().orElseThrow().name().toLowerCase(Locale.ROOT));
        assertEquals("https://example.com", option.history().get(1).url().orElseThrow());
        assertEquals(
                new BigDecimal("0.9"),
                option.figureOn(LocalDate.parse("2025-03-09")).orElseThrow().amount());
        assertEquals(
                new BigDecimal("0.83"),
                option.figureOn(LocalDate.parse("2025-03-10")).orElseThrow().amount());
    }

    @Test
    void theWriter_writesTheHistoryAfterTheOptionsOwnFields_andReadsBackEqual() throws Exception {
        Project project = read(
                withHistory(
                        "{\"sourceKind\": \"press\", \"source\": \"Launch post\", \"amount\": 1.00, \"date\": \"2024-12-19\"}"));
        String text = written(project);
        String expected = String.join(
                "\n",
                "          \"asOf\": \"2025-03-10\",",
                "          \"history\": [",
                "            {",
                "              \"date\": \"2024-12-19\",",
                "              \"amount\": 1.00,",
                "              \"source\": \"Launch post\",",
                "              \"sourceKind\": \"press\"",
                "            }",
                "          ]",
                "        }");
        assertTrue(text.contains(expected), "keys in the documented order, the amount as written:\n" + text);
        assertEquals(project, read(text));
        assertEquals(text, written(read(text)), "the written form is stable");
    }

    @Test
    void anEmptyHistory_isNotWritten() throws Exception {
        String text = written(read(withHistory()));
        assertFalse(text.contains("history"), text);
    }

    static Stream<Arguments> badHistories() {
        return Stream.of(
                Arguments.of(
                        "dates out of order",
                        withHistory(
                                "{\"date\": \"2025-01-20\", \"amount\": 1, \"source\": \"a\"}",
                                "{\"date\": \"2024-12-19\", \"amount\": 0.9, \"source\": \"b\"}"),
                        "h.reelrank.json:31:22: products[0].prices[0].history[1].date: must come after the observation"
                                + " before it (2025-01-20); dates go oldest first, each once (got 2024-12-19)"),
                Arguments.of(
                        "the same date twice",
                        withHistory(
                                "{\"date\": \"2025-01-20\", \"amount\": 1, \"source\": \"a\"}",
                                "{\"date\": \"2025-01-20\", \"amount\": 0.9, \"source\": \"b\"}"),
                        "h.reelrank.json:31:22: products[0].prices[0].history[1].date: must come after"),
                Arguments.of(
                        "on or after the current figure's date",
                        withHistory("{\"date\": \"2025-03-10\", \"amount\": 1, \"source\": \"a\"}"),
                        "h.reelrank.json:30:22: products[0].prices[0].history[0].date: must be before the current"
                                + " figure's asOf date 2025-03-10: the current figure is the newest (got 2025-03-10)"),
                Arguments.of(
                        "a negative amount",
                        withHistory("{\"date\": \"2025-01-20\", \"amount\": -1, \"source\": \"a\"}"),
                        "h.reelrank.json:30:46: products[0].prices[0].history[0].amount: must be 0 or more (got -1)"),
                Arguments.of(
                        "an implausible amount",
                        withHistory("{\"date\": \"2025-01-20\", \"amount\": 2e9, \"source\": \"a\"}"),
                        "products[0].prices[0].history[0].amount: is implausibly large: at most 1e9 per unit"),
                Arguments.of(
                        "an unknown field",
                        withHistory(
                                "{\"date\": \"2025-01-20\", \"amount\": 1, \"source\": \"a\", \"currency\": \"USD\"}"),
                        "products[0].prices[0].history[0].currency: unknown field; expected one of date, amount, "
                                + "source, url, sourceKind"),
                Arguments.of(
                        "a missing source",
                        withHistory("{\"date\": \"2025-01-20\", \"amount\": 1}"),
                        "products[0].prices[0].history[0].source: is missing; this field is required"),
                Arguments.of(
                        "a missing date",
                        withHistory("{\"amount\": 1, \"source\": \"a\"}"),
                        "products[0].prices[0].history[0].date: is missing; this field is required"),
                Arguments.of(
                        "text for the amount",
                        withHistory("{\"date\": \"2025-01-20\", \"amount\": \"1\", \"source\": \"a\"}"),
                        "products[0].prices[0].history[0].amount: expected a number, got text \"1\""),
                Arguments.of(
                        "an object for the list",
                        TestProjects.with(AS_OF, "          \"asOf\": \"2025-03-10\", \"history\": {}\n"),
                        "products[0].prices[0].history: expected the price history (a list in []), got an object"),
                Arguments.of(
                        "an unknown source kind",
                        withHistory(
                                "{\"date\": \"2025-01-20\", \"amount\": 1, \"source\": \"a\", \"sourceKind\": \"blog\"}"),
                        "products[0].prices[0].history[0].sourceKind: expected one of vendor, press, reseller, analyst"),
                Arguments.of(
                        "a history without a current figure",
                        TestProjects.with(
                                        "\"status\": \"published\",\n          \"kind\": \"estimate\",\n          \"amount\": 0.83,\n"
                                                + "          \"currency\": \"CNY\",\n"
                                                + "          \"unit\": {\"type\": \"per-clip\", \"clipSeconds\": 5},\n",
                                        "\"status\": \"not-public\", \"reason\": \"none\",\n")
                                .replace(
                                        AS_OF,
                                        "          \"asOf\": \"2025-03-10\", \"history\": [{\"date\": \"2025-01-20\", \"amount\": 1, "
                                                + "\"source\": \"a\"}]\n"),
                        "products[0].prices[0].history: must be left out when there is no current figure"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badHistories")
    void aBadHistory_givesOneLineNamingThePlace(String kind, String json, String expected) {
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> read(json));
        assertTrue(e.getMessage().contains(expected), "wanted \"" + expected + "\" in:\n" + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void aThousandObservations_areRead_butNotOneMore() throws Exception {
        String[] many = new String[PriceOption.MAX_HISTORY + 1];
        LocalDate day = LocalDate.parse("2020-01-01");
        for (int i = 0; i < many.length; i++) {
            many[i] = "{\"date\": \"" + day.plusDays(i) + "\", \"amount\": 1, \"source\": \"s\"}";
        }
        assertEquals(
                PriceOption.MAX_HISTORY,
                read(withHistory(Arrays.copyOf(many, PriceOption.MAX_HISTORY)))
                        .products()
                        .getFirst()
                        .compared()
                        .history()
                        .size());
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> read(withHistory(many)));
        assertTrue(
                e.getMessage().contains("products[0].prices[0].history: holds more than 1,000 entries"),
                e.getMessage());
    }
}
