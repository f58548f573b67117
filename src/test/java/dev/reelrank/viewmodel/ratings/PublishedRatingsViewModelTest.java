package dev.reelrank.viewmodel.ratings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.Leaderboard;
import dev.reelrank.model.RatingSource;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.MainViewModelTest;
import dev.reelrank.viewmodel.charts.ChartBar;
import dev.reelrank.viewmodel.kpi.KpiTile;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Published leaderboard scores as the ratings of the window: one board at a time, and said so. */
class PublishedRatingsViewModelTest {
    private final ProjectSession session =
            new ProjectSession(TestProjects.publishedMarket(), null, () -> MainViewModelTest.TODAY);
    private final MainViewModel viewModel = new MainViewModel(session, Texts.english());

    private Map<String, Double> values() {
        return viewModel.ratings().snapshot().ratings().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().value()));
    }

    @Test
    void byDefault_theBoardRatingTheMostShownProducts_withItsNewestScores() {
        RatingSnapshot snapshot = viewModel.ratings().snapshot();
        assertEquals(RatingSource.PUBLISHED, snapshot.source());
        assertEquals(
                Leaderboard.ARTIFICIAL_ANALYSIS_TEXT_TO_VIDEO, snapshot.board().orElseThrow());
        assertEquals(
                Map.of(
                        "veo-2",
                        1180.0,
                        "kling-1.6",
                        1150.0,
                        "kling-1.5",
                        1120.0,
                        "sora",
                        1090.0,
                        "runway-gen-3-alpha",
                        1010.0),
                values());
        assertFalse(snapshot.hasInterval("veo-2"), "Artificial Analysis published no interval");
        assertTrue(snapshot.votesOf("veo-2").isEmpty(), "nor a vote count");
        assertEquals(
                List.of(
                        "Scores as Artificial Analysis text-to-video published them on May 1, 2026.",
                        "Scores are on Artificial Analysis text-to-video's own scale and compare only with other scores of "
                                + "that board.",
                        "No interval is published for Kling 1.5, Kling 1.6, Veo 2, Sora.",
                        "Not on this board: Kling 1.0."),
                snapshot.notes());
        assertEquals(
                List.of(
                        Leaderboard.ARTIFICIAL_ANALYSIS_TEXT_TO_VIDEO,
                        Leaderboard.LMARENA_TEXT_TO_VIDEO,
                        Leaderboard.ARTIFICIAL_ANALYSIS_IMAGE_TO_VIDEO),
                viewModel.ratings().boards());
    }

    @Test
    void anotherBoard_replacesEveryScore_neverMixingBoards() {
        viewModel.ratings().useBoard(Leaderboard.ARTIFICIAL_ANALYSIS_IMAGE_TO_VIDEO);
        RatingSnapshot snapshot = viewModel.ratings().snapshot();
        assertEquals(
                Leaderboard.ARTIFICIAL_ANALYSIS_IMAGE_TO_VIDEO, snapshot.board().orElseThrow());
        // Kling 1.5's image-to-video score is dated after today; no text-to-video score fills in.
        assertEquals(Map.of("veo-2", 1050.0, "kling-1.6", 1200.0), values());
        assertTrue(
                snapshot.notes().getLast().startsWith("Not on this board: Kling 1.0, Kling 1.5, Sora"),
                snapshot.notes().getLast());
        assertEquals(
                Leaderboard.ARTIFICIAL_ANALYSIS_IMAGE_TO_VIDEO,
                session.project().view().board(),
                "the board is saved with the project");
        assertEquals(RatingSource.PUBLISHED, session.project().view().ratingSource());
    }

    @Test
    void aBoardWithIntervalsAndVotes_givesThemToTheChartAndTheTiles() {
        viewModel.ratings().useBoard(Leaderboard.LMARENA_TEXT_TO_VIDEO);
        RatingSnapshot snapshot = viewModel.ratings().snapshot();
        assertTrue(snapshot.hasInterval("veo-2"));
        assertEquals(1235.0, snapshot.of("veo-2").orElseThrow().low());
        assertEquals(14_889L, snapshot.votesOf("veo-2").getAsLong());

        ChartBar top = viewModel.ratingChart().bars().getFirst();
        assertEquals("veo-2", top.productId());
        assertEquals(1235.0, top.low());
        assertEquals(1265.0, top.high());
        assertEquals(
                "Veo 2: 1,250 (1,235\u20131,265)\nLMArena text-to-video, as published on May 12, 2026, from "
                        + "14,889 votes.\nSource: Board page (test fixture) \u2013 https://example.org/board",
                top.tooltip().lines().limit(3).collect(Collectors.joining("\n")));
        assertEquals(
                "Published rating: LMArena text-to-video",
                viewModel.ratingChart().titleProperty().get());

        KpiTile topRating = viewModel.kpis().topRatingProperty().get();
        assertEquals(1250.0, topRating.value());
        assertEquals("Veo 2  (1,235\u20131,265)", topRating.description());
        // The fixture's second score's interval overlaps Veo 2's, so the chart ranks both #1, and the tile says so.
        assertEquals(
                2,
                viewModel.ratingChart().bars().stream()
                        .filter(bar -> bar.label().contains("#1"))
                        .count());
        assertEquals("LMArena text-to-video \u00b7 2 share rank 1", topRating.basis(), "the tile names the board");
        assertEquals(
                14_889.0 + 5_000 + 9_000, viewModel.kpis().votesProperty().get().value());
    }

    @Test
    void scoresWithoutAnInterval_areDrawnAsPointsAlone() {
        ChartBar top = viewModel.ratingChart().bars().getFirst();
        assertEquals("veo-2", top.productId());
        assertEquals(null, top.low());
        assertEquals(null, top.high());
        assertEquals("Veo 2", viewModel.kpis().topRatingProperty().get().description());
        assertEquals(
                "Artificial Analysis text-to-video",
                viewModel.kpis().topRatingProperty().get().basis());
        assertTrue(
                viewModel.valueChart().noteProperty().get().contains("Artificial Analysis text-to-video"),
                viewModel.valueChart().noteProperty().get());
    }

    @Test
    void switchingToVotes_andBack_keepsTheBoard() {
        viewModel.ratings().useBoard(Leaderboard.LMARENA_TEXT_TO_VIDEO);
        viewModel.ratings().useSource(RatingSource.AGGREGATE_VOTES);
        assertEquals(
                RatingSource.AGGREGATE_VOTES, viewModel.ratings().snapshot().source());
        assertTrue(viewModel.ratings().snapshot().board().isEmpty());
        viewModel.ratings().useSource(RatingSource.PUBLISHED);
        assertEquals(
                Leaderboard.LMARENA_TEXT_TO_VIDEO,
                viewModel.ratings().snapshot().board().orElseThrow());
    }

    @Test
    void aProjectWithoutPublishedScores_keepsItsVotes() {
        var plain = new MainViewModel(
                new ProjectSession(TestProjects.market(), null, () -> MainViewModelTest.TODAY), Texts.english());
        assertEquals(RatingSource.AGGREGATE_VOTES, plain.ratings().snapshot().source());
        assertEquals(List.of(), plain.ratings().boards());
    }

    @Test
    void aggregateVotes_areOfferedOnlyWhenSomeProductHasATally_orNothingElseRates() {
        assertTrue(viewModel.ratings().aggregateAvailableProperty().get(), "the test market carries sample tallies");
        session.apply(
                "drop tallies",
                p -> p.withProducts(p.products().stream()
                        .map(product -> product.toBuilder().votes(null).build())
                        .toList()));
        assertFalse(
                viewModel.ratings().aggregateAvailableProperty().get(),
                "published scores and no tallies: 'Aggregate votes' would show only 'no votes'");
        session.apply(
                "drop scores",
                p -> p.withProducts(p.products().stream()
                        .map(product -> product.toBuilder().published(List.of()).build())
                        .toList()));
        assertTrue(viewModel.ratings().aggregateAvailableProperty().get(), "nothing rates: the source of last resort");
    }
}
