package dev.reelrank.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.io.DefaultDataset;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The table's view model, without a window: what each row says about a product. */
class MainViewModelTest {
    private final MainViewModel viewModel = new MainViewModel(DefaultDataset.load(), null, Texts.english());
    private final Map<String, ProductRow> rows = viewModel.rows().stream()
            .collect(Collectors.toMap(r -> r.idProperty().get(), Function.identity()));

    @Test
    void title_isTheAppName_forTheDefaultDataset_andNamesAnOpenedFile() {
        assertEquals("ReelRank", viewModel.titleProperty().get());
        var opened = new MainViewModel(DefaultDataset.load(), "q1.reelrank.json", Texts.english());
        assertEquals("q1.reelrank.json \u2014 ReelRank", opened.titleProperty().get());
    }

    @Test
    void klingStandard_costsTwelveYuanPerMinute() {
        ProductRow kling = rows.get("kling-1.6");
        assertEquals("Kling 1.6", kling.nameProperty().get());
        assertEquals("可灵 1.6", kling.chineseNameProperty().get());
        assertEquals("0.1 CNY per credit, 10 credits per 5-s clip", kling.priceProperty().get());
        assertEquals("List price", kling.kindProperty().get());
        assertEquals("12.00", kling.costPerMinuteProperty().get());
        assertEquals("1.00", kling.costPerClipProperty().get());
    }

    @Test
    void veo2_isConvertedFromDollarsAtTheProjectRate() {
        ProductRow veo = rows.get("veo-2");
        assertEquals("0.5 USD per second", veo.priceProperty().get());
        assertEquals("219.00", veo.costPerMinuteProperty().get());
        assertEquals("18.25", veo.costPerClipProperty().get());
        assertTrue(veo.priceDetailsProperty().get().contains("TechCrunch"));
        assertTrue(veo.priceDetailsProperty().get().contains("Feb 23, 2025"));
    }

    @Test
    void monthlyPlan_saysItAssumesFullUse() {
        ProductRow sora = rows.get("sora");
        assertEquals("20 USD a month for 50 clips of 5 s", sora.priceProperty().get());
        assertEquals("35.04", sora.costPerMinuteProperty().get());
        assertTrue(sora.priceDetailsProperty().get().contains("assumes the whole monthly allowance is used"));
    }

    @Test
    void productsWithoutAFigure_sayWhy_neverZero() {
        assertEquals("not public", rows.get("meta-movie-gen").costPerMinuteProperty().get());
        assertEquals("Not public", rows.get("meta-movie-gen").priceProperty().get());
        assertEquals("no price", rows.get("pika-1.5").costPerMinuteProperty().get());
        assertEquals("No verified price", rows.get("pika-1.5").priceProperty().get());
        assertEquals("No votes", rows.get("meta-movie-gen").votesProperty().get());
    }

    @Test
    void sampleVotes_areLabelledSample_inEveryRowAndTheNote() {
        assertEquals("1,240 / 610 / 150 (sample)", rows.get("veo-2").votesProperty().get());
        assertTrue(viewModel.sampleNoteProperty().get().startsWith("Vote counts are sample data"));
        assertEquals("Cost of generated video, CNY", viewModel.costHeaderProperty().get());
        assertTrue(viewModel.currencyNoteProperty().get().contains("1 USD = 7.3 CNY (as of 2025-02-28"));
    }
}
