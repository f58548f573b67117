package dev.reelrank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input with no end: {@code ratings --battles /dev/zero}, or a file with no newline, used to grow
 * a line buffer past a gigabyte and never finish. Now each is refused in one line, having read at
 * most a megabyte.
 */
class BoundedInputTest {
    @TempDir
    Path folder;

    private static CliRun run(String... args) {
        return CliRun.of(new Cli(CliRun.noWindow()), args);
    }

    @Test
    void aLineLongerThanAMegabyte_isRefused_namingTheFileAndLine() throws Exception {
        Path csv = folder.resolve("one-line.csv");
        Files.writeString(csv, "model_a,model_b,winner\nveo-2,sora,model_a\n" + "x".repeat(1_500_000));
        for (String[] command : new String[][] {
            {"ratings", "--battles", csv.toString()},
            {
                "import-battles",
                csv.toString(),
                "--into",
                folder.resolve("p.reelrank.json").toString()
            }
        }) {
            if (command[0].equals("import-battles")) {
                run("sample", "--out", command[3]);
            }
            CliRun refused = run(command);
            assertEquals(2, refused.code(), refused.err());
            assertEquals(1, refused.errLines().size(), refused.err());
            assertTrue(refused.err().contains("one-line.csv:3: the line is longer than 1 MB"), refused.err());
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aDeviceOrAPipe_isRefused() {
        CliRun refused = run("ratings", "--battles", "/dev/zero");
        assertEquals(2, refused.code(), refused.err());
        assertTrue(refused.err().contains("/dev/zero: is not a regular file (a device or a pipe)"), refused.err());
    }

    @Test
    void anImportThatWouldBreakAProjectRule_isBadInput_inOneLine_andWritesNothing() throws Exception {
        Path project = folder.resolve("p.reelrank.json");
        run("sample", "--out", project.toString());
        byte[] before = Files.readAllBytes(project);
        Path csv = Files.writeString(
                folder.resolve("huge.csv"), "a,b,a_wins,b_wins,ties\nveo-2,sora,600000000000,600000000000,0\n");
        CliRun refused = run("import-battles", csv.toString(), "--into", project.toString());
        assertEquals(2, refused.code(), refused.err());
        assertEquals(1, refused.errLines().size(), refused.err());
        assertTrue(
                refused.err().contains("importing huge.csv would leave a project that")
                        && refused.err().contains("at most 1e12; nothing was written"),
                refused.err());
        assertTrue(Arrays.equals(before, Files.readAllBytes(project)), "the project is as it was");
    }

    @Test
    void aPoolOfThousandsOfSeparatePairs_isRatedWithoutIntervals_andSaysWhy() throws Exception {
        // 20,000 separate pairs took 12 s and 2 GB, and 2M never finished: each group's fit walked every pair
        StringBuilder rows = new StringBuilder("model_a,model_b,winner\n");
        for (int i = 0; i < 5_000; i++) {
            rows.append('m').append(2 * i).append(",m").append(2 * i + 1).append(",model_a\n");
            rows.append('m').append(2 * i).append(",m").append(2 * i + 1).append(",model_b\n");
        }
        Path csv = Files.writeString(folder.resolve("pairs.csv"), rows);
        CliRun rated = run("ratings", "--battles", csv.toString(), "--format", "csv");
        assertEquals(0, rated.code(), rated.err());
        assertTrue(rated.err().contains("5000 groups that never met"), rated.err());
        assertTrue(rated.err().contains("no intervals: ReelRank bootstraps at most 100 separate groups"), rated.err());
        assertEquals(10_001, rated.out().lines().count(), "every model rated");
        assertTrue(
                rated.out().lines().skip(1).allMatch(line -> line.startsWith("1,") && line.contains(",1000.00,,,")),
                "even pairs: each model 1000, first in its group, no interval");
    }

    @Test
    void outOfMemory_anywhereInACommand_isOneLine_exit1() {
        Cli cli = new Cli(CliRun.noWindow(), (project, request) -> {
            throw new OutOfMemoryError("Java heap space");
        });
        CliRun failed = CliRun.of(
                cli,
                "export",
                "--chart",
                "cost",
                "--out",
                folder.resolve("x.png").toString());
        assertEquals(1, failed.code(), failed.err());
        assertEquals(1, failed.errLines().size(), failed.err());
        assertTrue(failed.err().startsWith("error: out of memory; give Java more with -Xmx"), failed.err());
        // a failure caused by an OutOfMemoryError on another thread says the same
        Cli wrapped = new Cli(CliRun.noWindow(), (project, request) -> {
            throw new IllegalStateException("the bootstrap failed", new OutOfMemoryError("Java heap space"));
        });
        CliRun failedElsewhere = CliRun.of(
                wrapped,
                "export",
                "--chart",
                "cost",
                "--out",
                folder.resolve("y.png").toString());
        assertTrue(failedElsewhere.err().startsWith("error: out of memory"), failedElsewhere.err());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aCsvThatCannotBeRead_isNamedInTheError() {
        // /proc/self/mem is a regular file whose first page cannot be read (EIO): a read error mid-file
        CliRun failed = run("ratings", "--battles", "/proc/self/mem");
        assertEquals(1, failed.code(), failed.err());
        assertEquals(1, failed.errLines().size(), failed.err());
        assertTrue(failed.err().startsWith("error: /proc/self/mem: "), failed.err());
    }
}
