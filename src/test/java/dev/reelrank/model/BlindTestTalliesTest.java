package dev.reelrank.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.testing.TestProjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlindTestTalliesTest {
    private static final Instant START = Instant.parse("2026-11-30T09:00:00Z");
    private static final BlindTest OFFICE = new BlindTest(
            "office",
            START,
            7,
            List.of("alpha", "beta", "gamma"),
            List.of(new BlindTestPrompt("p1", "A city at night"), new BlindTestPrompt("p2", "A cat on a sofa")));

    private static Battle vote(String a, String b, VoteOutcome outcome, String prompt, long voters) {
        return new Battle("office", a, b, outcome, prompt, START.plusSeconds(60), voters);
    }

    /** Five products with typed tallies, and a blind test of three of them with these votes. */
    private static Project withVotes(List<Battle> battles) {
        return TestProjects.fiveProducts().withBlindTest(OFFICE).withBattles(battles);
    }

    @Test
    void votesOfAPairAddUpWhicheverSideEachProductWasShownOn_andAShowOfHandsCountsEachVoter() {
        Project project = withVotes(List.of(
                vote("alpha", "beta", VoteOutcome.A, "p1", 1),
                vote("beta", "alpha", VoteOutcome.A, "p2", 1),
                vote("beta", "alpha", VoteOutcome.B, "p1", 7),
                vote("alpha", "beta", VoteOutcome.TIE, "p1", 2),
                vote("beta", "alpha", VoteOutcome.BOTH_BAD, "p2", 3)));

        List<HeadToHead> pairs =
                BlindTestTallies.of(OFFICE, project.battles(), null, java.util.Set.of("alpha", "beta", "gamma"));

        assertEquals(1, pairs.size());
        HeadToHead pair = pairs.getFirst();
        // alpha won on the left once and on the right 7 times; beta won once; ties 2 + both bad 3.
        assertEquals(
                List.of("alpha", "beta", 8L, 1L, 5L),
                List.of(pair.a(), pair.b(), pair.aWins(), pair.bWins(), pair.ties()));
        assertEquals("ReelRank blind test office", pair.provenance().source());
        assertEquals(java.time.LocalDate.of(2026, 11, 30), pair.provenance().asOf());
        assertEquals(false, pair.sample());
    }

    @Test
    void theViewChoosesBetweenTheTypedTalliesAndATestOverAllPromptsOrOne() {
        Project project = withVotes(
                List.of(vote("alpha", "beta", VoteOutcome.A, "p1", 1), vote("gamma", "beta", VoteOutcome.B, "p2", 4)));

        assertEquals(project.headToHead(), project.pairVotes(), "the tallies until a test is chosen");

        Project allPrompts = project.withView(project.view().withVotes(VoteScope.blindTest("office")));
        assertEquals(
                List.of("alpha-beta 1:0:0", "beta-gamma 4:0:0"),
                allPrompts.pairVotes().stream()
                        .map(BlindTestTalliesTest::describe)
                        .toList());

        Project onePrompt = project.withView(project.view().withVotes(new VoteScope("office", "p2")));
        assertEquals(
                List.of("beta-gamma 4:0:0"),
                onePrompt.pairVotes().stream()
                        .map(BlindTestTalliesTest::describe)
                        .toList());
    }

    @Test
    void aViewNamingATestOrPromptTheProjectNoLongerHolds_fallsBack() {
        Project project = withVotes(List.of(vote("alpha", "beta", VoteOutcome.A, "p1", 1)));

        Project goneTest = project.withView(project.view().withVotes(VoteScope.blindTest("elsewhere")));
        assertEquals(project.headToHead(), goneTest.pairVotes());

        Project gonePrompt = project.withView(project.view().withVotes(new VoteScope("office", "p9")));
        assertEquals(
                List.of("alpha-beta 1:0:0"),
                gonePrompt.pairVotes().stream()
                        .map(BlindTestTalliesTest::describe)
                        .toList());
    }

    @Test
    void votesForAProductDeletedFromTheProject_stayInTheFile_butLeaveTheGrid() {
        Project project = withVotes(List.of(
                        vote("alpha", "beta", VoteOutcome.A, "p1", 1), vote("gamma", "beta", VoteOutcome.A, "p1", 1)))
                .withoutProduct("gamma");
        Project shown = project.withView(project.view().withVotes(VoteScope.blindTest("office")));

        assertEquals(2, shown.battles().size());
        assertEquals(
                List.of("alpha-beta 1:0:0"),
                shown.pairVotes().stream().map(BlindTestTalliesTest::describe).toList());
    }

    @Test
    void aPromptNeedsATest() {
        InvalidValueException refused = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidValueException.class, () -> new VoteScope(null, "p1"));
        assertEquals("prompt", refused.field());
    }

    @Test
    void manyVotesInAnyOrder_addUpToTheSameTallies() {
        java.util.Random random = new java.util.Random(3);
        List<String> ids = OFFICE.products();
        List<Battle> battles = new ArrayList<>();
        long[] expectedAlphaBeta = new long[3];
        for (int i = 0; i < 500; i++) {
            int x = random.nextInt(3);
            int y = (x + 1 + random.nextInt(2)) % 3;
            VoteOutcome outcome = List.of(VoteOutcome.A, VoteOutcome.B, VoteOutcome.TIE, VoteOutcome.BOTH_BAD)
                    .get(random.nextInt(4));
            long voters = 1L + random.nextInt(5);
            battles.add(vote(ids.get(x), ids.get(y), outcome, random.nextBoolean() ? "p1" : "p2", voters));
            if (Math.min(x, y) == 0 && Math.max(x, y) == 1) {
                boolean alphaLeft = x == 0;
                switch (outcome) {
                    case A -> expectedAlphaBeta[alphaLeft ? 0 : 1] += voters;
                    case B -> expectedAlphaBeta[alphaLeft ? 1 : 0] += voters;
                    default -> expectedAlphaBeta[2] += voters;
                }
            }
        }
        List<Battle> shuffled = new ArrayList<>(battles);
        java.util.Collections.shuffle(shuffled, random);
        var products = java.util.Set.copyOf(ids);
        HeadToHead ordered = find(BlindTestTallies.of(OFFICE, battles, null, products));
        HeadToHead mixed = find(BlindTestTallies.of(OFFICE, shuffled, null, products));

        assertEquals(
                List.of(expectedAlphaBeta[0], expectedAlphaBeta[1], expectedAlphaBeta[2]),
                List.of(ordered.aWins(), ordered.bWins(), ordered.ties()));
        assertEquals(ordered.tally(), mixed.tally());
        assertTrue(ordered.battles() > 0);
    }

    private static HeadToHead find(List<HeadToHead> pairs) {
        return pairs.stream()
                .filter(p -> p.a().equals("alpha") && p.b().equals("beta"))
                .findFirst()
                .orElseThrow();
    }

    private static String describe(HeadToHead pair) {
        return pair.a() + "-" + pair.b() + " " + pair.aWins() + ":" + pair.bWins() + ":" + pair.ties();
    }
}
