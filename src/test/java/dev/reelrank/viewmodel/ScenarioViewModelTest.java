package dev.reelrank.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.io.DefaultDataset;
import dev.reelrank.testing.TestProjects;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The scenario inputs, table and lines, on {@link TestProjects#market()}. */
class ScenarioViewModelTest {
    private final ProjectSession session = new ProjectSession(TestProjects.market(), null, () -> MainViewModelTest.TODAY);
    private final MainViewModel viewModel = new MainViewModel(session, Texts.english());
    private final ScenarioViewModel scenario = viewModel.scenario();

    private List<ScenarioRow> rowsOf(String productId) {
        return scenario.rows().stream().filter(r -> r.productId().equals(productId)).toList();
    }

    @Test
    void gfsEstimate_reproducesItsProjection_exactly() {
        // Kling 1.6's estimate is GF's 0.83 CNY a 5-s clip: 40,000,000 a day x 10 % x 365 days x 0.83 CNY
        viewModel.details().select("kling-1.6");
        viewModel.details().compare("gf-estimate");
        List<ScenarioRow> kling = rowsOf("kling-1.6");
        assertEquals(List.of("10 %", "20 %", "30 %"), kling.stream().map(ScenarioRow::share).toList());
        assertEquals("0.83 CNY / 5 s", kling.get(0).costPerClip());
        assertEquals("1,211,800,000.00 CNY", kling.get(0).exactSpend());
        assertEquals("1.21 bn CNY", kling.get(0).spendPerYear());
        assertEquals("1.46 bn", kling.get(0).clipsPerYear());
        assertEquals("3,635,400,000.00 CNY", kling.get(2).exactSpend());
        ScenarioLine line = scenario.lines().stream().filter(l -> l.productId().equals("kling-1.6")).findFirst()
                .orElseThrow();
        assertEquals(12.118, line.atFullShare(), 1e-9);
        assertEquals(List.of(1.2, 2.4, 3.6), scenario.references().stream().map(p -> p[1]).toList());
    }

    @Test
    void shares_acceptPercentagesFractionsAndFullwidthText() {
        assertTrue(scenario.shares().commit("５％, 0.25；50 %"));
        assertEquals(List.of("5 %", "25 %", "50 %"), rowsOf("sora").stream().map(ScenarioRow::share).toList());
        assertEquals("5 %, 25 %, 50 %", scenario.shares().getText());
    }

    @Test
    void badInputs_areExplained_andTheLastGoodValuesStay() {
        assertFalse(scenario.shares().commit("150%"));
        assertEquals("\u201c150%\u201d is over 100 %", scenario.shares().errorProperty().get());
        assertFalse(scenario.shares().commit("ten"));
        assertEquals("\u201cten\u201d is not a share; type 10% or 0.1", scenario.shares().errorProperty().get());
        assertFalse(scenario.shares().commit("-10%"));
        assertFalse(scenario.shares().commit(" "));
        assertFalse(scenario.uploads().commit("-5"));
        assertFalse(scenario.uploads().commit("lots"));
        assertFalse(scenario.days().commit("0"));
        assertEquals("Days a year go from 1 to 366", scenario.days().errorProperty().get());
        assertEquals(3, rowsOf("sora").size());
        assertEquals("40,000,000", scenario.uploads().getText());
        assertEquals("365", scenario.days().getText());
        assertTrue(scenario.uploads().commit("1 000 000"));
        assertTrue(scenario.days().commit("250"));
        assertTrue(scenario.noteProperty().get().startsWith("Clips a year = 1,000,000 uploads a day \u00d7 share \u00d7 250 days"),
                scenario.noteProperty().get());
    }

    @Test
    void productsWithoutAPerClipFigure_areLeftOut_andNamed() {
        viewModel.products().row("pika-1.5").setShown(true);
        assertTrue(rowsOf("pika-1.5").isEmpty());
        assertTrue(scenario.noteProperty().get().contains("Left out (no price, or no exchange rate): Pika 1.5."),
                scenario.noteProperty().get());
    }

    @Test
    void aChineseUi_writesLargeAmountsInYi() {
        var chinese = new MainViewModel(new ProjectSession(TestProjects.market(), null, () -> MainViewModelTest.TODAY),
                new Texts(Locale.SIMPLIFIED_CHINESE));
        chinese.details().select("kling-1.6");
        chinese.details().compare("gf-estimate");
        ScenarioRow first = chinese.scenario().rows().stream().filter(r -> r.productId().equals("kling-1.6"))
                .findFirst().orElseThrow();
        assertEquals("12.1 亿元", first.spendPerYear());
        assertEquals("可灵 1.6", first.product());
    }

    @Test
    void everyAmount_namesTheUnitTheAxisNames_pickedFromTheLargest_inBothLanguages() {
        for (Locale locale : List.of(Locale.US, Locale.SIMPLIFIED_CHINESE)) {
            // From 0.01 CNY a clip to 2.25 USD: the cheapest would read "14.6 m" on its own.
            var model = new MainViewModel(new ProjectSession(TestProjects.releasesOverNineMonths(), null,
                    () -> MainViewModelTest.TODAY), new Texts(locale));
            ScenarioViewModel tab = model.scenario();
            boolean chinese = locale.getLanguage().equals("zh");
            String unit = chinese ? "\u4ebf\u5143" : "bn CNY";
            assertEquals(chinese ? "\u6bcf\u5e74\u652f\u51fa\uff0c\u4ebf\u5143" : "Spend a year, bn CNY",
                    tab.axisLabelProperty().get());
            for (ScenarioRow row : tab.rows()) {
                assertTrue(row.spendPerYear().endsWith(" " + unit), row.spendPerYear());
                assertTrue(row.clipsPerYear().endsWith(chinese ? " \u4ebf" : " bn"), row.clipsPerYear());
            }
            for (ScenarioLine line : tab.lines()) {
                assertTrue(line.tooltip().matches(".*\\d " + unit + "(\\s.*|)$"), line.tooltip());
            }
            ScenarioRow gamma = tab.rows().stream().filter(r -> r.productId().equals("gamma")).findFirst()
                    .orElseThrow();
            assertEquals(chinese ? "0.146 \u4ebf\u5143" : "0.0146 bn CNY", gamma.spendPerYear());
            // The chart's numbers are in that unit: 40 million clips a day at 0.01 CNY, a year, is 0.146 bn.
            double full = tab.lines().stream().filter(l -> l.productId().equals("gamma")).findFirst().orElseThrow()
                    .atFullShare();
            assertEquals(chinese ? 1.46 : 0.146, full, 1e-12);
            assertEquals(chinese ? 36.0 : 3.6, tab.references().getLast()[1], 1e-12);
        }
    }
}
