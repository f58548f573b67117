package dev.reelrank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.HeadToHead;
import dev.reelrank.model.Project;
import dev.reelrank.testing.CliRun;
import dev.reelrank.testing.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code import-battles … --into P} at once, many times: both used to say "imported" and exit
 * 0 while one set of votes was gone. Now every vote of every import that said so is in the file.
 * (Within one process; the lock file serializes separate processes the same way.)
 */
class ConcurrentImportTest {
    private static final int ROUNDS = 25;

    @TempDir
    Path folder;

    @Test
    void twoImportsAtOnce_bothLandInTheFile_everyTime() throws Exception {
        Path project = folder.resolve("shared.reelrank.json");
        ProjectFiles.write(TestProjects.market(), project);
        Path first = Files.writeString(folder.resolve("a.csv"), "model_a,model_b,winner\nveo-2,sora,model_a\n");
        Path second = Files.writeString(folder.resolve("b.csv"), "model_a,model_b,winner\nkling-1.6,sora,model_a\n");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long said = 0;
            for (int round = 0; round < ROUNDS; round++) {
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<CliRun>> runs = new ArrayList<>();
                for (Path csv : List.of(first, second)) {
                    runs.add(pool.submit(() -> {
                        start.await();
                        return CliRun.of(
                                new Cli(CliRun.noWindow()),
                                "import-battles",
                                csv.toString(),
                                "--into",
                                project.toString());
                    }));
                }
                for (Future<CliRun> run : runs) {
                    CliRun done = run.get();
                    assertEquals(0, done.code(), done.err());
                    said += done.out().startsWith("imported 1 votes") ? 1 : 0;
                }
            }
            Project saved = ProjectFiles.read(project);
            long inFile =
                    saved.headToHead().stream().mapToLong(HeadToHead::battles).sum()
                            - TestProjects.market().headToHead().stream()
                                    .mapToLong(HeadToHead::battles)
                                    .sum();
            assertEquals(2L * ROUNDS, said, "every import said it imported its vote");
            assertEquals(said, inFile, "and every vote said imported is in the file");
        } finally {
            pool.shutdownNow();
        }
    }
}
