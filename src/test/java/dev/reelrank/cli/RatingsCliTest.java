package dev.reelrank.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.testing.CliRun;
import dev.reelrank.testing.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatingsCliTest {
    @TempDir
    Path folder;

    private static CliRun run(String... args) {
        return CliRun.of(new Cli(CliRun.noWindow()), args);
    }

    private Path battles(String body) throws Exception {
        return Files.writeString(folder.resolve("battles.csv"), "model_a,model_b,winner\n" + body);
    }

    private static String rows(String a, String b, String winner, int times) {
        return (a + "," + b + "," + winner + "\n").repeat(times);
    }

    @Test
    void ratingsFromBattles_asCsv_withTheRequiredColumns() throws Exception {
        Path csv = battles(rows("Veo 2", "Kling 1.5", "model_a", 30)
                + rows("Veo 2", "Kling 1.5", "model_b", 20)
                + rows("Kling 1.5", "Sora", "model_a", 25)
                + rows("Kling 1.5", "Sora", "model_b", 15)
                + rows("Sora", "Veo 2", "tie", 5)
                + rows("Sora", "Veo 2", "model_b", 20)
                + rows("Sora", "Veo 2", "model_a", 5));
        CliRun run =
                run("ratings", "--battles", csv.toString(), "--format", "csv", "--bootstrap", "200", "--seed", "3");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("rank,model,rating,ci_low,ci_high,battles,group,held_finite", lines.getFirst());
        assertTrue(
                lines.get(1).matches("1,Veo 2,1\\d{3}\\.\\d\\d,\\d+\\.\\d\\d,\\d+\\.\\d\\d,80,1,false"), lines.get(1));
        assertEquals(4, lines.size());
        assertEquals("", run.err());
        CliRun again =
                run("ratings", "--battles", csv.toString(), "--format", "csv", "--bootstrap", "200", "--seed", "3");
        assertEquals(run.out(), again.out(), "the same seed gives the same intervals");
    }

    @Test
    void disconnectedGroups_warnOnStderr_inOneLine() throws Exception {
        Path csv = battles(rows("A", "B", "model_a", 5)
                + rows("A", "B", "model_b", 3)
                + rows("C", "D", "model_a", 4)
                + rows("C", "D", "model_b", 4));
        CliRun run = run("ratings", "--battles", csv.toString(), "--bootstrap", "50");
        assertEquals(0, run.code());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("warning: the votes fall into 2 groups"), run.err());
        assertTrue(run.out().contains("group"), run.out());
    }

    @Test
    void json_andTable_formats() throws Exception {
        Path csv = battles(rows("A", "B", "model_a", 5) + rows("A", "B", "model_b", 3));
        CliRun json = run("ratings", "--battles", csv.toString(), "--format", "json", "--bootstrap", "20");
        assertTrue(json.out().contains("\"model\" : \"A\""), json.out());
        assertTrue(json.out().contains("\"ciLow\""));
        CliRun table = run("ratings", "--battles", csv.toString(), "--bootstrap", "0");
        assertTrue(table.out().startsWith("rank  model"), table.out());
    }

    @Test
    void withoutBootstrapRounds_theIntervalsAreEmpty_notZeroWide() throws Exception {
        // A user trial: --bootstrap 0 printed 1131.38,1131.38,1131.38, an interval that looks like certainty.
        Path csv = battles(rows("A", "B", "model_a", 5) + rows("A", "B", "model_b", 3));
        CliRun asCsv = run("ratings", "--battles", csv.toString(), "--format", "csv", "--bootstrap", "0");
        assertEquals(0, asCsv.code(), asCsv.err());
        List<String> lines = asCsv.out().lines().toList();
        assertEquals(3, lines.size(), asCsv.out());
        assertTrue(lines.get(1).matches("1,A,\\d+\\.\\d\\d,,,8,1,false"), lines.get(1));
        assertTrue(lines.get(2).matches("\\d,B,\\d+\\.\\d\\d,,,8,1,false"), lines.get(2));
        CliRun table = run("ratings", "--battles", csv.toString(), "--bootstrap", "0");
        assertEquals(0, table.code(), table.err());
        List<String> rows = table.out().lines().toList();
        assertTrue(rows.getFirst().contains("95 % interval"), table.out());
        for (String row : rows.subList(1, 3)) {
            assertTrue(row.matches("\\s+\\d  [AB]\\s+\\d+\\.\\d\\s+–\\s+8"), row);
        }
        assertEquals(3, rows.size(), "no line about bootstrap rounds: " + table.out());
        CliRun json = run("ratings", "--battles", csv.toString(), "--format", "json", "--bootstrap", "0");
        assertEquals(0, json.code(), json.err());
        var tree = new ObjectMapper().readTree(json.out());
        assertEquals(0, tree.get("bootstrapRounds").asInt());
        for (var rating : tree.get("ratings")) {
            assertTrue(rating.get("ciLow").isNull() && rating.get("ciHigh").isNull(), json.out());
            assertTrue(rating.get("rating").isNumber(), json.out());
        }
        CliRun withRounds = run("ratings", "--battles", csv.toString(), "--format", "csv", "--bootstrap", "20");
        assertTrue(
                withRounds
                        .out()
                        .lines()
                        .skip(1)
                        .allMatch(line -> line.matches("\\d,[AB](,\\d+\\.\\d\\d){3},8,1,false")),
                withRounds.out());
    }

    @Test
    void oneBattle_hasNoInterval_bothShareRankOne_andStderrSaysWhy() throws Exception {
        // A user trial: one battle printed 1131.4 – 1131.4 at rank 1 against 868.6 – 868.6 at rank 2.
        Path csv = battles(rows("A", "B", "model_a", 1));
        CliRun table = run("ratings", "--battles", csv.toString());
        assertEquals(0, table.code(), table.err());
        List<String> rows = table.out().lines().toList();
        for (String row : rows.subList(1, 3)) {
            assertTrue(row.matches("\\s+1  [AB]\\s+\\d+\\.\\d\\s+–\\s+1  \\*"), row);
        }
        assertTrue(
                table.err()
                        .lines()
                        .anyMatch(line -> line.startsWith(
                                "warning: some ratings have no interval: their votes" + " never disagreed")),
                table.err());
        CliRun asCsv = run("ratings", "--battles", csv.toString(), "--format", "csv");
        assertTrue(
                asCsv.out().lines().skip(1).allMatch(line -> line.matches("1,[AB],\\d+\\.\\d\\d,,,1,1,true")),
                asCsv.out());
    }

    @Test
    void json_endsWithANewline_andParses() throws Exception {
        // A user trial: the generator closed stdout on its way out, so the final newline went nowhere.
        Path csv = battles(rows("A", "B", "model_a", 5) + rows("A", "B", "model_b", 3));
        CliRun json = run("ratings", "--battles", csv.toString(), "--format", "json", "--bootstrap", "20");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().endsWith("}\n") && !json.out().endsWith("\n\n"), json.out());
        assertEquals(2, new ObjectMapper().readTree(json.out()).get("ratings").size());
    }

    @Test
    void badInput_exitsWith2_andOneLine() throws Exception {
        CliRun neither = run("ratings");
        assertEquals(2, neither.code());
        assertEquals(List.of("error: give either a project file or --battles CSV"), neither.errLines());
        Path header = Files.writeString(folder.resolve("h.csv"), "who,what\n");
        CliRun bad = run("ratings", "--battles", header.toString());
        assertEquals(2, bad.code());
        assertEquals(1, bad.errLines().size());
        CliRun rounds = run("ratings", "--battles", header.toString(), "--bootstrap", "-1");
        assertEquals(2, rounds.code());
        CliRun format = run("ratings", "--battles", header.toString(), "--format", "xml");
        assertEquals(2, format.code());
        assertEquals(
                List.of("error: --format must be one of table, csv, json, not 'xml'; see 'reelrank ratings --help'"),
                format.errLines());
    }

    @Test
    void importBattles_addsVotesAndUnknownProducts_thenRatingsReadTheProject() throws Exception {
        Path project = folder.resolve("q1.reelrank.json");
        ProjectFiles.write(TestProjects.market(), project);
        Path csv = battles(rows("veo-2", "Kling 1.5", "model_a", 12) + rows("Kling 1.5", "Hunyuan", "model_b", 4)
                + rows("Hunyuan", "veo-2", "model_b", 9) + rows("Kling 1.5", "veo-2", "model_a", 6) + "bad,row\n");
        CliRun imported = run("import-battles", csv.toString(), "--into", project.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().startsWith("imported 31 votes (3 pairs) from battles.csv into "), imported.out());
        assertTrue(imported.out().contains("added 1 products without a price: Hunyuan"));
        assertTrue(imported.err().startsWith("warning: skipped 1 malformed rows of 32"), imported.err());
        var saved = ProjectFiles.read(project);
        assertEquals(3, saved.headToHead().size());
        CliRun ratings = run("ratings", project.toString(), "--format", "csv", "--bootstrap", "100");
        assertEquals(0, ratings.code(), ratings.err());
        assertTrue(ratings.out().contains(",Veo 2,"), ratings.out());
        assertTrue(ratings.out().contains(",Hunyuan,"));
    }

    @Test
    void importBattles_namesAtMostTenNewProducts_inTheOrderTheFileFirstNamesThem() throws Exception {
        // A user trial: thousands of new names made one unbounded line.
        Path project = folder.resolve("q1.reelrank.json");
        ProjectFiles.write(TestProjects.market(), project);
        StringBuilder body = new StringBuilder();
        for (int i = 24; i >= 0; i--) {
            body.append(rows("g" + i, "Veo 2", "model_a", 1));
        }
        CliRun imported = run("import-battles", battles(body.toString()).toString(), "--into", project.toString());
        assertEquals(0, imported.code(), imported.err());
        assertEquals(
                "added 25 products without a price: g24, g23, g22, g21, g20, g19, g18, g17, g16, g15 and 15 more",
                imported.out().lines().toList().get(1));
        assertEquals(
                25 + TestProjects.market().products().size(),
                ProjectFiles.read(project).products().size(),
                "every one added, only the list is short");
    }

    @Test
    void importBattles_saysRowsWhoseTwoNamesAreOneProduct_andFailsOnThemWhenStrict() throws Exception {
        // Issue 16, item 4: "veo-2" is Veo 2's id; such a row used to be dropped without a word.
        Path project = folder.resolve("q1.reelrank.json");
        ProjectFiles.write(TestProjects.market(), project);
        Path csv = battles(rows("Sora", "Veo 2", "model_a", 1)
                + rows("veo-2", "Veo 2", "model_a", 1)
                + rows("Sora", "Veo 2", "model_b", 1)
                + rows("VEO 2", "veo-2", "tie", 1));
        byte[] before = Files.readAllBytes(project);
        CliRun strict = run("import-battles", csv.toString(), "--into", project.toString(), "--strict");
        assertEquals(2, strict.code(), strict.err());
        assertEquals(
                "error: " + csv + ":3: \"Veo 2\" and \"veo-2\" are both the product veo-2, which cannot play"
                        + " itself (without --strict such rows are skipped and counted); nothing was written\n",
                strict.err());
        assertArrayEquals(before, Files.readAllBytes(project));
        CliRun imported = run("import-battles", csv.toString(), "--into", project.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().startsWith("imported 2 votes (1 pairs) from battles.csv into "), imported.out());
        assertEquals(
                "warning: skipped 2 rows of 4 whose two names are one product (first: line 3: \"Veo 2\" and"
                        + " \"veo-2\" are both the product veo-2, which cannot play itself)\n",
                imported.err());
    }

    @Test
    void aBattleFileWithoutOneGoodRow_saysHowManyRowsWereSkipped_andTheFirstProblem() throws Exception {
        // A user trial: every row malformed said only "no head-to-head votes to rate".
        Path csv = battles(rows("A", "B", "zz", 11) + "A,A,model_a\n");
        CliRun run = run("ratings", "--battles", csv.toString());
        assertEquals(2, run.code());
        assertEquals(
                List.of(
                        "error: " + csv + ": no head-to-head votes to rate (all 12 rows were skipped as malformed;"
                                + " the first: line 2: unknown winner \"zz\"; expected model_a, model_b, tie or tie (bothbad))"),
                run.errLines());
        CliRun one = run("ratings", "--battles", battles("A,A,model_a\n").toString());
        assertEquals(
                List.of("error: " + csv + ": no head-to-head votes to rate (its one row was skipped as malformed;"
                        + " the first: line 2: a model against itself (\"A\"))"),
                one.errLines());
        CliRun none = run("ratings", "--battles", battles("").toString());
        assertEquals(
                List.of("error: " + csv + ": no head-to-head votes to rate (the file has no rows after its header)"),
                none.errLines());
    }

    @Test
    void ratingsOfAProjectWithoutHeadToHeadVotes_isBadInput() throws Exception {
        Path project = folder.resolve("p.reelrank.json");
        ProjectFiles.write(TestProjects.market(), project);
        CliRun run = run("ratings", project.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("no head-to-head votes to rate"), run.err());
    }
}
