package dev.reelrank.viewmodel.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.io.DefaultDataset;
import dev.reelrank.model.Battle;
import dev.reelrank.model.BlindTest;
import dev.reelrank.model.BlindTestPrompt;
import dev.reelrank.model.Project;
import dev.reelrank.model.RatingSource;
import dev.reelrank.model.VoteOutcome;
import dev.reelrank.model.VoteScope;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.MainViewModelTest;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A blind test's results rate the clips the room saw: "discontinued Sep 2026" beside a rating the room
 * has just given distracted a new user on the results slide, and the longer labels stretched its axis
 * to twice the ratings' span. Published scores keep the mark; a tooltip always says it.
 */
class RoomVotesMarksTest {
    private static final Instant NINE = Instant.parse("2026-11-24T09:00:00Z");

    /** A blind test of Kling 3.0 against Sora 2 (discontinued Sep 2026), shown in the window. */
    private static Project roomVotes(int klingWins, int soraWins) {
        List<Battle> votes = new java.util.ArrayList<>();
        votes.add(new Battle("office", "kling-3.0", "sora-2", VoteOutcome.A, "p1", NINE.plusSeconds(5), klingWins));
        if (soraWins > 0) {
            votes.add(new Battle("office", "kling-3.0", "sora-2", VoteOutcome.B, "p1", NINE.plusSeconds(50), soraWins));
        }
        Project project = DefaultDataset.load()
                .withBlindTest(new BlindTest(
                        "office", NINE, 7, List.of("sora-2", "kling-3.0"), List.of(new BlindTestPrompt("p1", "A cat"))))
                .withBattles(votes);
        return project.withView(project.view().withVotes(VoteScope.blindTest("office")));
    }

    /** A window on {@link #roomVotes}, its ratings from the blind test's votes. */
    private static MainViewModel headToHead(int klingWins, int soraWins) {
        MainViewModel window = new MainViewModel(
                new ProjectSession(roomVotes(klingWins, soraWins), null, () -> MainViewModelTest.TODAY),
                Texts.english());
        window.ratings().useSource(RatingSource.HEAD_TO_HEAD);
        return window;
    }

    private static ChartBar bar(MainViewModel window, String productId) {
        return window.ratingChart().bars().stream()
                .filter(bar -> bar.productId().equals(productId))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void ratingsFromTheRoomsVotes_carryNoDiscontinuedMark_butTheirTooltipsSayIt() {
        MainViewModel window = headToHead(6, 3);
        var sora = bar(window, "sora-2");
        assertFalse(sora.label().contains("discontinued"), sora.label());
        // The chart names the test whose products it draws, ticked or not.
        Project shown = window.session().project();
        assertEquals(
                "Blind test of "
                        + dev.reelrank.viewmodel.text.BlindTestNames.of(
                                shown.votedTest().orElseThrow(), shown, Texts.english())
                        + ": rating (95 % interval)",
                window.ratingChart().titleProperty().get());
        assertTrue(sora.tooltip().contains("iscontinued"), sora.tooltip());

        window.ratings().useSource(RatingSource.PUBLISHED);
        var published = bar(window, "sora-2");
        assertEquals(true, published.label().contains("discontinued Sep 2026"), published.label());
    }

    /** The top-rating tile says when the intervals rank others first with it, as the chart's "#1"s do. */
    @Test
    void theTopRatingTile_saysHowManyShareRankOne_whenTheChartRanksThemAllFirst() {
        MainViewModel window = headToHead(6, 3);
        long firsts = window.ratingChart().bars().stream()
                .filter(bar -> bar.label().contains("#1"))
                .count();
        assertEquals(2, firsts, window.ratingChart().bars().toString());
        var tile = window.kpis().topRatingProperty().get();
        assertTrue(tile.basis().endsWith(" \u00b7 2 share rank 1"), tile.basis());

        window.ratings().useSource(RatingSource.PUBLISHED);
        var published = window.kpis().topRatingProperty().get();
        assertFalse(published.basis().contains("share rank 1"), published.basis());
    }

    /** Ticked products the blind test did not compare are named as left out, not dropped without a word. */
    @Test
    void theValueAndTrendCharts_nameTheTickedProductsTheVotesLeaveOut() {
        MainViewModel window = headToHead(6, 3);
        window.valueChart().activeProperty().set(true);
        window.trendChart().activeProperty().set(true);
        for (String note : List.of(
                window.valueChart().noteProperty().get(),
                window.trendChart().noteProperty().get())) {
            assertTrue(note.contains("Veo 3.1 (not in the votes shown)"), note);
            assertFalse(note.contains("Kling 3.0 (not in the votes shown)"), note);
        }
    }

    /**
     * When every product needs the added tie (a blind test's first votes), the note says so without
     * naming them all: the names made it long enough for the window to cut off its reason.
     */
    @Test
    void whenEveryProductNeedsTheAddedTie_theNoteSaysWhyWithoutNamingThemAll() {
        MainViewModel window = headToHead(6, 0);
        String note = window.ratings().snapshot().note();
        assertTrue(note.contains("One tie per product is added, because a product here never won or never lost"), note);
        assertFalse(note.contains("is added for"), note);
    }
}
