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

    @Test
    void ratingsFromTheRoomsVotes_carryNoDiscontinuedMark_butTheirTooltipsSayIt() {
        Project market = DefaultDataset.load();
        Project project = market.withBlindTest(new BlindTest(
                        "office", NINE, 7, List.of("sora-2", "kling-3.0"), List.of(new BlindTestPrompt("p1", "A cat"))))
                .withBattles(List.of(
                        new Battle("office", "kling-3.0", "sora-2", VoteOutcome.A, "p1", NINE.plusSeconds(5), 6),
                        new Battle("office", "kling-3.0", "sora-2", VoteOutcome.B, "p1", NINE.plusSeconds(50), 3)));
        project = project.withView(project.view().withVotes(VoteScope.blindTest("office")));
        MainViewModel window =
                new MainViewModel(new ProjectSession(project, null, () -> MainViewModelTest.TODAY), Texts.english());
        window.ratings().useSource(RatingSource.HEAD_TO_HEAD);
        var sora = window.ratingChart().bars().stream()
                .filter(bar -> bar.productId().equals("sora-2"))
                .findFirst()
                .orElseThrow();
        assertFalse(sora.label().contains("discontinued"), sora.label());
        assertTrue(sora.tooltip().contains("iscontinued"), sora.tooltip());

        window.ratings().useSource(RatingSource.PUBLISHED);
        var published = window.ratingChart().bars().stream()
                .filter(bar -> bar.productId().equals("sora-2"))
                .findFirst()
                .orElseThrow();
        assertEquals(true, published.label().contains("discontinued Sep 2026"), published.label());
    }
}
