package dev.reelrank.viewmodel.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.CostComparison;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.PriceStatus;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.MainViewModelTest;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The KPI tiles, on {@link TestProjects#market()} unless a test builds its own project. */
class KpiViewModelTest {
    private final ProjectSession session =
            new ProjectSession(TestProjects.market(), null, () -> MainViewModelTest.TODAY);
    private final MainViewModel viewModel = new MainViewModel(session, Texts.english());
    private final KpiViewModel kpis = viewModel.kpis();

    private static KpiViewModel tilesOf(Project project, Texts texts) {
        return new MainViewModel(new ProjectSession(project, null, () -> MainViewModelTest.TODAY), texts).kpis();
    }

    @Test
    void cheapest_isThePerMinuteCostOfTheCheapestShownProduct_withItsBasis() {
        KpiTile tile = kpis.cheapestProperty().get();
        // 0.09 CNY a credit x 10 credits a 5-s clip = 0.18 CNY a second = 10.80 CNY a minute
        assertEquals(10.8, tile.value(), 1e-9);
        assertEquals(2, tile.decimals());
        assertEquals("CNY / min", tile.unit());
        assertEquals("Kling 1.0", tile.description());
        assertEquals("Credits \u00b7 Standard mode", tile.basis());
        viewModel.products().row("kling-1.6").amount().commit("0.05");
        assertEquals(6.0, kpis.cheapestProperty().get().value(), 1e-9); // 0.05 x 10 / 5 x 60
        assertEquals("Kling 1.6", kpis.cheapestProperty().get().description());
    }

    @Test
    void cheapest_namesEveryProductThatTies_sharingTheFamilyName() {
        // 0.1 CNY a credit x 10 credits a 5-s clip = 12.00 CNY a minute, three times; the last is dearer.
        KpiViewModel tiles = tilesOf(
                TestProjects.named("Three-way tie")
                        .perCredit("kling-1.0", "Kling 1.0", "Kling", "0.1", "CNY", 10, 5, 400, 1000, 100)
                        .perCredit("kling-1.5", "Kling 1.5", "Kling", "0.1", "CNY", 10, 5, 1100, 800, 100)
                        .perClip("kling-1.6", "Kling 1.6", "Kling", "1", "CNY", 5, 600, 450, 50)
                        .perSecond("veo-2", "Veo 2", "Veo", "0.5", "USD", 1500, 400, 100)
                        .build(),
                Texts.english());
        KpiTile tile = tiles.cheapestProperty().get();
        assertEquals("Kling 1.0, 1.5, 1.6 \u2014 tied", tile.description());
        assertEquals(
                "Tied at 12.00 CNY / min: Kling 1.0, Kling 1.5, Kling 1.6, named in the table's order.", tile.detail());
        assertEquals(12.0, tile.value(), 1e-9);
        assertEquals(
                "Credits \u00b7 List price / API price \u00b7 List price",
                tile.basis(),
                "each basis of the tied products once: two priced by credits, one per clip");

        KpiViewModel chinese = tilesOf(
                TestProjects.named("Three-way tie")
                        .perCredit("kling-1.0", "Kling 1.0", "Kling", "0.1", "CNY", 10, 5, 400, 1000, 100)
                        .chineseName("可灵 1.0")
                        .perCredit("kling-1.5", "Kling 1.5", "Kling", "0.1", "CNY", 10, 5, 1100, 800, 100)
                        .chineseName("可灵 1.5")
                        .build(),
                new Texts(Locale.SIMPLIFIED_CHINESE));
        assertEquals("可灵 1.0、1.5——并列", chinese.cheapestProperty().get().description());
    }

    @Test
    void cheapest_tiesOfOtherFamilies_keepWholeNames_andLongListsAreCapped() {
        KpiViewModel twoFamilies = tilesOf(
                TestProjects.named("Two families")
                        .perClip("alpha", "Alpha 1", "Alpha", "1", "CNY", 5, 500, 500, 0)
                        .perClip("beta", "Alpha 2", "Beta", "1", "CNY", 5, 500, 400, 0)
                        .build(),
                Texts.english());
        assertEquals(
                "Alpha 1, Alpha 2 \u2014 tied",
                twoFamilies.cheapestProperty().get().description(),
                "the same first word but not the same family: the names stay whole");

        TestProjects five = TestProjects.named("Five-way tie");
        for (int i = 1; i <= 5; i++) {
            five.perClip("gen-" + i, "Gen " + i, "Gen", "2", "CNY", 5, 100L * i, 300, 0);
        }
        KpiTile capped =
                tilesOf(five.build(), Texts.english()).cheapestProperty().get();
        assertEquals("Gen 1, 2, 3 and 2 more \u2014 tied", capped.description());
        assertTrue(capped.detail().contains("Gen 1, Gen 2, Gen 3, Gen 4, Gen 5"), "the tooltip names them all");
        assertTrue(
                capped.detail()
                        .endsWith(
                                "They are priced by the same figure (2 CNY per 5-s clip, as of Jan 15, 2025)"
                                        + " from the same source, so the tie comes from that one figure, not from separate prices."),
                capped.detail());
    }

    @Test
    void costsEqualBarTheConversionsNoise_tie() {
        // 20 USD / 3 clips of 5 s at 7.0 CNY = 560 CNY a minute, to 16 digits 559.99999999999998...;
        // 560 CNY a minute as typed.
        KpiViewModel tiles = tilesOf(
                TestProjects.named("Noise")
                        .monthlyPlan("plan", "Plan A", "Plan", "20", "USD", 3, 5, 500, 500, 0)
                        .perMinute("flat", "Flat B", "Flat", "560", "CNY", 500, 400, 0)
                        .build(),
                Texts.english());
        assertEquals(
                "Plan A, Flat B \u2014 tied", tiles.cheapestProperty().get().description());
    }

    @Test
    void topRating_namesItsIntervalAndSource() {
        KpiTile tile = kpis.topRatingProperty().get();
        assertEquals(1000 + 400 * Math.log10(1550.5 / 450.5), tile.value(), 1e-9); // 1214.7
        assertEquals(0, tile.decimals());
        assertTrue(tile.description().startsWith("Veo 2  (1,"), tile.description());
        assertEquals("Aggregate votes \u00b7 sample data", tile.basis());
    }

    @Test
    void topRating_namesBothProducts_whenTheyAreRatedExactlyTheSame() {
        viewModel.products().row("kling-1.5").wins().commit("1,500");
        viewModel.products().row("kling-1.5").losses().commit("400");
        assertEquals(
                "Kling 1.5, Veo 2 \u2014 tied",
                kpis.topRatingProperty().get().description(),
                "table order; different families, so whole names");
        assertEquals(
                "Aggregate votes \u00b7 sample data",
                kpis.topRatingProperty().get().basis());
        assertEquals(
                "Tied at 1,215: Kling 1.5, Veo 2, named in the table's order.",
                kpis.topRatingProperty().get().detail());
    }

    @Test
    void topRating_namesBothProducts_whenTheirRatingsReadTheSame() {
        // Kling 1.5 (with its 100 ties): 1,214.8 against Veo 2's 1,214.7; the tile shows both as 1,215.
        viewModel.products().row("kling-1.5").wins().commit("1,501");
        viewModel.products().row("kling-1.5").losses().commit("400");
        assertEquals(
                "Kling 1.5, Veo 2 \u2014 tied", kpis.topRatingProperty().get().description());
        assertEquals(
                "Tied at 1,215: Kling 1.5, Veo 2, named in the table's order.",
                kpis.topRatingProperty().get().detail());
    }

    @Test
    void bestValue_isTheFrontierProductWithTheMostWinOddsPerYuan_notTheCheapestNorTheTop() {
        // (CNY a minute, rating): Kling 1.0 (10.80, 852.9), Kling 1.6 (12.00, 1047.6), Kling 1.5 (14.40, 1052.5),
        // Veo 2 (210.00, 1214.7) on the frontier; rating - 400 log10(cost): 439.5, 615.9, 589.1, 285.8.
        KpiTile tile = kpis.bestValueProperty().get();
        assertEquals("Best value", tile.title());
        assertEquals(12.0, tile.value(), 1e-9);
        assertEquals("CNY / min", tile.unit());
        assertEquals("Kling 1.6, close: Kling 1.5", tile.description());
        assertTrue(tile.detail().contains("rating \u2212 400 \u00d7 log10(cost per minute)"), tile.detail());
        // Veo 2 at a tenth of its price (21.00 CNY a minute) gains 167 points over Kling 1.6 for 1.75 times the cost.
        viewModel.products().row("veo-2").amount().commit("0.05");
        assertEquals("Veo 2  1,215", kpis.bestValueProperty().get().description());
        assertEquals(21.0, kpis.bestValueProperty().get().value(), 1e-9);
    }

    @Test
    void bestValue_namesTheRunnerUp_whenTheVotesCannotTellThemApart() {
        // Kling 1.6's value interval (595.8 to 636.7) overlaps Kling 1.5's (573.9 to 604.3).
        assertEquals(
                "Kling 1.6, close: Kling 1.5", kpis.bestValueProperty().get().description());
        assertTrue(
                kpis.bestValueProperty().get().detail().contains("Close: Kling 1.5, rated 1,052 at 14.40 CNY / min"),
                kpis.bestValueProperty().get().detail());
        // At 0.2 CNY a credit Kling 1.5 costs 24.00 CNY a minute: its interval (500.4 ± 15) is far below.
        viewModel.products().row("kling-1.5").amount().commit("0.2");
        KpiTile tile = kpis.bestValueProperty().get();
        assertEquals("Kling 1.6  1,048", tile.description());
        assertTrue(
                tile.detail().contains("Next on the frontier: Kling 1.5, rated 1,052 at 24.00 CNY / min; not close"),
                tile.detail());
    }

    @Test
    void bestValue_isLabelledSampleData_onlyWhenTheRatingsAre() {
        assertEquals(
                "Most win odds per CNY \u00b7 sample data",
                kpis.bestValueProperty().get().basis());
        KpiViewModel published = tilesOf(
                TestProjects.named("Published votes")
                        .perSecond("alpha", "Alpha 1", "Alpha", "0.50", "USD", 2000, 2500, 500)
                        .perSecond("beta", "Beta 2", "Beta", "0.05", "USD", 2500, 1000, 500)
                        .build(),
                Texts.english());
        assertEquals(
                "Most win odds per CNY", published.bestValueProperty().get().basis());
        assertEquals("Beta 2  1,137", published.bestValueProperty().get().description());
        assertEquals(
                "每 CNY 胜算最高 \u00b7 示例数据",
                tilesOf(TestProjects.market(), new Texts(Locale.SIMPLIFIED_CHINESE))
                        .bestValueProperty()
                        .get()
                        .basis());
    }

    @Test
    void votes_areCounted_andMarkedSample() {
        KpiTile tile = kpis.votesProperty().get();
        // The shown products: 1,500 + 2,000 + 1,100 + 2,000 + 2,000 (the hidden ones do not count)
        assertEquals(8600, tile.value(), 0);
        assertEquals("Sample data, not published counts", tile.basis());
    }

    @Test
    void costRatio_comparesOnlyPricesOfTheSameKind_andNamesThem() {
        KpiTile tile = kpis.ratioProperty().get();
        assertEquals("Kling 1.6 vs Veo 2 / Sora, per minute", tile.title());
        // Prices charged a minute: 12.00 / 210.00 and 12.00 / 33.60; estimates a clip: 0.83 / 4.15 and 0.83 / 3.32
        assertEquals(
                "Prices charged: 5.7% of Veo 2, 35.7% of Sora\nEstimates: 20.0% of Veo 2, 25.0% of Sora",
                tile.description());
        // Unlike kinds side by side: each side's kind and month are named.
        assertTrue(tile.basis().startsWith("Credits, Jan 2025 vs API price, Feb 2025 / Plan, "), tile.basis());
        assertTrue(tile.basis().contains("GF estimate vs GF relative estimate"), tile.basis());
        viewModel.details().select("kling-1.6");
        viewModel.details().compare("gf-estimate");
        assertEquals(
                tile.description(),
                kpis.ratioProperty().get().description(),
                "switching Kling's compared option does not mix kinds: each kind is still compared with its own");
    }

    @Test
    void costRatio_comparesTheProductsTheProjectNames_asAnUndoableEdit() {
        assertEquals(CostComparison.DEFAULT, kpis.comparison());
        assertNull(kpis.compareCosts("sora", List.of("kling-1.0", "sora", "veo-2")), "the reference is left out");
        assertEquals(
                new CostComparison("sora", List.of("kling-1.0", "veo-2")),
                session.project().costComparison());
        KpiTile tile = kpis.ratioProperty().get();
        assertEquals("Sora vs Kling 1.0 / Veo 2, per minute", tile.title());
        // 33.60 / 10.80 and 33.60 / 210.00; estimates: Kling 1.0 has none, 3.32 / 4.15
        assertEquals(
                "Prices charged: 311.1% of Kling 1.0, 16.0% of Veo 2\nEstimates: 80.0% of Veo 2", tile.description());
        assertTrue(session.isDirty());
        assertEquals(
                "compare the cost of Sora with others",
                session.undoDescriptionProperty().get());
        viewModel.undo();
        assertEquals(CostComparison.DEFAULT, session.project().costComparison());
        assertEquals(
                "Kling 1.6 vs Veo 2 / Sora, per minute",
                kpis.ratioProperty().get().title());
    }

    @Test
    void costRatio_refusesAComparisonWithNothing_andSaysWhy() {
        assertEquals(
                "Compared with: must name at least one product to compare with",
                kpis.compareCosts("kling-1.6", List.of("kling-1.6")));
        assertEquals(CostComparison.DEFAULT, session.project().costComparison());
        assertFalse(session.isDirty());
    }

    @Test
    void costRatio_saysInOneLine_whichConfiguredProductIsGone() {
        viewModel.products().delete("sora");
        KpiTile withoutSora = kpis.ratioProperty().get();
        assertEquals("sora", session.project().costComparison().against().get(1), "the setting keeps naming it");
        assertEquals("Kling 1.6 vs Veo 2 / sora, per minute", withoutSora.title());
        assertEquals("Prices charged: 5.7% of Veo 2\nEstimates: 20.0% of Veo 2", withoutSora.description());
        assertTrue(withoutSora.basis().startsWith("Not in the project: sora \u00b7 "), withoutSora.basis());

        viewModel.products().delete("kling-1.6");
        KpiTile withoutKling = kpis.ratioProperty().get();
        assertEquals("Not in the project: kling-1.6 / sora", withoutKling.description());
        assertFalse(withoutKling.description().contains("\n"));
        assertEquals("View \u2192 Cost comparison\u2026 chooses the products", withoutKling.basis());
        assertEquals(
                List.of("kling-1.6 (not in the project)", "sora (not in the project)"),
                kpis.comparisonChoices().stream()
                        .filter(KpiViewModel.ComparisonChoice::missing)
                        .map(KpiViewModel.ComparisonChoice::name)
                        .toList());
        viewModel.undo();
        viewModel.undo();
        assertEquals(
                "Kling 1.6 vs Veo 2 / Sora, per minute",
                kpis.ratioProperty().get().title());
    }

    @Test
    void wordPrefix_endsAtAWordAndLeavesEveryNameSomething() {
        assertEquals("Kling ", KpiViewModel.wordPrefix(List.of("Kling 1.0", "Kling 1.5", "Kling 1.6")));
        assertEquals("可灵 ", KpiViewModel.wordPrefix(List.of("可灵 1.0", "可灵 1.6")));
        assertEquals("Runway Gen-3 ", KpiViewModel.wordPrefix(List.of("Runway Gen-3 Alpha", "Runway Gen-3 Turbo")));
        assertEquals("", KpiViewModel.wordPrefix(List.of("Kling", "Kling 1.6")), "Kling alone would be left empty");
        assertEquals("", KpiViewModel.wordPrefix(List.of("Veo 2", "Vidu 2")));
    }

    @Test
    void costRatio_leavesOutADerivedFigure_whichWouldOnlyReturnTheRatioItWasMadeWith() {
        Project project = TestProjects.market();
        for (String id : List.of("veo-2", "sora")) {
            Product product = project.product(id).orElseThrow();
            PriceOption estimate = product.prices().stream()
                    .filter(o -> o.id().equals("gf-relative-estimate"))
                    .findFirst()
                    .orElseThrow();
            PriceOption derived = new PriceOption(
                    estimate.id(),
                    estimate.label(),
                    PriceStatus.DERIVED,
                    estimate.price(),
                    estimate.kind(),
                    null,
                    estimate.provenance(),
                    estimate.terms().withEstimate("GF", "4 x 0.83 CNY"),
                    estimate.note(),
                    null);
            project = project.withProduct(product.withPrices(
                    product.prices().stream()
                            .map(o -> o.equals(estimate) ? derived : o)
                            .toList(),
                    product.comparedPrice()));
        }
        MainViewModel window = new MainViewModel(new ProjectSession(project, null), Texts.english());
        assertEquals(
                "Prices charged: 5.7% of Veo 2, 35.7% of Sora",
                window.kpis().ratioProperty().get().description());
    }
}
