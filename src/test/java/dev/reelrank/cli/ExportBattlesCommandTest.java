package dev.reelrank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.reelrank.io.BattleImporter;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.Battle;
import dev.reelrank.model.BlindTest;
import dev.reelrank.model.BlindTestPrompt;
import dev.reelrank.model.PairTally;
import dev.reelrank.model.Project;
import dev.reelrank.model.VoteOutcome;
import dev.reelrank.testing.CliRun;
import dev.reelrank.testing.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export-battles writes the room's votes as battles other tools and ReelRank's own import read. */
class ExportBattlesCommandTest {
    private static final Instant NINE = Instant.parse("2026-11-30T09:00:00Z");

    @TempDir
    Path folder;

    private Path project;

    @BeforeEach
    void aProjectWithTwoBlindTests() throws Exception {
        // A typed prompt can hold commas, quotes and what a spreadsheet takes for a formula.
        BlindTest office = new BlindTest(
                "office",
                NINE,
                7,
                List.of("kling-3.0", "veo-3.1"),
                List.of(new BlindTestPrompt("p1", "=HYPERLINK(\"x\"), a cat, \"cute\"")));
        BlindTest lab = new BlindTest(
                "lab", NINE, 8, List.of("kling-3.0", "sora-2"), List.of(new BlindTestPrompt("q", "A dog")));
        Project withVotes = TestProjects.market()
                .withBlindTest(office)
                .withBlindTest(lab)
                .withBattles(List.of(
                        new Battle("office", "veo-3.1", "kling-3.0", VoteOutcome.A, "p1", NINE.plusSeconds(5), 1),
                        new Battle(
                                "office", "kling-3.0", "veo-3.1", VoteOutcome.BOTH_BAD, "p1", NINE.plusSeconds(9), 3),
                        new Battle("lab", "sora-2", "kling-3.0", VoteOutcome.B, "q", NINE.plusSeconds(60), 1)));
        project = folder.resolve("votes.reelrank.json");
        ProjectFiles.write(withVotes, project);
    }

    private static CliRun run(String... args) {
        return CliRun.of(new Cli(CliRun.noWindow()), args);
    }

    @Test
    void everyVoteIsARow_aShowOfHandsIsThatManyRows_andPromptsAreQuotedSafely() throws Exception {
        Path csv = folder.resolve("battles.csv");
        CliRun run = run("export-battles", project.toString(), "--out", csv.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("wrote 5 battles to " + csv + "\n", run.out());
        assertEquals("", run.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("model_a,model_b,winner,prompt,prompt_id,time,blind_test", lines.getFirst());
        assertEquals(
                "veo-3.1,kling-3.0,model_a,\"'=HYPERLINK(\"\"x\"\"), a cat, \"\"cute\"\"\",p1,2026-11-30T09:00:05Z,office",
                lines.get(1));
        assertEquals(
                3,
                lines.stream().filter(line -> line.contains(",tie (bothbad),")).count());
        assertEquals("sora-2,kling-3.0,model_b,A dog,q,2026-11-30T09:01:00Z,lab", lines.get(5));
    }

    @Test
    void whatItWrites_importsBackAsTheSameTallies() throws Exception {
        Path csv = folder.resolve("battles.csv");
        assertEquals(
                0,
                run("export-battles", project.toString(), "--out", csv.toString(), "--test", "office")
                        .code());
        var imported = BattleImporter.read(csv, true);
        assertEquals(0, imported.skipped());
        assertEquals(4, imported.battles().battles());
        // veo-3.1 won once; three voters called both bad, which counts as ties.
        assertEquals(
                List.of(new PairTally(1, 0, 3)),
                List.copyOf(imported.battles().counts().values()));
        assertEquals(List.of("veo-3.1", "kling-3.0"), imported.battles().names());
    }

    @Test
    void badRequests_areOneLineWithCode2_andLeaveNoFile() throws Exception {
        Path csv = folder.resolve("battles.csv");
        CliRun unknown = run("export-battles", project.toString(), "--out", csv.toString(), "--test", "nope");
        assertEquals(2, unknown.code());
        assertEquals(
                List.of("error: " + project + " holds no blind test nope (it holds: office, lab)"), unknown.errLines());
        assertFalse(Files.exists(csv));

        Files.writeString(csv, "mine");
        CliRun exists = run("export-battles", project.toString(), "--out", csv.toString());
        assertEquals(2, exists.code());
        assertEquals(List.of("error: " + csv + " already exists; add --force to replace it"), exists.errLines());
        assertEquals("mine", Files.readString(csv), "the user's file is left as it was");

        Path broken = Files.writeString(folder.resolve("broken.reelrank.json"), "{\"format\": 5,");
        CliRun bad = run(
                "export-battles",
                broken.toString(),
                "--out",
                folder.resolve("b.csv").toString());
        assertEquals(2, bad.code());
        assertEquals(1, bad.errLines().size(), bad.err());
        assertFalse(Files.exists(folder.resolve("b.csv")));
    }
}
