package dev.reelrank.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reelrank.io.RecoveryFiles;
import dev.reelrank.model.BlindTest;
import dev.reelrank.model.BlindTestPrompt;
import dev.reelrank.model.Project;
import dev.reelrank.model.VoteOutcome;
import dev.reelrank.testing.Poll;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.blindtest.BlindTestViewModel;
import dev.reelrank.viewmodel.port.RecoveryStore;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash in the middle of a blind test loses no vote: each is in the recovery copy before the next
 * pair shows, and the copy a killed window left resumes the test at the pair after the last vote.
 * The window's store is never closed here, as a killed process never closes it.
 */
class BlindTestRecoveryTest {
    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");
    private static final BlindTest OFFICE = new BlindTest(
            "office",
            T0,
            3,
            List.of("kling-1.6", "veo-2", "sora"),
            List.of(new BlindTestPrompt("p1", "A city at night"), new BlindTestPrompt("p2", "A cat on a sofa")));

    @TempDir
    Path folder;

    @Test
    void everyVoteIsOnDiskBeforeTheNextPair_andAKilledWindowsCopyResumesTheTest() throws Exception {
        Texts texts = Texts.english();
        RecoveryFiles files = new RecoveryFiles(folder);
        // The usual delay is an hour: only the write at once for a vote can have put it on disk.
        FileRecoveryStore store =
                new FileRecoveryStore(files, "window-1-1", id -> false, Clock.systemUTC(), Duration.ofHours(1));
        MainViewModel window = new MainViewModel(new ProjectSession(TestProjects.market(), null, texts), texts);
        window.keepUnsavedWorkIn(store);
        BlindTestViewModel room = window.blindTest();
        room.begin(OFFICE);
        List<Integer> onDiskWhenThePairMoved = new CopyOnWriteArrayList<>();
        room.pairProperty().addListener((obs, old, pair) -> {
            try {
                onDiskWhenThePairMoved.add(files.read("window-1-1").battles().size());
            } catch (Exception e) {
                onDiskWhenThePairMoved.add(-1);
            }
        });

        room.vote(VoteOutcome.A);
        Poll.until("the first vote written", () -> !room.waitingProperty().get(), Duration.ofSeconds(5));
        room.vote(VoteOutcome.TIE);
        Poll.until("the second vote written", () -> !room.waitingProperty().get(), Duration.ofSeconds(5));

        assertEquals(List.of(1, 2), onDiskWhenThePairMoved, "each vote was on disk when the next pair showed");

        // The window is killed here. A later ReelRank finds what it left and takes it over.
        FileRecoveryStore later =
                new FileRecoveryStore(files, "window-2-2", id -> false, Clock.systemUTC(), FileRecoveryStore.DELAY);
        List<RecoveryStore.Leftover> left = later.leftovers();
        assertEquals(1, left.size());
        Project recovered = later.adopt(left.getFirst());
        assertEquals(2, recovered.battles().size());

        MainViewModel reopened = new MainViewModel(new ProjectSession(recovered, null, texts), texts);
        reopened.blindTest().begin(recovered.blindTest("office").orElseThrow());
        assertEquals("Pair 3 of 3", reopened.blindTest().progressProperty().get());
        later.close();
    }
}
