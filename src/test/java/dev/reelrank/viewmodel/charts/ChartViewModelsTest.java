package dev.reelrank.viewmodel.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.CostBasis;
import dev.reelrank.model.TrendMetric;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.MainViewModelTest;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.time.LocalDate;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The four charts' view models, on {@link TestProjects#market()}. */
class ChartViewModelsTest {
    private final ProjectSession session =
            new ProjectSession(TestProjects.market(), null, () -> MainViewModelTest.TODAY);
    private final MainViewModel viewModel = new MainViewModel(session, Texts.english());

    private static List<String> ids(List<ChartBar> bars) {
        return bars.stream().map(ChartBar::productId).toList();
    }

    @Test
    void anEdit_leavesTheChartsItDoesNotChangeUntouched_soTheyDoNotRepaint() {
        int[] ratingChanges = new int[1];
        int[] costChanges = new int[1];
        viewModel.ratingChart().bars().addListener((ListChangeListener<ChartBar>) c -> ratingChanges[0]++);
        viewModel.costChart().bars().addListener((ListChangeListener<ChartBar>) c -> costChanges[0]++);
        viewModel.products().row("kling-1.6").amount().commit("0.2");
        assertEquals(0, ratingChanges[0], "a price does not move a rating");
        assertEquals(1, costChanges[0], "but it moves the cost bar");
        viewModel.products().row("kling-1.6").wins().commit("700");
        assertEquals(1, ratingChanges[0], "a vote moves the rating bar");
        assertEquals(1, costChanges[0], "and leaves the cost chart alone");
    }

    @Test
    void costChart_showsTheShownProducts_cheapestFirst() {
        // CNY a minute: Kling 1.0 10.80, Kling 1.6 12.00, Kling 1.5 14.40, Sora 33.60, Veo 2 210.00
        assertEquals(
                List.of("kling-1.0", "kling-1.6", "kling-1.5", "sora", "veo-2"),
                ids(viewModel.costChart().bars()));
        ChartBar veo = viewModel.costChart().bars().getLast();
        assertEquals(210.0, veo.value(), 1e-9);
        assertEquals("210.00", veo.label());
        assertEquals("#0072B2", veo.color());
        assertTrue(
                veo.tooltip().contains("(API price)") && veo.tooltip().contains("Vertex AI price list (test fixture)"),
                veo.tooltip());
        assertEquals(
                "Cost per minute of generated video, CNY",
                viewModel.costChart().titleProperty().get());
        assertEquals(
                "CNY per minute of video",
                viewModel.costChart().axisLabelProperty().get());
    }

    @Test
    void costChart_perClip_dividesByTwelve() {
        viewModel.costChart().basisProperty().set(CostBasis.PER_FIVE_SECOND_CLIP);
        ChartBar veo = viewModel.costChart().bars().getLast();
        assertEquals(210.0 / 12, veo.value(), 1e-9);
        assertEquals(
                "CNY per 5-s clip", viewModel.costChart().axisLabelProperty().get());
    }

    @Test
    void costChart_reordersWhenAPriceChanges() {
        viewModel.products().row("kling-1.6").amount().commit("5");
        // 5 CNY a credit x 10 credits a 5-s clip = 10 CNY a second = 600 CNY a minute
        assertEquals(
                List.of("kling-1.0", "kling-1.5", "sora", "veo-2", "kling-1.6"),
                ids(viewModel.costChart().bars()));
        assertEquals(600.0, viewModel.costChart().bars().getLast().value(), 1e-9);
    }

    @Test
    void ratingChart_bestFirst_withIntervals_andSaysWhereRatingsComeFrom() {
        List<ChartBar> bars = viewModel.ratingChart().bars();
        // Ratings 1214.7, 1052.5, 1047.6, 982.6, 852.9 (see TestProjects.market)
        assertEquals(List.of("veo-2", "kling-1.5", "kling-1.6", "sora", "kling-1.0"), ids(bars));
        ChartBar veo = bars.getFirst();
        // 1500 wins, 400 losses, 100 ties
        assertEquals(1000 + 400 * Math.log10(1550.5 / 450.5), veo.value(), 1e-9);
        assertTrue(veo.low() < veo.value() && veo.value() < veo.high());
        assertTrue(viewModel.ratingChart().lowerBoundProperty().get()
                < bars.getLast().low());
        assertTrue(viewModel.ratingChart().upperBoundProperty().get() > veo.high());
        String note = viewModel.ratingChart().sourceNoteProperty().get();
        assertTrue(note.contains("aggregate votes") && note.contains("one pool") && note.contains("sample data"), note);
    }

