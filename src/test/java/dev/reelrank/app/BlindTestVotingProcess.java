package dev.reelrank.app;

import dev.reelrank.io.RecoveryFiles;
import dev.reelrank.model.BlindTest;
import dev.reelrank.model.BlindTestPrompt;
import dev.reelrank.model.VoteOutcome;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.blindtest.BlindTestViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.stream.IntStream;

/**
 * A window's blind test in a process of its own, voting as fast as each vote is written, until it
 * is killed ({@link BlindTestKillIT}). It keeps its recovery copy as the desktop app does, in the
 * folder given, under this process's id; it prints "written N" once vote N is on disk.
 */
final class BlindTestVotingProcess {
    static final int PAIRS = 30;
    static final BlindTest TEST = new BlindTest(
            "office",
            Instant.parse("2026-11-30T09:00:00Z"),
            5,
            List.of("kling-1.6", "veo-2", "sora"),
            IntStream.rangeClosed(1, PAIRS)
                    .mapToObj(i -> new BlindTestPrompt("p" + i, "Prompt " + i))
                    .toList());
    private static final List<VoteOutcome> VOTES = List.of(VoteOutcome.A, VoteOutcome.B, VoteOutcome.TIE);

    private BlindTestVotingProcess() {}

    public static void main(String[] args) throws Exception {
        Texts texts = Texts.english();
        // The usual delay is an hour: only the write at once for each vote puts it on disk.
        FileRecoveryStore store = new FileRecoveryStore(
                new RecoveryFiles(Path.of(args[0])),
                FileRecoveryStore.idOf(ProcessHandle.current()),
                FileRecoveryStore::processStillRuns,
                Clock.systemUTC(),
                Duration.ofHours(1));
        MainViewModel window = new MainViewModel(new ProjectSession(TestProjects.market(), null, texts), texts);
        window.keepUnsavedWorkIn(store);
        BlindTestViewModel room = window.blindTest();
        Semaphore written = new Semaphore(0);
        room.waitingProperty().addListener((obs, was, waits) -> {
            if (!waits) {
                written.release();
            }
        });
        room.begin(TEST);
        for (int vote = 1; !room.finishedProperty().get(); vote++) {
            room.vote(VOTES.get(vote % VOTES.size()));
            written.acquire();
            System.out.println("written " + vote);
            System.out.flush();
        }
        System.out.println("finished");
    }
}
