package dev.reelrank.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.PriceOption;
import dev.reelrank.model.PriceStatus;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.testing.TestProjects;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The KPI tiles, on {@link TestProjects#market()}. */
class KpiViewModelTest {
    private final ProjectSession session = new ProjectSession(TestProjects.market(), null, () -> MainViewModelTest.TODAY);
    private final MainViewModel viewModel = new MainViewModel(session, Texts.english());
    private final KpiViewModel kpis = viewModel.kpis();

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
    void topRating_namesItsIntervalAndSource() {
        KpiTile tile = kpis.topRatingProperty().get();
        assertEquals(1000 + 400 * Math.log10(1550.5 / 450.5), tile.value(), 1e-9); // 1214.7
        assertEquals(0, tile.decimals());
        assertTrue(tile.description().startsWith("Veo 2  (1,"), tile.description());
        assertEquals("Aggregate votes \u00b7 sample data", tile.basis());
    }

    @Test
    void bestValue_isTheCheapestProductRatedLevelWithTheTop() {
        assertEquals("Veo 2  1,215", kpis.bestValueProperty().get().description());
        // Kling 1.5 gets Veo 2's votes (1,500 / 400 / 100), so the same rating at 14.40 CNY a minute.
        viewModel.products().row("kling-1.5").wins().commit("1,500");
        viewModel.products().row("kling-1.5").losses().commit("400");
        assertEquals("Kling 1.5  1,215", kpis.bestValueProperty().get().description());
        assertEquals(14.4, kpis.bestValueProperty().get().value(), 1e-9);
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
        // Vendor prices a minute: 12.00 / 210.00 and 12.00 / 33.60; estimates a clip: 0.83 / 4.15 and 0.83 / 3.32
        assertEquals("Vendor prices: 5.7% of Veo 2, 35.7% of Sora\nEstimates: 20.0% of Veo 2, 25.0% of Sora",
                tile.description());
        // Unlike kinds side by side: each side's kind and month are named.
        assertTrue(tile.basis().startsWith("Credits, Jan 2025 vs API, pay as you go, Feb 2025 / Subscription plan, "),
                tile.basis());
        assertTrue(tile.basis().contains("GF estimate vs GF relative estimate"), tile.basis());
        viewModel.details().select("kling-1.6");
        viewModel.details().compare("gf-estimate");
        assertEquals(tile.description(), kpis.ratioProperty().get().description(),
                "switching Kling's compared option does not mix kinds: each kind is still compared with its own");
    }

    @Test
    void costRatio_leavesOutADerivedFigure_whichWouldOnlyReturnTheRatioItWasMadeWith() {
        Project project = TestProjects.market();
        for (String id : List.of("veo-2", "sora")) {
            Product product = project.product(id).orElseThrow();
            PriceOption estimate = product.prices().stream().filter(o -> o.id().equals("gf-relative-estimate"))
                    .findFirst().orElseThrow();
            PriceOption derived = new PriceOption(estimate.id(), estimate.label(), PriceStatus.DERIVED, estimate.price(),
                    estimate.kind(), null, estimate.provenance(), estimate.terms().withEstimate("GF", "4 x 0.83 CNY"),
                    estimate.note(), null);
            project = project.withProduct(product.withPrices(
                    product.prices().stream().map(o -> o == estimate ? derived : o).toList(), product.comparedPrice()));
        }
        MainViewModel window = new MainViewModel(new ProjectSession(project, null), Texts.english());
        assertEquals("Vendor prices: 5.7% of Veo 2, 35.7% of Sora", window.kpis().ratioProperty().get().description());
    }
}
