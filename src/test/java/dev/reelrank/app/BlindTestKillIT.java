package dev.reelrank.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.io.RecoveryFiles;
import dev.reelrank.model.Battle;
import dev.reelrank.model.Project;
import dev.reelrank.testing.Poll;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.port.RecoveryStore;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A blind test whose process is killed ({@code kill -9}) between two votes or in the middle of
 * writing one: the next ReelRank finds its recovery copy, every vote reported written is in it, and
 * the test resumes at the pair after the last vote. The voting process runs the packaged jar.
 */
class BlindTestKillIT {
    @TempDir
    Path folder;

    /** The last vote the process said was on disk. */
    private static int lastWritten(Path out) throws IOException {
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        return lines.stream()
                .filter(line -> line.startsWith("written "))
                .mapToInt(line -> Integer.parseInt(line.substring("written ".length())))
                .max()
                .orElse(0);
    }

    @ParameterizedTest(name = "killed {0} ms after the fifth vote was written")
    @ValueSource(ints = {0, 3, 11, 29})
    void aKilledBlindTest_losesNoWrittenVote_andResumesAtTheNextPair(int delayMs) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("reelrank.jar", "target/reelrank.jar")
                + File.pathSeparator
                + Path.of("target", "test-classes");
        Path out = folder.resolve("out.txt");
        Path recovery = folder.resolve("recovery");
        Process voting = new ProcessBuilder(
                        java, "-cp", classPath, BlindTestVotingProcess.class.getName(), recovery.toString())
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            Poll.until("the fifth vote written", () -> lastWritten(out) >= 5, Duration.ofSeconds(60));
            Thread.sleep(delayMs);
        } finally {
            voting.destroyForcibly();
        }
        assertTrue(voting.waitFor(30, TimeUnit.SECONDS));
        int written = lastWritten(out);
        assertTrue(written < BlindTestVotingProcess.PAIRS, "killed before the test was over");

        FileRecoveryStore next = new FileRecoveryStore(
                new RecoveryFiles(recovery),
                "window-2-2",
                FileRecoveryStore::processStillRuns,
                Clock.systemUTC(),
                FileRecoveryStore.DELAY);
        try {
            List<RecoveryStore.Leftover> left = next.leftovers();
            assertEquals(1, left.size(), "the killed window's copy: " + left);
            Project recovered = next.adopt(left.getFirst());
            List<Battle> votes = recovered.battles();
            // Every vote reported written is there; one more may have been written before the report.
            assertTrue(
                    votes.size() == written || votes.size() == written + 1,
                    votes.size() + " votes recovered, " + written + " reported written");
            assertTrue(votes.stream().allMatch(vote -> "office".equals(vote.blindTest())));

            Texts texts = Texts.english();
            MainViewModel reopened = new MainViewModel(new ProjectSession(recovered, null, texts), texts);
            reopened.blindTest().begin(recovered.blindTest("office").orElseThrow());
            assertEquals(
                    "Pair " + (votes.size() + 1) + " of " + BlindTestVotingProcess.PAIRS,
                    reopened.blindTest().progressProperty().get());
        } finally {
            next.close();
        }
    }
}
