package dev.reelrank.viewmodel.headtohead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.Provenance;
import dev.reelrank.model.RatingSource;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.MainViewModelTest;
import dev.reelrank.viewmodel.charts.ChartBar;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.EditableField;
import dev.reelrank.viewmodel.text.Texts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The head-to-head grid and heatmaps, on {@link TestProjects#market()} (no head-to-head votes at first). */
class HeadToHeadViewModelTest {
    private final ProjectSession session =
            new ProjectSession(TestProjects.market(), null, () -> MainViewModelTest.TODAY);
    private final MainViewModel viewModel = new MainViewModel(session, Texts.english());
    private final HeadToHeadViewModel grid = viewModel.headToHead();

    private ChartBar ratingBar(String id) {
        return viewModel.ratingChart().bars().stream()
                .filter(b -> b.productId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void grid_listsTheProductsShownInTheCharts_withReadOnlyDiagonal() {
        // The shown products, in table order (Runway, Pika and Movie Gen are hidden)
        assertEquals(
                List.of("kling-1.0", "kling-1.5", "kling-1.6", "veo-2", "sora"),
                grid.rows().stream().map(HeadToHeadRowViewModel::id).toList());
        EditableField self = grid.row("veo-2").cell("veo-2");
        assertFalse(self.isEditable());
        assertFalse(self.commit("3"), "a product's cell against itself takes no votes");
        assertEquals(
                "A product does not meet itself; this cell cannot be edited.",
                self.errorProperty().get());
        assertEquals("0", grid.row("veo-2").cell("sora").getText());
    }

    @Test
    void firstHeadToHeadVotes_makeThemTheRatingSource_andEditsMoveTheRatings() {
        assertEquals(
                RatingSource.AGGREGATE_VOTES,
                viewModel.ratings().sourceProperty().get());
        assertTrue(grid.row("veo-2").cell("kling-1.5").commit("30"));
        assertTrue(grid.row("kling-1.5").cell("veo-2").commit("20"));
        assertEquals(
                RatingSource.HEAD_TO_HEAD, viewModel.ratings().sourceProperty().get());
        double gap = ratingBar("veo-2").value() - ratingBar("kling-1.5").value();
        assertEquals(400 * Math.log10(30.0 / 20), gap, 1e-6);
        assertEquals("no votes", ratingBar("sora").label());
        assertTrue(viewModel.ratingChart().sourceNoteProperty().get().startsWith("Ratings from head-to-head votes"));
        assertTrue(grid.row("kling-1.5").cell("veo-2").commit("40"));
        assertTrue(ratingBar("kling-1.5").value() > ratingBar("veo-2").value());
        assertEquals("40", grid.row("kling-1.5").cell("veo-2").getText());
    }

    @Test
    void tiesMode_editsThePairsTies_andBadTextLeavesTheModel() {
        grid.modeProperty().set(HeadToHeadMode.TIES);
        assertTrue(grid.row("sora").cell("veo-2").commit("7"));
        assertEquals("7", grid.row("veo-2").cell("sora").getText(), "ties are the pair's, either way round");
        assertEquals(7, session.project().pair("sora", "veo-2").ties());
        var before = session.project();
        assertFalse(grid.row("sora").cell("veo-2").commit("-1"));
        assertFalse(grid.row("sora").cell("veo-2").commit("many"));
        assertEquals(before, session.project());
        viewModel.undo();
        assertEquals(0, session.project().pair("sora", "veo-2").ties());
    }

    @Test
    void heatmaps_showObservedAndPredictedWinRates_andCounts() {
        grid.row("veo-2").cell("sora").commit("30");
        grid.row("sora").cell("veo-2").commit("10");
        HeatCell veoOverSora = cell(3, 4);
        assertEquals("75 %", veoOverSora.text());
        assertEquals(0.5, veoOverSora.shade(), 1e-9);
        assertNull(cell(0, 1).shade(), "no votes, no colour");
        grid.heatmapProperty().set(HeatmapKind.PREDICTED);
        assertEquals("75 %", cell(3, 4).text(), "two products: the fit reproduces the observed share");
        grid.heatmapProperty().set(HeatmapKind.BATTLES);
        assertEquals("40", cell(3, 4).text());
        assertEquals(1.0, cell(4, 3).shade(), 1e-9);
    }

    @Test
    void switchingBackToAggregateVotes_isKeptForTheWindow() {
        grid.row("veo-2").cell("sora").commit("30");
        grid.row("sora").cell("veo-2").commit("10");
        viewModel.ratings().useSource(RatingSource.AGGREGATE_VOTES);
        // Veo 2's aggregate votes: 1500 wins, 400 losses, 100 ties
        assertEquals(1000 + 400 * Math.log10(1550.5 / 450.5), ratingBar("veo-2").value(), 1e-9);
        grid.row("sora").cell("veo-2").commit("12");
        assertEquals(
                RatingSource.AGGREGATE_VOTES,
                viewModel.ratings().sourceProperty().get());
    }

    private HeatCell cell(int row, int column) {
        return grid.heatCells().stream()
                .filter(c -> c.row() == row && c.column() == column)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aProjectWithoutBattles_saysSo_andHowToAddSome_untilItHasOne() {
        grid.activeProperty().set(true);
        session.apply("no battles", p -> p.withHeadToHead(List.of()));
        assertTrue(
                grid.heatmapNoteProperty()
                        .get()
                        .startsWith("No head-to-head votes in this project yet: type counts "
                                + "into the grid, or bring in a battle file with File \u2192 Import Battles\u2026"),
                grid.heatmapNoteProperty().get());
        session.apply(
                "one battle",
                p -> p.withPair("veo-2", "sora", 1, 0, 0, new Provenance("test", MainViewModelTest.TODAY)));
        assertFalse(
                grid.heatmapNoteProperty().get().contains("No head-to-head votes"),
                grid.heatmapNoteProperty().get());
    }
}
