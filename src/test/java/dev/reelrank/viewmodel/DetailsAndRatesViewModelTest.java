package dev.reelrank.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.charts.ChartBar;
import dev.reelrank.viewmodel.charts.ChartPoint;
import dev.reelrank.viewmodel.products.PriceOptionRow;
import dev.reelrank.viewmodel.rates.ExchangeRateRow;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.slides.SlideKind;
import dev.reelrank.viewmodel.text.EditableField;
import dev.reelrank.viewmodel.text.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The details pane and the rates editor, on {@link TestProjects#market()}. */
class DetailsAndRatesViewModelTest {
    private final ProjectSession session =
            new ProjectSession(TestProjects.market(), null, () -> MainViewModelTest.TODAY);
    private final MainViewModel viewModel = new MainViewModel(session, Texts.english());

    @Test
    void details_listEveryPriceOption_withItsCostKindAndSource() {
        var details = viewModel.details();
        details.select("kling-1.6");
        assertEquals("Kling 1.6  可灵 1.6", details.titleProperty().get());
        assertEquals(
                List.of("standard", "professional", "gf-estimate"),
                details.options().stream().map(PriceOptionRow::id).toList());
        PriceOptionRow gf = details.options().getLast();
        assertEquals("0.83 CNY per 5-s clip", gf.figure());
        assertEquals("Estimate", gf.kind());
        assertEquals("9.96 CNY per minute", gf.costPerMinute()); // 0.83 / 5 x 60
        assertTrue(gf.source().contains("GF Securities (test fixture)"), gf.source());
        assertFalse(gf.compared());
        assertTrue(details.options().getFirst().compared());
        assertTrue(details.votesProperty().get().contains("Sample data"));
    }

    @Test
    void compare_switchesTheOptionTheChartsUse_andCanBeUndone() {
        var details = viewModel.details();
        details.select("kling-1.6");
        details.compare("gf-estimate");
        assertEquals(
                "9.96",
                viewModel.products().row("kling-1.6").costPerMinuteProperty().get());
        assertEquals("Estimate", viewModel.products().row("kling-1.6").kind().getText());
        assertTrue(details.options().getLast().compared());
        String footnote = viewModel.costChart().footnoteProperty().get();
        assertTrue(
                footnote.startsWith("Mixes kinds of price (")
                        && footnote.contains("Estimate: Kling 1.6")
                        && footnote.contains("API price: Veo 2"),
                footnote);
        viewModel.undo();
        assertEquals(
                "12.00",
                viewModel.products().row("kling-1.6").costPerMinuteProperty().get());
    }

    @Test
    void details_withNothingSelected_sayWhatToDo() {
        viewModel.details().select(null);
        assertTrue(viewModel.details().options().isEmpty());
        assertTrue(viewModel.details().titleProperty().get().startsWith("Select a product"));
    }

    @Test
    void editingARate_convertsEveryCostAgain() {
        var rates = viewModel.exchangeRates();
        ExchangeRateRow usdCny = rates.rows().getFirst();
        assertEquals("1 USD in CNY", usdCny.pairProperty().get());
        assertTrue(usdCny.rate().commit("7.1"));
        // Veo 2: 0.5 USD a second x 60 x 7.1
        assertEquals(
                "213.00",
                viewModel.products().row("veo-2").costPerMinuteProperty().get());
        assertFalse(usdCny.rate().commit("-7"));
        assertFalse(usdCny.rate().commit("0"));
        assertTrue(usdCny.source().commit("PBOC central parity"));
        assertTrue(usdCny.asOf().commit("2025-06-30"));
        assertEquals(
                0, new BigDecimal("7.1").compareTo(usdCny.rateValueProperty().get()), "typed, to sort by");
        assertEquals(LocalDate.of(2025, 6, 30), usdCny.asOfDateProperty().get());
        var rate = session.project().exchangeRates().getFirst();
        assertEquals("PBOC central parity", rate.provenance().source());
        assertEquals("2025-06-30", rate.provenance().asOf().toString());
        assertTrue(viewModel.currencyNoteProperty().get().contains("7.1"));
    }

    @Test
    void addingAndRemovingRates() {
        var rates = viewModel.exchangeRates();
        assertEquals(2, rates.rows().size(), "USD/CNY and EUR/USD");
        assertNull(rates.add("GBP", "USD", "1.25", "test quote"));
        assertEquals(3, rates.rows().size());
        assertEquals("A rate is a number above 0, such as 7.3", rates.add("GBP", "CNY", "x", "s"));
        assertTrue(rates.add("USD", "CNY", "7", "dup").contains("already a rate"), rates.add("USD", "CNY", "7", "dup"));
        rates.remove(0);
        assertEquals(
                "no rate",
                viewModel.products().row("veo-2").costPerMinuteProperty().get());
        viewModel.undo();
        assertEquals(
                "210.00",
                viewModel.products().row("veo-2").costPerMinuteProperty().get());
    }

    @Test
    void aPlansAssumedUse_isEditableBesideIt_changesItsCostPerMinute_andCanBeUndone() {
        var details = viewModel.details();
        details.select("sora");
        PriceOptionRow plus = details.options().getFirst();
        assertTrue(plus.note().contains("Cost per second assumes 100% of the monthly allowance is used."), plus.note());
        EditableField use = plus.planUse().orElseThrow();
        assertEquals("100", use.getText());
        assertTrue(
                details.options().stream()
                        .filter(o -> o.id().equals("gf-relative-estimate"))
                        .findFirst()
                        .orElseThrow()
                        .planUse()
                        .isEmpty(),
                "only a plan has an allowance to use");
        for (String bad : List.of("0", "150", "-5", "abc", "")) {
            assertFalse(use.commit(bad), bad);
            assertEquals(
                    "33.60",
                    viewModel.products().row("sora").costPerMinuteProperty().get(),
                    bad);
        }
        // Half the allowance used: each minute made costs twice as much.
        assertTrue(use.commit("50 %"));
        assertEquals(
                "67.20",
                viewModel.products().row("sora").costPerMinuteProperty().get());
        PriceOptionRow halfUsed = details.options().getFirst();
        assertEquals("50", halfUsed.planUse().orElseThrow().getText());
        assertTrue(halfUsed.note().contains("assumes 50% of the monthly allowance"), halfUsed.note());
        assertTrue(
                viewModel
                        .costChart()
                        .footnoteProperty()
                        .get()
                        .contains("Sora's plan assumes 50% of the allowance used."),
                viewModel.costChart().footnoteProperty().get());
        assertTrue(
                viewModel.products().row("sora").priceDetailsProperty().get().contains("50%"),
                "the table's tooltip says so too");
        viewModel.undo();
        assertEquals(
                "33.60",
                viewModel.products().row("sora").costPerMinuteProperty().get());
    }

    @Test
    void aDiscontinuedProduct_saysWhenAndWhoSaysSo() {
        var details = viewModel.details();
        details.select("sora");
        assertTrue(
                details.factsProperty().get().contains("\nDiscontinued Apr 26, 2026 (Sora's closing (test fixture))"),
                details.factsProperty().get());
        details.select("veo-2");
        assertFalse(
                details.factsProperty().get().contains("Discontinued"),
                details.factsProperty().get());
    }

    @Test
    void chartsMarkADiscontinuedProduct_fromTheDayItClosed() {
        ChartBar cost = viewModel.costChart().bars().stream()
                .filter(b -> b.productId().equals("sora"))
                .findFirst()
                .orElseThrow();
        assertEquals("33.60\u2002\u00b7 discontinued Apr 2026", cost.label());
        assertTrue(
                cost.tooltip().endsWith("\nDiscontinued Apr 26, 2026 (Sora's closing (test fixture))"), cost.tooltip());
        ChartBar rating = viewModel.ratingChart().bars().stream()
                .filter(b -> b.productId().equals("sora"))
                .findFirst()
                .orElseThrow();
        assertTrue(rating.label().endsWith("\u2002\u00b7 discontinued Apr 2026"), rating.label());
        ChartBar veo = viewModel.costChart().bars().stream()
                .filter(b -> b.productId().equals("veo-2"))
                .findFirst()
                .orElseThrow();
        assertFalse(veo.label().contains("discontinued"), veo.label());

        MainViewModel before = new MainViewModel(
                new ProjectSession(TestProjects.market(), null, () -> LocalDate.of(2026, 4, 25)), Texts.english());
        assertEquals(
                "33.60",
                before.costChart().bars().stream()
                        .filter(b -> b.productId().equals("sora"))
                        .findFirst()
                        .orElseThrow()
                        .label(),
                "the day before it closed, Sora was still sold");
    }

    @Test
    void trendAndValueCharts_markADiscontinuedProduct_inItsLabelAndTooltip() {
        viewModel.trendChart().activeProperty().set(true);
        viewModel.valueChart().activeProperty().set(true);
        for (var points :
                List.of(viewModel.trendChart().points(), viewModel.valueChart().points())) {
            ChartPoint sora = points.stream()
                    .filter(p -> p.productId().equals("sora"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(sora.name().endsWith("\u2002\u00b7 discontinued Apr 2026"), sora.name());
            assertTrue(
                    sora.tooltip().endsWith("\nDiscontinued Apr 26, 2026 (Sora's closing (test fixture))"),
                    sora.tooltip());
            ChartPoint veo = points.stream()
                    .filter(p -> p.productId().equals("veo-2"))
                    .findFirst()
                    .orElseThrow();
            assertFalse(veo.name().contains("discontinued"), veo.name());
        }
    }

    @Test
    void currentProductsOnly_leavesTheDiscontinuedOutOfEveryChart_saysSo_andIsSavedWithTheProject() {
        viewModel.trendChart().activeProperty().set(true);
        viewModel.valueChart().activeProperty().set(true);
        viewModel.scenario().activeProperty().set(true);
        assertTrue(drawnEverywhere("sora"), "shown until the switch is on");
        assertEquals("", viewModel.hiddenBadgeProperty().get());

        viewModel.currentOnlyProperty().set(true);

        assertFalse(drawnEverywhere("sora"));
        assertTrue(drawnEverywhere("veo-2"), "a product still sold stays");
        assertTrue(session.project().view().currentOnly(), "saved with the project's view");
        assertTrue(session.dirtyProperty().get(), "a change to save");
        assertEquals(
                "Current products only \u00b7 1 discontinued product hidden",
                viewModel.hiddenBadgeProperty().get());
        assertTrue(
                viewModel.hiddenNoteProperty().get().contains("discontinued: Sora."),
                viewModel.hiddenNoteProperty().get());
        assertTrue(
                viewModel
                        .slides()
                        .texts(SlideKind.COST)
                        .sources()
                        .startsWith("Current products only; not shown as discontinued: Sora."),
                viewModel.slides().texts(SlideKind.COST).sources());
        viewModel.undo();
        assertTrue(session.project().view().currentOnly(), "a way of showing, not an edit: undo leaves it");

        viewModel.currentOnlyProperty().set(false);
        assertTrue(drawnEverywhere("sora"));
        assertEquals("", viewModel.hiddenBadgeProperty().get());
    }

    @Test
    void currentProductsOnly_hidesNothing_beforeTheDayAProductClosed() {
        ProjectSession earlier = new ProjectSession(TestProjects.market(), null, () -> LocalDate.of(2026, 4, 25));
        MainViewModel then = new MainViewModel(earlier, Texts.english());
        then.currentOnlyProperty().set(true);
        assertTrue(then.costChart().bars().stream().anyMatch(b -> b.productId().equals("sora")));
        assertEquals("", then.hiddenBadgeProperty().get());
    }

    private boolean drawnEverywhere(String id) {
        boolean cost = viewModel.costChart().bars().stream()
                .anyMatch(b -> b.productId().equals(id));
        boolean rating = viewModel.ratingChart().bars().stream()
                .anyMatch(b -> b.productId().equals(id));
        boolean trend = viewModel.trendChart().points().stream()
                .anyMatch(p -> p.productId().equals(id));
        boolean value = viewModel.valueChart().points().stream()
                .anyMatch(p -> p.productId().equals(id));
        boolean scenario =
                viewModel.scenario().rows().stream().anyMatch(r -> r.productId().equals(id));
        boolean heatmap = viewModel.headToHead().products().stream().anyMatch(p -> p.id().equals(id));
        assertEquals(cost, rating, "every chart draws the same products");
        assertEquals(cost, trend);
        assertEquals(cost, value);
        assertEquals(cost, scenario);
        assertEquals(cost, heatmap);
        return cost;
    }
}
