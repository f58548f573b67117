package dev.reelrank.viewmodel.blindtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.Battle;
import dev.reelrank.model.BlindTest;
import dev.reelrank.model.BlindTestPrompt;
import dev.reelrank.model.RatingSource;
import dev.reelrank.model.VoteOutcome;
import dev.reelrank.model.blindtest.ScheduledPair;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A blind test as the room runs it, without a window: votes, a show of hands, undo, Esc and resume. */
class BlindTestViewModelTest {
    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");
    private static final BlindTest OFFICE = new BlindTest(
            "office",
            T0,
            11,
            List.of("alpha", "beta", "gamma"),
            List.of(new BlindTestPrompt("p1", "A city at night"), new BlindTestPrompt("p2", "A cat on a sofa")));

    private final Texts texts = Texts.english();
    private final ProjectSession session = new ProjectSession(TestProjects.fiveProducts(), null, texts);
    /** Writes the recovery copy only when the test says so, to see what waits for it. */
    private final List<Runnable> unwritten = new ArrayList<>();

    private Instant now = T0.plusSeconds(60);
    private final BlindTestViewModel room =
            new BlindTestViewModel(session, texts, unwritten::add, () -> now = now.plusSeconds(5));

    /** The products the rating chart draws, by id, sorted. */
    private static List<String> chartedProducts(MainViewModel window) {
        return window.ratingChart().bars().stream()
                .map(dev.reelrank.viewmodel.charts.ChartBar::productId)
                .sorted()
                .toList();
    }

    /** Leaves {@code id} out of the charts, as its row's Chart box does. */
    private void untick(String id) {
        var product = session.project().product(id).orElseThrow();
        session.apply(
                "untick", p -> p.withProduct(product.withChart(new dev.reelrank.model.ChartStyle("#123456", false))));
    }

