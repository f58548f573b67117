package dev.reelrank.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reelrank.testing.TestProjects;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishedRatingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Leaderboard AA_TEXT = Leaderboard.ARTIFICIAL_ANALYSIS_TEXT_TO_VIDEO;

    @Test
    void boards_haveTheirFileWord_andKeepTextAndImageToVideoApart() {
        assertEquals("lmarena-image-to-video", Leaderboard.LMARENA_IMAGE_TO_VIDEO.id());
        assertEquals(Optional.of(AA_TEXT), Leaderboard.ofId("artificial-analysis-text-to-video"));
        assertEquals(Optional.empty(), Leaderboard.ofId("lmarena-video"));
        assertEquals(GenerationMode.IMAGE_TO_VIDEO, Leaderboard.ARTIFICIAL_ANALYSIS_IMAGE_TO_VIDEO.mode());
        assertEquals(GenerationMode.TEXT_TO_VIDEO, Leaderboard.LMARENA_TEXT_TO_VIDEO.mode());
    }

    @Test
    void aPlusMinusInterval_isKeptAsItsEnds() {
        var interval = PublishedInterval.plusMinus(new BigDecimal("1445"), new BigDecimal("15"));
        assertEquals(new PublishedInterval(new BigDecimal("1430"), new BigDecimal("1460")), interval);
    }

    @Test
    void anIntervalUpsideDown_orMissingItsScore_isRefused_namingTheField() {
        var upsideDown = assertThrows(
                InvalidValueException.class,
                () -> new PublishedInterval(new BigDecimal("1460"), new BigDecimal("1430")));
        assertEquals("low", upsideDown.field());
        var outside = assertThrows(
                InvalidValueException.class,
                () -> TestProjects.score(AA_TEXT, "2026-05-01", "1500", "1430", "1460", null));
        assertEquals("the score 1500 lies outside its interval 1430 to 1460", outside.getMessage());
        var negative = assertThrows(
                InvalidValueException.class, () -> TestProjects.score(AA_TEXT, "2026-05-01", "1200", null, null, -1L));
        assertEquals("votes", negative.field());
        var citation = assertThrows(InvalidValueException.class, () -> Citation.of(" ", null, null));
        assertEquals("source", citation.field());
    }

    @Test
    void aProduct_holdsOneRatingPerBoardAndDate_andShowsTheNewestUpToTheDay() {
        Product kling = TestProjects.publishedMarket().products().stream()
                .filter(p -> p.id().equals("kling-1.6"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                new BigDecimal("1150"),
                kling.publishedOn(AA_TEXT, TODAY).orElseThrow().score());
        assertEquals(
                new BigDecimal("1100"),
                kling.publishedOn(AA_TEXT, LocalDate.of(2026, 4, 30))
                        .orElseThrow()
                        .score());
        assertEquals(Optional.empty(), kling.publishedOn(AA_TEXT, LocalDate.of(2025, 5, 31)));

        var twice = assertThrows(
                InvalidValueException.class,
                () -> kling.toBuilder()
                        .published(List.of(
                                TestProjects.score(AA_TEXT, "2026-05-01", "1150", null, null, null),
                                TestProjects.score(AA_TEXT, "2026-05-01", "1160", null, null, null)))
                        .build());
        assertEquals("published", twice.field());
        assertEquals(
                "holds two ratings of the board artificial-analysis-text-to-video dated 2026-05-01; keep one",
                twice.getMessage());
    }

    @Test
    void theDefaultSource_isTheBoardRatingTheMostShownProducts() {
        Project project = TestProjects.publishedMarket();
        // AA text-to-video rates four shown products, LMArena text-to-video three, AA image-to-video two
        // (Kling 1.5's image-to-video score is dated after today).
        assertEquals(
                List.of(AA_TEXT, Leaderboard.LMARENA_TEXT_TO_VIDEO, Leaderboard.ARTIFICIAL_ANALYSIS_IMAGE_TO_VIDEO),
                RatingChoice.boardsWithRatings(project, TODAY));
        assertEquals(RatingChoice.published(AA_TEXT), RatingChoice.resolve(project, TODAY));
    }

    @Test
    void aSavedChoice_holdsWhileItApplies_andFallsBackLikeTheDefaultWhenItNoLongerDoes() {
        Project project = TestProjects.publishedMarket();
        ChartView lmarena =
                project.view().withRatingSource(RatingSource.PUBLISHED).withBoard(Leaderboard.LMARENA_TEXT_TO_VIDEO);
        assertEquals(
                RatingChoice.published(Leaderboard.LMARENA_TEXT_TO_VIDEO),
                RatingChoice.resolve(project.withView(lmarena), TODAY));
        assertEquals(
                RatingChoice.of(RatingSource.AGGREGATE_VOTES),
                RatingChoice.resolve(
                        project.withView(project.view().withRatingSource(RatingSource.AGGREGATE_VOTES)), TODAY));

        ChartView gone = lmarena.withBoard(Leaderboard.LMARENA_IMAGE_TO_VIDEO);
        assertEquals(RatingChoice.published(AA_TEXT), RatingChoice.resolve(project.withView(gone), TODAY));
        ChartView headToHead = project.view().withRatingSource(RatingSource.HEAD_TO_HEAD);
        assertEquals(
                RatingChoice.published(AA_TEXT),
                RatingChoice.resolve(project.withView(headToHead), TODAY),
                "no head-to-head votes: published scores come first");

        Project unpublished = TestProjects.market();
        assertEquals(
                RatingChoice.of(RatingSource.AGGREGATE_VOTES),
                RatingChoice.resolve(unpublished.withView(lmarena), TODAY));
        Project battles = unpublished.withPair("veo-2", "sora", 10, 5, 1, new Provenance("Test", TODAY));
        assertEquals(RatingChoice.of(RatingSource.HEAD_TO_HEAD), RatingChoice.resolve(battles, TODAY));
    }
}
