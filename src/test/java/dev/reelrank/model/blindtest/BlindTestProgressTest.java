package dev.reelrank.model.blindtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reelrank.model.Battle;
import dev.reelrank.model.BlindTest;
import dev.reelrank.model.BlindTestPrompt;
import dev.reelrank.model.VoteOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlindTestProgressTest {
    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");
    private static final BlindTest TEST = new BlindTest(
            "office",
            T0,
            42,
            List.of("alpha", "beta", "gamma", "delta"),
            List.of(new BlindTestPrompt("p1", "A city at night"), new BlindTestPrompt("p2", "A cat")));

    private static Battle on(ScheduledPair pair, VoteOutcome outcome, Instant time, long voters) {
        return new Battle("office", pair.left(), pair.right(), outcome, pair.prompt(), time, voters);
    }

    @Test
    void aTestResumesAtThePairAfterTheLastVotedOn_aShowOfHandsBeingOnePair() {
        BlindTestProgress fresh = BlindTestProgress.of(TEST, List.of());
        List<ScheduledPair> schedule = fresh.schedule().pairs();
        assertEquals(6, fresh.length(), "each of the 6 pairs of 4 products once");
        assertEquals(schedule.getFirst(), fresh.next().orElseThrow());

        List<Battle> battles = new ArrayList<>();
        battles.add(on(schedule.get(0), VoteOutcome.A, T0.plusSeconds(10), 1));
        // A show of hands on the second pair: three battles with one time.
        battles.add(on(schedule.get(1), VoteOutcome.A, T0.plusSeconds(20), 7));
        battles.add(on(schedule.get(1), VoteOutcome.B, T0.plusSeconds(20), 4));
        battles.add(on(schedule.get(1), VoteOutcome.TIE, T0.plusSeconds(20), 1));
        // Another test's vote in between changes nothing.
        battles.add(new Battle("other", "alpha", "beta", VoteOutcome.B, "p1", T0.plusSeconds(25), 1));

        BlindTestProgress resumed = BlindTestProgress.of(TEST, battles);
        assertEquals(2, resumed.done());
        assertEquals(schedule.get(2), resumed.next().orElseThrow());
        assertEquals(schedule.get(3), resumed.afterNext().orElseThrow());
        assertEquals(3, resumed.lastSlot().size(), "an undo takes the whole show of hands back");
    }

    @Test
    void theSamePairVotedTwiceInARow_isTwoPairsWhenTheTimesDiffer() {
        BlindTest two = new BlindTest("duel", T0, 1, List.of("alpha", "beta"), List.of(new BlindTestPrompt("p1", "x")));
        BlindTestProgress fresh = BlindTestProgress.of(two, List.of());
        assertEquals(1, fresh.length());
        ScheduledPair only = fresh.next().orElseThrow();
        Battle first = new Battle("duel", only.left(), only.right(), VoteOutcome.A, "p1", T0.plusSeconds(1), 1);
        Battle second = new Battle("duel", only.left(), only.right(), VoteOutcome.B, "p1", T0.plusSeconds(2), 1);

        BlindTestProgress after = BlindTestProgress.of(two, List.of(first, second));

        assertEquals(2, after.done());
        assertEquals(List.of(second), after.lastSlot());
        assertEquals(java.util.Optional.empty(), after.next(), "past its end, a test has nothing to show");
    }
}