    private void writeCopies() {
        List<Runnable> due = new ArrayList<>(unwritten);
        unwritten.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void aVote_isABattleOfThePairShown_andTheNextPairWaitsUntilItIsOnDisk() {
        room.begin(OFFICE);
        ScheduledPair first = room.pairProperty().get();
        assertEquals("Pair 1 of 3", room.progressProperty().get());
        assertTrue(List.of("A city at night", "A cat on a sofa")
                .contains(room.promptProperty().get()));

        room.vote(VoteOutcome.B);

        List<Battle> battles = session.project().battles();
        assertEquals(1, battles.size());
        Battle vote = battles.getFirst();
        assertEquals(
                List.of("office", first.left(), first.right(), VoteOutcome.B, first.prompt(), 1L),
                List.of(vote.blindTest(), vote.a(), vote.b(), vote.outcome(), vote.prompt(), vote.voters()));
        assertTrue(room.waitingProperty().get());
        assertEquals(first, room.pairProperty().get(), "the pair stays until the vote is on disk");
        room.vote(VoteOutcome.A);
        assertEquals(1, session.project().battles().size(), "a second key press while writing is not a vote");

        writeCopies();

        assertFalse(room.waitingProperty().get());
        assertNotEquals(first, room.pairProperty().get());
        assertEquals("Pair 2 of 3", room.progressProperty().get());
        assertTrue(session.isDirty(), "a vote is unsaved work like any edit");
        // Read under the next pair, which comes at once: the words say which pair the vote was on.
        assertEquals("Pair 1: voted B", room.lastVoteProperty().get());
        room.vote(VoteOutcome.TIE);
        assertEquals("Pair 2: voted a tie", room.lastVoteProperty().get());
    }

    @Test
    void aShowOfHands_isThatManyVotes_andUndoTakesItBackWhole() {
        room.begin(OFFICE);
        ScheduledPair first = room.pairProperty().get();

        assertNull(room.voteHands("A 7 B 4 T 1"));
        writeCopies();

        assertEquals(
                List.of(7L, 4L, 1L),
                session.project().battles().stream().map(Battle::voters).toList());
        assertEquals(
                "Show of hands recorded for pair 1: A 7, B 4, tie 1",
                room.lastVoteProperty().get());

        room.undo();
        writeCopies();

        assertEquals(List.of(), session.project().battles());
        assertEquals(first, room.pairProperty().get(), "the pair is shown again");
        assertEquals("Pair 1: votes taken back", room.lastVoteProperty().get());
        assertEquals("Pair 1 of 3", room.progressProperty().get());
    }

    @Test
    void inChinese_aShowOfHandsIsListedWithTheEnumerationComma() {
        Texts chinese = new Texts(java.util.Locale.SIMPLIFIED_CHINESE);
        ProjectSession zh = new ProjectSession(TestProjects.fiveProducts(), null, chinese);
        BlindTestViewModel room = new BlindTestViewModel(zh, chinese, Runnable::run, () -> T0);
        room.begin(OFFICE);
        assertNull(room.voteHands("A 7 B 4 T 1"));
        assertEquals("第 1 组已记录举手票数：A 7、B 4、平局 1", room.lastVoteProperty().get());
    }

    @Test
    void aMistypedShowOfHands_isSaidInOneLine_andRecordsNothing() {
        room.begin(OFFICE);
        String why = room.voteHands("A 7 Q 2");
        assertEquals(
                "The show of hands cannot be read at \u201cQ 2\u201d: type a letter (A, B, T for a tie, X for both"
                        + " bad) and a count, for example A 7 B 4 T 1",
                why);
        assertFalse(why.contains("\n"));
        assertEquals(List.of(), session.project().battles());
        // Only the part that cannot be read is quoted, not the readable parts after it.
        assertTrue(
                room.voteHands("A seven B 4").startsWith("The show of hands cannot be read at \u201cA seven\u201d:"));
        assertFalse(room.waitingProperty().get());
    }

    @Test
    void leavingKeepsTheVotes_andBeginningAgainResumesAtTheNextPair() {
        room.begin(OFFICE);
        room.vote(VoteOutcome.A);
        writeCopies();
        ScheduledPair second = room.pairProperty().get();
        room.leave();
        assertFalse(room.runningProperty().get());

        BlindTestViewModel later =
                new BlindTestViewModel(session, texts, Runnable::run, () -> now = now.plusSeconds(5));
        later.begin(session.project().blindTest("office").orElseThrow());

        assertEquals(second, later.pairProperty().get());
        assertEquals("Pair 2 of 3", later.progressProperty().get());
        assertEquals(1, session.project().blindTests().size(), "resuming adds no second test");

        later.vote(VoteOutcome.TIE);
        later.vote(VoteOutcome.BOTH_BAD);
        assertTrue(later.finishedProperty().get());
        assertEquals("All 3 pairs voted on", later.progressProperty().get());
        later.vote(VoteOutcome.A);
        assertEquals(3, session.project().battles().size(), "a finished test takes no more votes");
    }

    @Test
    void aPairVotedOnlyBothBad_hasNoWinner_whileAPairOfOneWinEach_isSplitEvenly() {
        // A user trial: a "both bad" vote read "Kling 1.6 and Sora split 1 vote evenly", as if each had won one.
        MainViewModel window = new MainViewModel(session, texts);
        BlindTestViewModel live = window.blindTest();
        live.begin(OFFICE);
        ScheduledPair first = live.pairProperty().get();
        live.vote(VoteOutcome.BOTH_BAD);
        ScheduledPair second = live.pairProperty().get();
        assertNull(live.voteHands("A 1 B 1"));
        BlindTestResults results = results(window);
        String firstNames = names(first);
        String secondNames = names(second);
        assertTrue(
                results.pairs().contains(firstNames + ": no winner in 1\u00a0vote (ties or \u201cboth bad\u201d)"),
                String.valueOf(results.pairs()));
        assertTrue(
                results.pairs().contains(secondNames + " split 2\u00a0votes evenly"), String.valueOf(results.pairs()));
    }

    /** The office test's results as the room's screen and the slide show them now. */
    private BlindTestResults results(MainViewModel window) {
        return BlindTestResults.of(
                session.project(),
                session.project().blindTest("office").orElseThrow(),
                window.ratings().snapshot(),
                texts);
    }

    /** "Alpha 1 and Beta 2", in the order the results name a pair with no leader (its tally's order). */
    private String names(ScheduledPair pair) {
        List<String> both = new ArrayList<>(List.of(pair.left(), pair.right()));
        both.sort(java.util.Comparator.comparingInt(id -> OFFICE.products().indexOf(id)));
        return both.stream()
                .map(id -> session.project().product(id).orElseThrow().name())
                .collect(java.util.stream.Collectors.joining(" and "));
    }

    @Test
    void theResultsSayWhenTheVotesAreStillTooFewToReadRanksFrom() {
        MainViewModel window = new MainViewModel(session, texts);
        BlindTestViewModel live = window.blindTest();
        live.begin(OFFICE);
        live.vote(VoteOutcome.A);
        BlindTestResults early = results(window);
        assertEquals(
                "Few votes yet: a rating that rests on fewer than 10 votes, and its interval, can change a lot with"
                        + " the next vote.",
                early.caution());
        // A user trial: one vote read "1,131 (95 % interval 1,131 to 1,131)" at rank 1 against rank 2,
        // drawn as two certain points. One vote cannot be resampled into an interval: none is shown,
        // and neither product is ranked above the other.
        assertEquals(2, early.ratings().size(), String.valueOf(early.ratings()));
        assertTrue(
                early.ratings().stream()
                        .allMatch(line -> line.startsWith("1. ")
                                && line.contains("(no interval yet: the votes never disagreed)")),
                String.valueOf(early.ratings()));
        List<dev.reelrank.viewmodel.charts.ChartBar> bars = window.ratingChart().bars().stream()
                .filter(dev.reelrank.viewmodel.charts.ChartBar::hasValue)
                .toList();
        assertEquals(2, bars.size(), String.valueOf(bars));
        assertTrue(
                bars.stream()
                        .allMatch(bar -> bar.low() == null
                                && bar.high() == null
                                && bar.label().contains("#1")),
                String.valueOf(bars));
        assertTrue(
                window.ratingChart().sourceNoteProperty().get().contains("No interval yet for "),
                window.ratingChart().sourceNoteProperty().get());
        // The Top rating tile beside the chart says the same, not one product alone on top.
        String top = window.kpis().topRatingProperty().get().description();
        assertTrue(top.matches(".+ \\(no interval yet; shares rank 1 with .+\\)"), top);
        assertTrue(
                window.ratingChart()
                        .sourceNoteProperty()
                        .get()
                        .contains("Every rating here rests on fewer than 10 votes: ratings and intervals can move"
                                + " a lot with the next votes."),
                window.ratingChart().sourceNoteProperty().get());
        // A room of 12 on the next pair: its products pass 10 votes, and one of the first pair does not.
        assertNull(live.voteHands("A 7 B 5"));
        assertTrue(
                window.ratingChart()
                        .sourceNoteProperty()
                        .get()
                        .contains(" rests on fewer than 10 votes: its rating and interval can move a lot"),
                window.ratingChart().sourceNoteProperty().get());

        // A room of 12 on each remaining pair: every product has at least 10 votes.
        while (!live.finishedProperty().get()) {
            assertNull(live.voteHands("A 7 B 5"));
        }
        BlindTestResults later = results(window);
        assertEquals(3, later.ratings().size(), String.valueOf(later.ratings()));
        assertTrue(
                later.ratings().stream().allMatch(line -> line.matches(".*\\d\u00a0votes?")),
                "a count and its word never part at a line's end: " + later.ratings());
        // Ranked as the rating chart ranks them ("#2" there is "2." here), by their intervals.
        List<String> chartRanks = window.ratingChart().bars().stream()
                .map(bar -> bar.label().replaceAll(".*#(\\d+).*", "$1") + ". " + bar.name())
                .toList();
        List<String> textRanks = later.ratings().stream()
                .map(line -> line.substring(0, line.indexOf(':')))
                .toList();
        assertEquals(chartRanks, textRanks, String.valueOf(later.ratings()));
        // Enough votes to read ranks from, but every interval still overlaps: that is what the slide now says.
        assertEquals(
                "Every product's interval overlaps the top one's, so all share rank 1: these votes cannot yet tell"
                        + " them apart.",
                later.caution(),
                String.valueOf(later.ratings()));
        assertFalse(
                window.ratingChart().sourceNoteProperty().get().contains("fewer than"),
                window.ratingChart().sourceNoteProperty().get());
    }

    /** Every product "#1" read as a fault to a new user (2026-11-30); the note says what it means. */
    @Test
    void whenEveryIntervalOverlapsTheTopOne_theNoteSaysTheVotesCannotYetTellThemApart() {
        MainViewModel window = new MainViewModel(session, texts);
        BlindTestViewModel live = window.blindTest();
        live.begin(OFFICE);
        while (!live.finishedProperty().get()) {
            assertNull(live.voteHands("A 3 B 2"));
        }
        List<dev.reelrank.viewmodel.charts.ChartBar> bars = window.ratingChart().bars().stream()
                .filter(dev.reelrank.viewmodel.charts.ChartBar::hasValue)
                .toList();
        assertTrue(
                bars.size() == 3
                        && bars.stream()
                                .allMatch(
                                        bar -> bar.low() != null && bar.label().contains("#1")),
                String.valueOf(bars));
        String note = window.ratingChart().sourceNoteProperty().get();
        assertTrue(
                note.contains("Every product's interval overlaps the top one's, so all share rank 1: these votes"
                        + " cannot yet tell them apart."),
                note);
        // The results slide says so too, under its ranks.
        assertTrue(
                results(window).caution().contains("so all share rank 1"),
                results(window).caution());

        // Another room, where alpha wins every vote it is in: it is ranked alone, and the note is not there.
        MainViewModel decided = new MainViewModel(new ProjectSession(TestProjects.fiveProducts(), null, texts), texts);
        BlindTestViewModel other = decided.blindTest();
        other.begin(OFFICE);
        while (!other.finishedProperty().get()) {
            ScheduledPair pair = other.pairProperty().get();
            String hands = pair.left().equals("alpha") ? "A 9" : pair.right().equals("alpha") ? "B 9" : "A 3 B 3";
            assertNull(other.voteHands(hands));
        }
        assertTrue(
                decided.ratingChart().bars().stream()
                        .anyMatch(bar -> bar.label().contains("#2")),
                String.valueOf(decided.ratingChart().bars()));
        assertFalse(
                decided.ratingChart().sourceNoteProperty().get().contains("all share rank 1"),
                decided.ratingChart().sourceNoteProperty().get());
    }

    @Test
    void votesReachTheGridAndTheRatingsAsTheyArrive() {
        MainViewModel window = new MainViewModel(session, texts);
        BlindTestViewModel live = window.blindTest();
        live.begin(OFFICE);

        // Vote for whichever side shows alpha, three times over the schedule's pairs that hold it.
        int alphaWins = 0;
        while (!live.finishedProperty().get()) {
            ScheduledPair pair = live.pairProperty().get();
            live.vote(pair.left().equals("alpha") ? VoteOutcome.A : VoteOutcome.B);
            if (pair.left().equals("alpha") || pair.right().equals("alpha")) {
                alphaWins++;
            }
        }

        assertEquals(2, alphaWins);
        assertEquals(RatingSource.HEAD_TO_HEAD, window.ratings().snapshot().source());
        window.headToHead().activeProperty().set(true);
        assertEquals(
                List.of("alpha", "beta", "gamma"),
                window.headToHead().products().stream()
                        .map(dev.reelrank.model.Product::id)
                        .toList(),
                "the grid holds the test's products, no row of zeros for the others");
        assertEquals("1", window.headToHead().row("alpha").cell("beta").getText());
        assertEquals("1", window.headToHead().row("alpha").cell("gamma").getText());
        assertEquals("0", window.headToHead().row("beta").cell("alpha").getText());
        var ratings = window.ratings().snapshot().ratings();
        assertTrue(
                ratings.get("alpha").value() > ratings.get("beta").value()
                        && ratings.get("alpha").value() > ratings.get("gamma").value(),
                "alpha won every vote it was in: " + ratings);
        assertFalse(ratings.containsKey("delta"), "a product outside the test gets no rating from it: " + ratings);
        assertEquals(
                List.of("alpha", "beta", "gamma"),
                chartedProducts(window),
                "the rating chart draws the test's products, not a row of 'no votes' for each other one");

        window.headToHead().showVotes(dev.reelrank.model.VoteScope.TALLIES);
        assertTrue(
                window.ratingChart().bars().size() > 3,
                "the window's own votes rate every ticked product again: "
                        + window.ratingChart().bars());
    }

    @Test
    void withRevealOn_theVotedPairsNamesShow_untilThePresenterMovesOn() {
        room.revealProperty().set(true);
        room.begin(OFFICE);
        ScheduledPair first = room.pairProperty().get();

        room.vote(VoteOutcome.A);
        writeCopies();

        String left = session.project().product(first.left()).orElseThrow().name();
        String right = session.project().product(first.right()).orElseThrow().name();
        assertEquals(List.of(left, right), room.revealedProperty().get(), "A's name, then B's");
        assertEquals(VoteOutcome.A, room.revealedLeadProperty().get(), "the vote went to A");
        assertEquals(first, room.pairProperty().get(), "the pair stays while its names show");
        room.vote(VoteOutcome.B);
        assertEquals(1, session.project().battles().size(), "no vote while the names show");

        room.proceed();

        assertEquals(List.of(), room.revealedProperty().get());
        assertNotEquals(first, room.pairProperty().get());
        assertEquals("Pair 2 of 3", room.progressProperty().get());
    }

    @Test
    void aRevealedShowOfHands_goesToTheSideWithMoreHands_andAnEvenOneToNeither() {
        room.revealProperty().set(true);
        room.begin(OFFICE);
        assertNull(room.voteHands("A 2 B 5 T 1"));
        writeCopies();
        assertEquals(VoteOutcome.B, room.revealedLeadProperty().get());
        assertFalse(room.revealedLast(), "two pairs to go");
        room.proceed();
        assertNull(room.voteHands("A 3 B 3"));
        writeCopies();
        assertNull(room.revealedLeadProperty().get(), "an even show of hands marks neither name");
        room.proceed();
        room.vote(VoteOutcome.TIE);
        writeCopies();
        assertNull(room.revealedLeadProperty().get(), "nor does a tie");
        assertTrue(room.revealedLast(), "the last pair: moving on shows the results");
    }

    @Test
    void revealIsOffByDefault() {
        room.begin(OFFICE);
        room.vote(VoteOutcome.A);
        writeCopies();
        assertEquals(List.of(), room.revealedProperty().get());
        assertEquals("Pair 2 of 3", room.progressProperty().get());
    }

    @Test
    void theRatingsFollowTheVotesChooser_andLeavingGivesTheWindowItsViewBack() {
        MainViewModel window = new MainViewModel(session, texts);
        var typed = window.ratings().snapshot().ratings();
        BlindTestViewModel live = window.blindTest();
        live.begin(OFFICE);
        while (!live.finishedProperty().get()) {
            live.vote(VoteOutcome.A);
        }
        var voted = window.ratings().snapshot().ratings();
        assertNotEquals(typed.keySet(), voted.keySet(), "the room rated three products, the tallies five");

        window.headToHead().showVotes(dev.reelrank.model.VoteScope.TALLIES);
        assertEquals(typed.keySet(), window.ratings().snapshot().ratings().keySet(), "back to the tallies at once");
        window.headToHead().showVotes(new dev.reelrank.model.VoteScope("office", "p1"));
        assertTrue(
                window.ratings().snapshot().ratings().size() <= 3,
                "one prompt's votes: " + window.ratings().snapshot().ratings());

        window.headToHead().showVotes(dev.reelrank.model.VoteScope.blindTest("office"));
        live.leave();
        assertEquals(
                dev.reelrank.model.VoteScope.blindTest("office"),
                session.project().view().votes(),
                "a finished test's votes stay shown");
    }

    @Test
    void leavingInTheMiddle_givesTheWindowItsViewBack() {
        MainViewModel window = new MainViewModel(session, texts);
        BlindTestViewModel live = window.blindTest();
        live.begin(OFFICE);
        live.vote(VoteOutcome.A);
        assertEquals(
                dev.reelrank.model.VoteScope.blindTest("office"),
                session.project().view().votes());

        live.leave();

        assertEquals(
                dev.reelrank.model.VoteScope.TALLIES, session.project().view().votes(), "the view before the test");
        assertEquals(5, window.headToHead().products().size(), "the grid shows the charts' products again");
    }

    @Test
    void whileATestsVotesAreShown_theRatingTilesAndRatingChartsDrawItsProducts_tickedOrNot() {
        MainViewModel window = new MainViewModel(session, texts);
        // Only delta and epsilon ticked: none of the test's products.
        List.of("alpha", "beta", "gamma").forEach(this::untick);
        window.blindTest().begin(OFFICE);
        for (int i = 0; i < 3; i++) {
            window.blindTest().vote(VoteOutcome.A);
            writeCopies();
        }

        assertEquals(List.of("alpha", "beta", "gamma"), chartedProducts(window));
        String top = window.kpis().topRatingProperty().get().description();
        assertTrue(
                List.of("Alpha", "Beta", "Gamma").stream().anyMatch(top::contains),
                "the top rating is one of the test's products, as on the rating chart: " + top);
        window.valueChart().activeProperty().set(true);
        assertEquals(
                List.of("alpha", "beta", "gamma"),
                window.valueChart().points().stream()
                        .map(dev.reelrank.viewmodel.charts.ChartPoint::productId)
                        .sorted()
                        .toList(),
                "the value chart plots the test's products, not the ticked ones it has no rating for");
    }

    @Test
    void aProductUntickedInTheCharts_staysUnticked_andItsVotesStillShow() {
        MainViewModel window = new MainViewModel(session, texts);
        untick("alpha");
        int shownBefore = window.headToHead().products().size();

        window.blindTest().begin(OFFICE);
        window.blindTest().vote(VoteOutcome.A);

        assertFalse(
                session.project()
                        .product("alpha")
                        .orElseThrow()
                        .chart()
                        .orElseThrow()
                        .shown(),
                "the test ticks nothing: the cost charts stay as the user left them");
        assertEquals(
                List.of("alpha", "beta", "gamma"),
                chartedProducts(window),
                "the test's votes rate its products, alpha too");
        assertTrue(
                window.headToHead().products().stream().anyMatch(p -> p.id().equals("alpha")),
                "alpha is in the grid while the test is shown");
        window.blindTest().leave();
        assertEquals(shownBefore, window.headToHead().products().size(), "and out of it after");
    }
}
