package dev.reelrank.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.io.DefaultDataset;
import org.junit.jupiter.api.Test;

class KpiViewModelTest {
    private final ProjectSession session = new ProjectSession(DefaultDataset.load(), null, () -> MainViewModelTest.TODAY);
    private final MainViewModel viewModel = new MainViewModel(session, Texts.english());
    private final KpiViewModel kpis = viewModel.kpis();

    @Test
    void cheapest_isThePerMinuteCostOfTheCheapestShownProduct_withItsBasis() {
        KpiTile tile = kpis.cheapestProperty().get();
        assertEquals(12.0, tile.value(), 1e-9);
        assertEquals(2, tile.decimals());
        assertEquals("CNY / min", tile.unit());
        assertEquals("Kling 1.0", tile.description());
        assertEquals("List price \u00b7 Standard mode", tile.basis());
        viewModel.products().row("kling-1.6").amount().commit("0.05");
        assertEquals(6.0, kpis.cheapestProperty().get().value(), 1e-9);
        assertEquals("Kling 1.6", kpis.cheapestProperty().get().description());
    }

    @Test
    void topRating_namesItsIntervalAndSource() {
        KpiTile tile = kpis.topRatingProperty().get();
        assertEquals(1113.2, tile.value(), 0.05);
        assertEquals(0, tile.decimals());
        assertTrue(tile.description().startsWith("Veo 2  (1,"), tile.description());
        assertEquals("Aggregate votes \u00b7 sample data", tile.basis());
    }

    @Test
    void bestValue_isTheCheapestProductRatedLevelWithTheTop() {
        assertEquals("Veo 2  1,113", kpis.bestValueProperty().get().description());
        viewModel.products().row("kling-1.5").wins().commit("1,240");
        viewModel.products().row("kling-1.5").losses().commit("610");
        assertEquals("Kling 1.5  1,113", kpis.bestValueProperty().get().description());
        assertEquals(12.0, kpis.bestValueProperty().get().value(), 1e-9);
    }

    @Test
    void votes_areCounted_andMarkedSample() {
        KpiTile tile = kpis.votesProperty().get();
        assertEquals(9000, tile.value(), 0);
        assertEquals("Sample data, not published counts", tile.basis());
    }

    @Test
    void costRatio_comparesOnlyPricesOfTheSameKind_andNamesThem() {
        KpiTile tile = kpis.ratioProperty().get();
        assertEquals("List prices: 5.5% of Veo 2, 34.2% of Sora\nEstimates: 25.0% of Veo 2, 25.0% of Sora",
                tile.description());
        assertTrue(tile.basis().startsWith("Standard mode vs Vertex AI / ChatGPT Plus"), tile.basis());
        assertTrue(tile.basis().contains("GF estimate vs GF relative estimate"), tile.basis());
        viewModel.details().select("kling-1.6");
        viewModel.details().compare("gf-estimate");
        assertEquals(tile.description(), kpis.ratioProperty().get().description(),
                "switching Kling's compared option does not mix kinds: each kind is still compared with its own");
    }
}
