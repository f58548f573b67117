package dev.reelrank.viewmodel.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.io.DefaultDataset;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.MainViewModelTest;
import dev.reelrank.viewmodel.charts.ChartBar;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.settings.Language;
import dev.reelrank.viewmodel.text.Texts;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The scenario inputs, table and lines, on {@link TestProjects#market()}. */
class ScenarioViewModelTest {
    private final ProjectSession session =
            new ProjectSession(TestProjects.market(), null, () -> MainViewModelTest.TODAY);
    private final MainViewModel viewModel = new MainViewModel(session, Texts.english());
    private final ScenarioViewModel scenario = viewModel.scenario();

    private static ScenarioRow firstRowOf(ScenarioViewModel tab, String productId) {
        return tab.rows().stream()
                .filter(r -> r.productId().equals(productId))
                .findFirst()
                .orElseThrow();
    }

    private List<ScenarioRow> rowsOf(String productId) {
        return scenario.rows().stream()
                .filter(r -> r.productId().equals(productId))
                .toList();
    }

    @Test
    void gfsEstimate_reproducesItsProjection_exactly() {
        // Kling 1.6's estimate is GF's 0.83 CNY a 5-s clip: 40,000,000 a day x 10 % x 365 days x 0.83 CNY
        viewModel.details().select("kling-1.6");
        viewModel.details().compare("gf-estimate");
        List<ScenarioRow> kling = rowsOf("kling-1.6");
        assertEquals(
                List.of("10 %", "20 %", "30 %"),
                kling.stream().map(ScenarioRow::share).toList());
        assertEquals("0.83 CNY / 5 s", kling.get(0).costPerClip());
        assertEquals("1,211,800,000.00 CNY", kling.get(0).exactSpend());
        assertEquals("1.21 bn CNY", kling.get(0).spendPerYear());
        assertEquals("1.46 bn", kling.get(0).clipsPerYear());
        assertEquals("3,635,400,000.00 CNY", kling.get(2).exactSpend());
        ScenarioLine line = scenario.lines().stream()
                .filter(l -> l.productId().equals("kling-1.6"))
                .findFirst()
                .orElseThrow();
        assertEquals(12.118, line.atFullShare(), 1e-9);
        assertEquals(
                List.of(1.2, 2.4, 3.6),
                scenario.references().stream().map(p -> p[1]).toList());
    }

    @Test
    void priceBox_listsEachShownProductsPricedOptions_withKindAndDate_andStartsOnTheComparedPrices() {
        List<String> labels =
                scenario.priceChoices().stream().map(ScenarioPriceChoice::label).toList();
        assertEquals("Each product's compared price", labels.getFirst());
        assertTrue(labels.contains("Kling 1.6 \u2014 GF estimate (Estimate, as of Mar 10, 2025)"), labels.toString());
        assertTrue(labels.contains("Kling 1.6 \u2014 Standard mode (Credits, as of Jan 15, 2025)"), labels.toString());
        assertTrue(labels.contains("Veo 2 \u2014 Vertex AI (API price, as of Feb 20, 2025)"), labels.toString());
        // Hidden products (Runway) and options without a figure (Pika, Meta) are not offered.
        assertTrue(
                labels.stream().noneMatch(l -> l.startsWith("Runway") || l.startsWith("Pika") || l.startsWith("Meta")),
                labels.toString());
        // The first entry, then Kling 1.0 and 1.5: 1 option each; Kling 1.6: 3; Veo 2: 2; Sora: 3.
        assertEquals(11, labels.size(), labels.toString());
        assertTrue(scenario.priceChoiceProperty().get().comparedPrices());
        // Products whose options read the same share one entry.
        assertEquals(
                "Prices multiplied: Kling 1.0, Kling 1.5, Kling 1.6 \u2014 Standard mode (Credits, as of Jan 15,"
                        + " 2025); Veo 2 \u2014 Vertex AI (API price, as of Feb 20, 2025); Sora \u2014 ChatGPT Plus (Plan,"
                        + " as of Jan 15, 2025).",
                scenario.pricesMultipliedProperty().get());
        assertEquals(
                "Standard mode (Credits, as of Jan 15, 2025)",
                rowsOf("kling-1.6").getFirst().price());
    }

    @Test
    void choosingGfsEstimateInTheBox_givesItsProjection_namesIt_andLeavesTheProjectAlone() {
        ScenarioPriceChoice gf = scenario.priceChoices().stream()
                .filter(c -> "kling-1.6".equals(c.productId()) && "gf-estimate".equals(c.optionId()))
                .findFirst()
                .orElseThrow();
        scenario.choosePrice(gf);
        List<ScenarioRow> kling = rowsOf("kling-1.6");
        // 40,000,000 a day x 10 / 20 / 30 % x 365 days x 0.83 CNY
        assertEquals(
                List.of("1.21 bn CNY", "2.42 bn CNY", "3.64 bn CNY"),
                kling.stream().map(ScenarioRow::spendPerYear).toList());
        assertEquals("1,211,800,000.00 CNY", kling.getFirst().exactSpend());
        assertEquals(
                "GF estimate (Estimate, as of Mar 10, 2025)", kling.getFirst().price());
        assertEquals(gf, scenario.priceChoiceProperty().get());
        String multiplied = scenario.pricesMultipliedProperty().get();
        assertTrue(multiplied.contains("; Kling 1.6 \u2014 GF estimate (Estimate, as of Mar 10, 2025); "), multiplied);
        // The other products keep their compared prices, and say so.
        assertTrue(
                multiplied.startsWith("Prices multiplied: Kling 1.0, Kling 1.5 \u2014 Standard mode (Credits"),
                multiplied);
        assertEquals("0.90 CNY / 5 s", rowsOf("kling-1.0").getFirst().costPerClip());
        ScenarioLine line = scenario.lines().stream()
                .filter(l -> l.productId().equals("kling-1.6"))
                .findFirst()
                .orElseThrow();
        assertEquals(12.118, line.atFullShare(), 1e-9);
        assertTrue(line.tooltip().contains("(GF estimate (Estimate, as of Mar 10, 2025))"), line.tooltip());
        // A view of the project, not an edit: the charts still compare the standard price, nothing to undo.
        assertEquals(
                "standard",
                session.project().products().stream()
                        .filter(p -> p.id().equals("kling-1.6"))
                        .findFirst()
                        .orElseThrow()
                        .comparedPrice());
        assertFalse(session.canUndoProperty().get());

        scenario.choosePrice(scenario.priceChoices().getFirst());
        assertEquals("1.46 bn CNY", rowsOf("kling-1.6").getFirst().spendPerYear());
    }

    @Test
    void aChoiceWhoseProductIsHidden_fallsBackToTheComparedPrices() {
        scenario.choosePrice(scenario.priceChoices().stream()
                .filter(c -> "veo-2".equals(c.productId()) && "gf-relative-estimate".equals(c.optionId()))
                .findFirst()
                .orElseThrow());
        assertEquals("4.15 CNY / 5 s", rowsOf("veo-2").getFirst().costPerClip());
        viewModel.products().row("veo-2").setShown(false);
        assertTrue(scenario.priceChoiceProperty().get().comparedPrices());
        viewModel.products().row("veo-2").setShown(true);
        assertEquals("17.50 CNY / 5 s", rowsOf("veo-2").getFirst().costPerClip());
    }

    @Test
    void theChoice_survivesALanguageSwitch_andIsWordedInChinese() {
        scenario.choosePrice(scenario.priceChoices().stream()
                .filter(c -> "gf-estimate".equals(c.optionId()))
                .findFirst()
                .orElseThrow());
        MainViewModel chinese = viewModel.inLanguage(Language.CHINESE);
        ScenarioViewModel tab = chinese.scenario();
        assertEquals("kling-1.6", tab.priceChoiceProperty().get().productId());
        assertEquals(
                "可灵 1.6：GF estimate（估算，截至 2025年3月10日）",
                tab.priceChoiceProperty().get().label());
        assertEquals("各产品用于比较的价格", tab.priceChoices().getFirst().label());
        assertTrue(
                tab.pricesMultipliedProperty().get().startsWith("所乘单价：可灵 1.0、可灵 1.5：Standard mode（积分，截至 "),
                tab.pricesMultipliedProperty().get());
        assertEquals("12.1 亿元", firstRowOf(tab, "kling-1.6").spendPerYear());
    }

    @Test
    void shares_acceptPercentagesFractionsAndFullwidthText() {
        assertTrue(scenario.shares().commit("５％, 0.25；50 %"));
        assertEquals(
                List.of("5 %", "25 %", "50 %"),
                rowsOf("sora").stream().map(ScenarioRow::share).toList());
        assertEquals("5 %, 25 %, 50 %", scenario.shares().getText());
    }

    @Test
    void shares_ignoreASeparatorAtTheEnd_butNotAnEmptyShareBetween() {
        assertTrue(scenario.shares().commit("10%, 20%, "));
        assertEquals("10 %, 20 %", scenario.shares().getText());
        assertFalse(scenario.shares().commit("10%,,20%"));
        assertEquals(
                "A share is missing between two commas; remove the extra comma or type the share",
                scenario.shares().errorProperty().get());
        assertFalse(scenario.shares().commit(", 10%"));
        assertFalse(scenario.shares().commit("10%,,"), "only one separator at the end is ignored");
        assertEquals("10 %, 20 %", scenario.shares().getText());
    }

    @Test
    void badInputs_areExplained_andTheLastGoodValuesStay() {
        assertFalse(scenario.shares().commit("150%"));
        assertEquals(
                "\u201c150%\u201d is over 100 %",
                scenario.shares().errorProperty().get());
        assertFalse(scenario.shares().commit("ten"));
        assertEquals(
                "\u201cten\u201d is not a share; type 10% or 0.1",
                scenario.shares().errorProperty().get());
        assertFalse(scenario.shares().commit("-10%"));
        assertFalse(scenario.shares().commit(" "));
        assertFalse(scenario.uploads().commit("-5"));
        assertFalse(scenario.uploads().commit("lots"));
        assertFalse(scenario.days().commit("0"));
        assertEquals(
                "Days a year go from 1 to 366", scenario.days().errorProperty().get());
        assertEquals(3, rowsOf("sora").size());
        assertEquals("40,000,000", scenario.uploads().getText());
        assertEquals("365", scenario.days().getText());
        assertTrue(scenario.uploads().commit("1 000 000"));
        assertTrue(scenario.days().commit("250"));
        assertTrue(
                scenario.noteProperty()
                        .get()
                        .startsWith("Clips a year = 1,000,000 uploads a day \u00d7 share \u00d7 250 days"),
                scenario.noteProperty().get());
    }

    /**
     * The shipped data prices Kling 2.5 Turbo per 10-s clip and the others per 5-s clip; multiplied
     * as published, the cheapest product a minute drew dearer a year than three others (the
     * new-user walkthrough of 2026-11-30). Every product is now costed for the same clip.
     */
    @Test
    void everyProduct_isCostedForTheSameClip_soTheCheapestAMinuteIsTheCheapestAYear() {
        MainViewModel shipped = new MainViewModel(
                new ProjectSession(DefaultDataset.load(), null, () -> MainViewModelTest.TODAY), Texts.english());
        ScenarioViewModel market = shipped.scenario();
        assertTrue(
                market.rows().stream().allMatch(r -> r.costPerClip().endsWith(" / 5 s")),
                market.rows().toString());
        assertEquals("0.35 USD / 5 s", firstRowOf(market, "kling-2.5-turbo").costPerClip());
        assertTrue(
                market.noteProperty().get().contains("costed pro rata for a 5-s clip: Kling 2.5 Turbo (10-s clips)."),
                market.noteProperty().get());
        // A product no longer sold says so, as the cost chart's bar does.
        assertEquals(
                "Sora 2\u2002\u00b7 discontinued Sep 2026",
                firstRowOf(market, "sora-2").product());
        // The cell's figure is printed by no source: its price text says where it comes from.
        String price = firstRowOf(market, "kling-2.5-turbo").price();
        assertTrue(price.endsWith(", costed pro rata for 5 s from 0.70 USD a 10-s clip"), price);
        List<String> byYear = market.lines().stream()
                .sorted(Comparator.comparingDouble(ScenarioLine::atFullShare))
                .map(ScenarioLine::productId)
                .toList();
        List<String> byMinute = shipped.costChart().bars().stream()
                .filter(bar -> bar.value() != null && byYear.contains(bar.productId()))
                .sorted(Comparator.comparingDouble(ChartBar::value))
                .map(ChartBar::productId)
                .toList();
        assertEquals(byMinute, byYear);
    }

    @Test
    void productsWithoutAPerClipFigure_areLeftOut_andNamed() {
        viewModel.products().row("pika-1.5").setShown(true);
        assertTrue(rowsOf("pika-1.5").isEmpty());
        assertTrue(
                scenario.noteProperty().get().contains("Left out (no price, or no exchange rate): Pika 1.5."),
                scenario.noteProperty().get());
    }

    @Test
    void aChineseUi_writesLargeAmountsInYi() {
        var chinese = new MainViewModel(
                new ProjectSession(TestProjects.market(), null, () -> MainViewModelTest.TODAY),
                new Texts(Locale.SIMPLIFIED_CHINESE));
        chinese.details().select("kling-1.6");
        chinese.details().compare("gf-estimate");
        ScenarioRow first = chinese.scenario().rows().stream()
                .filter(r -> r.productId().equals("kling-1.6"))
                .findFirst()
                .orElseThrow();
        assertEquals("12.1 亿元", first.spendPerYear());
        assertEquals("可灵 1.6", first.product());
    }

    @Test
    void everyAmount_namesTheUnitTheAxisNames_pickedFromTheLargest_inBothLanguages() {
        for (Locale locale : List.of(Locale.US, Locale.SIMPLIFIED_CHINESE)) {
            // From 0.01 CNY a clip to 2.25 USD: the cheapest would read "14.6 m" on its own.
            var model = new MainViewModel(
                    new ProjectSession(TestProjects.releasesOverNineMonths(), null, () -> MainViewModelTest.TODAY),
                    new Texts(locale));
            ScenarioViewModel tab = model.scenario();
            boolean chinese = locale.getLanguage().equals("zh");
            String unit = chinese ? "\u4ebf\u5143" : "bn CNY";
            assertEquals(
                    chinese ? "\u6bcf\u5e74\u652f\u51fa\uff0c\u4ebf\u5143" : "Spend a year, bn CNY",
                    tab.axisLabelProperty().get());
            for (ScenarioRow row : tab.rows()) {
                assertTrue(row.spendPerYear().endsWith(" " + unit), row.spendPerYear());
                assertTrue(row.clipsPerYear().endsWith(chinese ? " \u4ebf" : " bn"), row.clipsPerYear());
            }
            for (ScenarioLine line : tab.lines()) {
                assertTrue(line.tooltip().matches(".*\\d " + unit + "(\\s.*|)$"), line.tooltip());
            }
            ScenarioRow gamma = firstRowOf(tab, "gamma");
            assertEquals(chinese ? "0.146 \u4ebf\u5143" : "0.0146 bn CNY", gamma.spendPerYear());
            // The chart's numbers are in that unit: 40 million clips a day at 0.01 CNY, a year, is 0.146 bn.
            double full = tab.lines().stream()
                    .filter(l -> l.productId().equals("gamma"))
                    .findFirst()
                    .orElseThrow()
                    .atFullShare();
            assertEquals(chinese ? 1.46 : 0.146, full, 1e-12);
            assertEquals(chinese ? 36.0 : 3.6, tab.references().getLast()[1], 1e-12);
        }
    }
}
