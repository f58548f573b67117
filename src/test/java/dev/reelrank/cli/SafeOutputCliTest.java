package dev.reelrank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.Project;
import dev.reelrank.model.SafeText;
import dev.reelrank.testing.CliRun;
import dev.reelrank.testing.TestProjects;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 5: CSV a spreadsheet opens without running anything, read back by a CSV library
 * as the fields that were meant; and no ESC or other terminal control from a name, a path or a
 * quoted value on stdout or stderr.
 */
class SafeOutputCliTest {
    @TempDir
    Path folder;

    private static CliRun run(String... args) {
        return CliRun.of(new Cli(CliRun.noWindow()), args);
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
    }

    private static void assertNoTerminalControl(CliRun run) {
        for (String stream : List.of(run.out(), run.err())) {
            assertEquals(-1, SafeText.firstUnsafe(stream, true), stream);
        }
    }

    @Test
    void ratingsCsv_neutralisesFormulaNames_quotesCommasAndQuotes_andKeepsNumbersNumbers() throws Exception {
        List<String> names = List.of("=1+2", "@SUM(A1:A9)", "+cmd", "-Sora", "Gen-3, \"Alpha\"", "-12");
        StringBuilder csv = new StringBuilder("model_a,model_b,winner\n");
        for (int i = 0; i < names.size(); i++) {
            for (int j = 0; j < names.size(); j++) {
                if (i != j) {
                    String a = "\"" + names.get(i).replace("\"", "\"\"") + "\"";
                    String b = "\"" + names.get(j).replace("\"", "\"\"") + "\"";
                    csv.append(a).append(',').append(b).append(i < j ? ",model_a\n" : ",tie\n");
                }
            }
        }
        Path battles = Files.writeString(folder.resolve("battles.csv"), csv);
        CliRun run = run("ratings", "--battles", battles.toString(), "--format", "csv", "--bootstrap", "20");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().endsWith("\n") && !run.out().contains("\r"), "every record ends with LF");
        List<CSVRecord> records = parse(run.out());
        assertEquals(
                List.of("'=1+2", "'@SUM(A1:A9)", "'+cmd", "'-Sora", "Gen-3, \"Alpha\"", "-12").stream()
                        .sorted()
                        .toList(),
                records.stream().map(r -> r.get("model")).sorted().toList(),
                "a name that could be a formula gets an apostrophe; a plain number is left alone");
        for (CSVRecord record : records) {
            for (String column : List.of("rank", "rating", "ci_low", "ci_high", "battles", "group")) {
                assertTrue(record.get(column).matches("-?\\d+(\\.\\d+)?"), column + " " + record.get(column));
            }
        }
    }

    @Test
    void scenarioCsv_neutralisesAProductNamedLikeAFormula_andKeepsItsNumbers() throws Exception {
        Project market = TestProjects.market();
        Project renamed = market.withProduct(
                market.product("kling-1.6").orElseThrow().withName("=HYPERLINK(\"http://evil.example\",\"Kling\")"));
        Path project = folder.resolve("p.reelrank.json");
        ProjectFiles.write(renamed, project);
        CliRun run = run("scenario", project.toString(), "--shares", "10%", "--format", "csv");
        assertEquals(0, run.code(), run.err());
        Map<String, CSVRecord> byOption = parse(run.out()).stream()
                .filter(r -> r.get("price_option").equals("standard"))
                .collect(Collectors.toMap(r -> r.get("product"), r -> r));
        CSVRecord kling = byOption.get("'=HYPERLINK(\"http://evil.example\",\"Kling\")");
        assertTrue(kling != null, run.out());
        assertEquals(
                List.of("1", "5", "CNY", "0.1", "1460000000", "1460000000.00"),
                List.of(
                        kling.get("cost_per_clip"),
                        kling.get("clip_seconds"),
                        kling.get("currency"),
                        kling.get("share"),
                        kling.get("clips_per_year"),
                        kling.get("cost_per_year")));
    }

    @Test
    void anEscapeInABattleFile_neverReachesTheTerminal_asANameOrAsAQuotedValue() throws Exception {
        Path battles = Files.writeString(
                folder.resolve("battles.csv"),
                "model_a,model_b,winner\n"
                        + "\"Veo\u001b]0;pwned\u0007 2\",Sora,model_a\n"
                        + "Veo 2,Sora,\u001b[2J\u001b[31m\n"
                        + "Veo 2,Sora,model_a\n");
        for (String format : List.of("table", "csv", "json")) {
            CliRun run = run("ratings", "--battles", battles.toString(), "--format", format, "--bootstrap", "0");
            assertEquals(0, run.code(), run.err());
            assertNoTerminalControl(run);
            assertTrue(
                    run.err()
                            .contains("warning: skipped 2 malformed rows of 3 (first: line 2: model_a holds U+001B,"
                                    + " a control character, at character 4;"),
                    run.err());
        }
        CliRun strict = run("ratings", "--battles", battles.toString(), "--strict");
        assertEquals(2, strict.code());
        assertNoTerminalControl(strict);
        Path unknownWinner =
                Files.writeString(folder.resolve("w.csv"), "model_a,model_b,winner\n" + "Veo 2,Sora,\u001b[2J\n");
        CliRun quoted = run("ratings", "--battles", unknownWinner.toString(), "--strict");
        assertEquals(2, quoted.code());
        assertEquals(
                "error: " + unknownWinner + ":2: unknown winner \"<U+001B>[2J\"; expected model_a, model_b, tie or"
                        + " tie (bothbad) (without --strict such rows are skipped and counted)\n",
                quoted.err());
    }

    @Test
    void anEscapeInAPathOrAnArgument_isShownAsItsCodePoint() {
        CliRun missing =
                run("validate", folder.resolve("x\u001b[31m\u202e.json").toString());
        assertEquals(2, missing.code());
        assertNoTerminalControl(missing);
        assertTrue(missing.err().contains("x<U+001B>[31m<U+202E>.json"), missing.err());
        CliRun shares = run("scenario", "--cost-per-clip", "1", "--shares", "\u009b2J");
        assertEquals(2, shares.code());
        assertEquals("error: --shares: \"<U+009B>2J\" is not a share; write 0.1 or 10%\n", shares.err());
        CliRun help = run("ratings", "--help");
        assertFalse(help.out().contains("\u001b"), "help is plain text, without ANSI colours");
    }
}
