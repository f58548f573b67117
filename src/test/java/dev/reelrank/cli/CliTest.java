package dev.reelrank.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.io.DefaultDataset;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.Project;
import dev.reelrank.testing.CliRun;
import dev.reelrank.testing.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path folder;

    private final List<Path> opened = new ArrayList<>();

    private CliRun run(String... args) {
        return CliRun.of(
                new Cli(new WindowOpener() {
                    @Override
                    public int open(Path project) {
                        opened.add(project);
                        return ExitCodes.OK;
                    }

                    @Override
                    public long smoke(Path project) {
                        opened.add(project);
                        return 1234;
                    }
                }),
                args);
    }

    @Test
    void version_printsNameAndVersion() {
        CliRun run = run("--version");
        assertEquals(0, run.code());
        assertTrue(run.out().matches("ReelRank \\S+\\R"), run.out());
        assertTrue(opened.isEmpty(), "no window for --version");
    }

    @Test
    void everyCommand_explainsItselfWithHelp() {
        for (String command :
                List.of("sample", "validate", "ratings", "import-battles", "export-battles", "scenario")) {
            CliRun run = run(command, "--help");
            assertEquals(0, run.code(), command);
            assertTrue(run.out().startsWith("Usage: reelrank " + command), run.out());
            assertEquals("", run.err(), command);
        }
        assertTrue(opened.isEmpty(), "no window for --help");
    }

    @Test
    void noArguments_opensTheWindowOnTheDefaultDataset() {
        assertEquals(0, run().code());
        assertEquals(1, opened.size());
        assertNull(opened.getFirst());
    }

    @Test
    void aWindowThatCannotOpen_isOneLineAndExitCode1_withOrWithoutArguments() throws Exception {
        WindowOpener noDisplay = new WindowOpener() {
            @Override
            public int open(Path project) {
                throw new CommandFailure("cannot open the window: no display", ExitCodes.FAILURE, null);
            }

            @Override
            public long smoke(Path project) {
                return open(project);
            }
        };
        Path project = folder.resolve("p.reelrank.json");
        ProjectFiles.write(TestProjects.market(), project);
        for (String[] args :
                List.of(new String[0], new String[] {"--smoke"}, new String[] {project.toString()}, new String[] {
                    "--smoke", project.toString()
                })) {
            CliRun run = CliRun.of(new Cli(noDisplay), args);
            assertEquals(1, run.code(), List.of(args).toString());
            assertEquals(
                    "error: cannot open the window: no display\n",
                    run.err(),
                    List.of(args).toString());
            assertEquals("", run.out());
        }
    }

    @Test
    void smoke_printsTheTimeToTheFirstPaintedChart() {
        CliRun run = run("--smoke");
        assertEquals(0, run.code());
        assertEquals("first paint in 1234 ms\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void smokeOnAProjectPath_timesTheWindowOnIt() throws Exception {
        Path mine = Files.writeString(folder.resolve("mine.reelrank.json"), "{}");
        CliRun run = run("--smoke", mine.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("first paint in 1234 ms\n", run.out());
        assertEquals(List.of(mine), opened);
    }

    @Test
    void aProjectPath_opensTheWindowOnIt() throws Exception {
        Path mine = Files.writeString(folder.resolve("mine.reelrank.json"), "{}");
        assertEquals(0, run(mine.toString()).code());
        assertEquals(mine, opened.getFirst());
    }

    @Test
    void anUnknownCommandWord_isOneLine_code2_withoutTryingTheWindow() {
        // A user trial: "reelrank frobnicate" said the window could not open (no DISPLAY), exit 1.
        CliRun run = run("frobnicate");
        assertEquals(2, run.code());
        assertEquals(
                List.of("error: frobnicate: no such file, and not a command (commands: sample, validate, ratings, "
                        + "import-battles, export-battles, scenario, export)"),
                run.errLines());
        assertEquals("", run.out());
        CliRun smoke = run("--smoke", "frobnicate");
        assertEquals(2, smoke.code(), smoke.err());
        Path missing = folder.resolve("missing.reelrank.json");
        CliRun file = run(missing.toString());
        assertEquals(2, file.code());
        assertEquals(List.of("error: " + missing + ": no such file"), file.errLines());
        assertTrue(opened.isEmpty(), "no window for a file that is not there");
    }

    @Test
    void sample_writesTheDefaultDataset_asAFileThatValidates() throws Exception {
        Path file = folder.resolve("sample.reelrank.json");
        CliRun sample = run("sample", "--out", file.toString());
        assertEquals(0, sample.code(), sample.err());
        Project dataset = DefaultDataset.load();
        boolean sampleVotes = dataset.products().stream()
                .anyMatch(p -> p.votes().map(v -> v.sample()).orElse(false));
        assertEquals(sampleVotes, sample.out().contains("sample data"), "says so when votes are sample data");
        assertEquals(dataset, ProjectFiles.read(file));
        CliRun validate = run("validate", file.toString());
        assertEquals(0, validate.code(), validate.err());
        assertEquals(
                "ok: " + dataset.products().size() + " products, " + dataset.priceOptionCount() + " price options ("
                        + ValidateCommand.kinds(dataset) + "), " + dataset.voteTallyCount() + " vote tallies\n",
                validate.out());
        assertEquals("", validate.err());
    }

    @Test
    void validate_countsProductsPriceOptionsAndVoteTallies() throws Exception {
        Path file = folder.resolve("market.reelrank.json");
        ProjectFiles.write(TestProjects.market(), file);
        CliRun validate = run("validate", file.toString());
        assertEquals(0, validate.code(), validate.err());
        // 8 products; options 1 + 1 + 3 (Kling 1.6) + 2 (Veo 2) + 3 (Sora) + 2 (Runway) + 1 + 1; no votes for Movie Gen
        assertEquals(
                "ok: 8 products, 14 price options (2 api, 2 plan, 5 credits, 3 estimate; 2 without a figure), "
                        + "7 vote tallies\n",
                validate.out());
        assertEquals("", validate.err());
    }

    @Test
    void sample_neverOverwritesWithoutForce() throws Exception {
        Path file = folder.resolve("mine.reelrank.json");
        Files.writeString(file, "my work");
        CliRun refused = run("sample", "--out", file.toString());
        assertEquals(2, refused.code());
        assertEquals(List.of("error: " + file + " already exists; add --force to replace it"), refused.errLines());
        assertEquals("my work", Files.readString(file));
        assertEquals(0, run("sample", "--out", file.toString(), "--force").code());
        assertTrue(Files.readString(file).startsWith("{"));
    }

    @Test
    void sample_intoAFolderThatIsAFile_failsWithOneLineAndCode1() throws Exception {
        Path notAFolder = folder.resolve("plain-file");
        Files.writeString(notAFolder, "x");
        CliRun run =
                run("sample", "--out", notAFolder.resolve("out.reelrank.json").toString());
        assertEquals(1, run.code());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("error: cannot write "), run.err());
    }

    @Test
    void validate_badFile_oneLineOnStderr_code2_fileUntouched() throws Exception {
        Path file = folder.resolve("bad.reelrank.json");
        Files.writeString(
                file,
                "{\"format\": 5, \"name\": \"x\", \"displayCurrency\": \"CNY\", \"products\": [], "
                        + "\"extra\": true}");
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
        byte[] before = Files.readAllBytes(file);
        CliRun run = run("validate", file.toString());
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("error: " + file + ":1:"), run.err());
        assertTrue(run.err().contains("extra: unknown field"), run.err());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(FileTime.fromMillis(1_000_000_000_000L), Files.getLastModifiedTime(file));
    }

    @Test
    void validate_missingFile_code2() {
        CliRun run = run("validate", folder.resolve("nope.reelrank.json").toString());
        assertEquals(2, run.code());
        assertEquals(List.of("error: " + folder.resolve("nope.reelrank.json") + ": no such file"), run.errLines());
    }

    @Test
    void debug_addsTheStackTrace() throws Exception {
        Path file = folder.resolve("bad.reelrank.json");
        Files.writeString(file, "[]");
        CliRun run = run("validate", "--debug", file.toString());
        assertEquals(2, run.code());
        assertTrue(run.errLines().size() > 1);
        assertTrue(run.err().contains("at dev.reelrank"), run.err());
    }

    @Test
    void usageError_isOneLine_pointingToHelp_code2() {
        // A user trial: each usage error printed the whole usage too, 7 to 26 lines on stderr.
        CliRun run = run("validate");
        assertEquals(2, run.code());
        assertEquals(
                List.of("error: Missing required parameter: 'FILE'; see 'reelrank validate --help'"), run.errLines());
        CliRun unknown = run("--frobnicate");
        assertEquals(2, unknown.code());
        assertEquals(List.of("error: Unknown option: '--frobnicate'; see 'reelrank --help'"), unknown.errLines());
        assertFalse(unknown.err().contains("Exception"));
        assertTrue(opened.isEmpty(), "no window for a usage error");
    }

    @Test
    void everyKindOfUsageError_isOneLine_inPlainWords() {
        String[][] commands = {
            {"ratings", "--frob"},
            {"ratings", "--battles", "b.csv", "--format", "xml"},
            {"ratings", "--battles", "b.csv", "--bootstrap", "abc"},
            {"ratings", "--battles", "b.csv", "--seed", "1.5"},
            {"ratings", "--bootstrap"},
            {"ratings", "--source", "foo"},
            {"import-battles", "b.csv"},
            {"validate", "a", "b"},
            {"sample"},
        };
        List<String> expected = List.of(
                "error: Unknown option: '--frob'; see 'reelrank ratings --help'",
                "error: --format must be one of table, csv, json, not 'xml'; see 'reelrank ratings --help'",
                "error: --bootstrap takes a whole number, not 'abc'; see 'reelrank ratings --help'",
                "error: --seed takes a whole number, not '1.5'; see 'reelrank ratings --help'",
                "error: Missing required parameter for option '--bootstrap' (N); see 'reelrank ratings --help'",
                "error: --source: expected head-to-head or published, got \"foo\"; see 'reelrank ratings --help'",
                "error: Missing required option: '--into=PROJECT'; see 'reelrank import-battles --help'",
                "error: unexpected argument 'b'; see 'reelrank validate --help'",
                "error: Missing required option: '--out=FILE'; see 'reelrank sample --help'");
        for (int i = 0; i < commands.length; i++) {
            CliRun run = run(commands[i]);
            assertEquals(2, run.code(), String.join(" ", commands[i]));
            assertEquals(List.of(expected.get(i)), run.errLines(), String.join(" ", commands[i]));
            assertEquals("", run.out());
        }
    }

    @Test
    void windowFailure_isOneLineWithCode1() {
        CliRun run = CliRun.of(new Cli(new WindowOpener() {
            @Override
            public int open(Path project) {
                throw new CommandFailure("cannot open the window: no display", ExitCodes.FAILURE, null);
            }

            @Override
            public long smoke(Path project) {
                return open(project);
            }
        }));
        assertEquals(1, run.code());
        assertEquals("error: cannot open the window: no display\n", run.err());
    }
}