    @Test
    void ratingChart_productWithoutVotes_isMarked_neverRatedAThousand() {
        viewModel.products().row("meta-movie-gen").setShown(true);
        ChartBar movieGen = viewModel.ratingChart().bars().getLast();
        assertEquals("meta-movie-gen", movieGen.productId());
        assertNull(movieGen.value());
        assertEquals("no votes", movieGen.label());
    }

    @Test
    void trendChart_linesUpEachFamilyByReleaseDate_andSwitchesToCost() {
        var trend = viewModel.trendChart();
        List<ChartPoint> kling =
                trend.points().stream().filter(p -> p.series().equals("Kling")).toList();
        assertEquals(
                List.of("kling-1.0", "kling-1.5", "kling-1.6"),
                kling.stream().map(ChartPoint::productId).toList());
        assertEquals(
                (double) LocalDate.of(2024, 12, 19).toEpochDay(),
                kling.getLast().x(),
                1e-9);
        assertEquals(
                viewModel.products().row("kling-1.6").ratingValueProperty().get(),
                kling.getLast().y(),
                1e-9);
        assertTrue(trend.noteProperty().get().contains("one pool of votes"));
        trend.metricProperty().set(TrendMetric.COST_PER_MINUTE);
        ChartPoint veo = trend.points().stream()
                .filter(p -> p.productId().equals("veo-2"))
                .findFirst()
                .orElseThrow();
        assertEquals(210.0, veo.y(), 1e-9);
        assertEquals("CNY per minute of video", trend.valueAxisLabelProperty().get());
        assertEquals("#D55E00", trend.familyColours().get("Kling"), "a family line takes its newest product's colour");
    }

    @Test
    void valueChart_findsTheParetoFrontier_andFollowsEdits() {
        var value = viewModel.valueChart();
        // (CNY a minute, rating): Kling 1.0 (10.80, 852.9), Kling 1.6 (12.00, 1047.6), Kling 1.5 (14.40, 1052.5),
        // Sora (33.60, 982.6), Veo 2 (210.00, 1214.7): only Sora has a cheaper, better-rated rival.
        assertEquals(List.of("kling-1.0", "kling-1.6", "kling-1.5", "veo-2"), value.frontier());
        viewModel.products().row("kling-1.6").amount().commit("0.05");
        // Kling 1.6 at 6.00 CNY a minute is now cheaper than Kling 1.0 and better rated.
        assertEquals(List.of("kling-1.6", "kling-1.5", "veo-2"), value.frontier());
        assertTrue(value.costAxisLabelProperty().get().contains("log scale"));
        value.logCostProperty().set(false);
        assertEquals(
                "Cost per minute of video, CNY", value.costAxisLabelProperty().get());
    }

    @Test
    void valueChart_leavesOutProductsWithoutACostOrARating_andSaysSo() {
        viewModel.products().row("meta-movie-gen").setShown(true);
        viewModel.products().row("pika-1.5").setShown(true);
        var value = viewModel.valueChart();
        assertTrue(value.points().stream().noneMatch(p -> p.productId().equals("meta-movie-gen")));
        assertTrue(
                value.noteProperty().get().contains("Meta Movie Gen (no price to compare)"),
                value.noteProperty().get());
        assertTrue(value.noteProperty().get().contains("Pika 1.5 (no price to compare)"));
    }

    @Test
    void paretoFrontier_dropsDominatedPoints_andKeepsTies() {
        List<ChartPoint> points = List.of(
                point("a", 10, 1000),
                point("b", 10, 1050),
                point("c", 20, 1040),
                point("d", 30, 1100),
                point("e", 40, 1100));
        assertEquals(List.of("b", "d"), ValueChartViewModel.paretoFrontier(points));
    }

    private static ChartPoint point(String id, double cost, double rating) {
        return new ChartPoint(id, id, "#000000", null, cost, rating, null, null, "");
    }
}
