package dev.reelrank.viewmodel.slides;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.io.DefaultDataset;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.MainViewModelTest;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import org.junit.jupiter.api.Test;

/**
 * A slide of the shipped data names its sources short enough to sit under a chart, and keeps every
 * citation whole for the image's text. The new-user walkthrough of 2026-11-30 found the price-over-time
 * slide's footnote taller than its chart, and "(ReelRank did not open the page itself)" four times in it.
 */
class SlideFootnoteTest {
    private static final String ASIDE = "ReelRank did not open the page itself";
    private final MainViewModel viewModel = new MainViewModel(
            new ProjectSession(DefaultDataset.load(), null, () -> MainViewModelTest.TODAY), Texts.english());

    @Test
    void everySlide_namesItsSourcesShort_andCitesThemWholeForTheImage() {
        for (SlideKind kind : SlideKind.values()) {
            SlideTexts words = viewModel.slides().texts(kind);
            assertFalse(words.sources().contains(ASIDE), kind + ": " + words.sources());
            assertTrue(
                    words.sources().length() <= words.citations().length(),
                    kind + " names its sources in fewer words than it cites them");
        }
        SlideTexts history = viewModel.slides().texts(SlideKind.PRICE_HISTORY);
        assertTrue(history.citations().contains(ASIDE), history.citations());
        assertTrue(history.sources().length() < history.citations().length() / 2, history.sources());
    }

    /** The trend slide of ratings cited the prices it does not draw (the walkthrough of 2026-11-30). */
    @Test
    void theTrendSlide_citesWhatItDraws_ratingsOrCosts() {
        String ratings = viewModel.slides().texts(SlideKind.TREND).sources();
        assertFalse(ratings.contains("Prices \u2014") || ratings.contains("Exchange rates"), ratings);
        viewModel.trendChart().metricProperty().set(dev.reelrank.model.TrendMetric.COST_PER_MINUTE);
        String costs = viewModel.slides().texts(SlideKind.TREND).sources();
        assertTrue(costs.contains("Prices \u2014") && costs.contains("Exchange rates"), costs);
    }

    @Test
    void aShortenedSourceThatIsNotTheVendors_saysWhatKindItIs() {
        String drawn = viewModel.slides().texts(SlideKind.COST).sources();
        // A date and a rate never break across the footnote's lines.
        assertTrue(drawn.contains("Sep\u00a028,\u00a02026") && drawn.contains("1\u00a0USD = 6.708\u00a0CNY"), drawn);
        String sources = drawn.replace('\u00a0', ' ');
        assertTrue(sources.contains("Kling AI developer pricing, "), sources);
        assertTrue(sources.contains("Kling 2.5 Turbo: Comfy-Org's API documentation, reseller, "), sources);
        // Two rates from one source: the source named once.
        assertTrue(
                sources.contains("Exchange rates \u2014 1 USD = 6.708 CNY, 1 EUR = 1.136 USD: The exchange-api"
                        + " project's daily market rates, Sep 29, 2026."),
                sources);
        String history =
                viewModel.slides().texts(SlideKind.PRICE_HISTORY).sources().replace('\u00a0', ' ');
        assertTrue(history.contains("Kling AI pricing and Orient Securities, analyst, "), history);
        // A name that says its kind already does not say it twice.
        assertTrue(history.contains("Resellers' price tables of December 2025, Oct 15, 2025"), history);
        assertTrue(history.contains("Press reports of Veo 3's launch price, Jul 29, 2025"), history);
    }

    /**
     * A product a clip folder added by name has no price and no source for one: its provenance is the
     * folder, which put a local path on the cost slide as a price source (a new-user pass, 2026-12-01).
     */
    @Test
    void aProductWithNoPriceYet_isCitedForNoPrice_andItsFolderIsNotOnTheSlide() {
        var project = viewModel.session().project();
        var added = dev.reelrank.model.BattleMerge.addProducts(
                project,
                java.util.List.of("runway-gen-4"),
                new dev.reelrank.model.Provenance("Clips from /home/ana/clips", MainViewModelTest.TODAY),
                "No price yet");
        viewModel.session().apply("add", p -> added.project());
        for (SlideKind kind : java.util.List.of(SlideKind.COST, SlideKind.VALUE, SlideKind.DASHBOARD)) {
            SlideTexts words = viewModel.slides().texts(kind);
            assertFalse(words.sources().contains("/home/ana/clips"), kind + ": " + words.sources());
            assertFalse(words.citations().contains("/home/ana/clips"), kind + ": " + words.citations());
            assertTrue(words.sources().contains("Prices \u2014"), kind + " still cites the priced products");
        }
    }
}
