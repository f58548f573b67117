package dev.reelrank.viewmodel.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.io.DefaultDataset;
import dev.reelrank.model.ChartStyle;
import dev.reelrank.model.Price;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.PriceStatus;
import dev.reelrank.model.Product;
import dev.reelrank.model.Provenance;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.MainViewModelTest;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.slides.SlideKind;
import dev.reelrank.viewmodel.slides.SlideTexts;
import dev.reelrank.viewmodel.text.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** "Price over time" on {@link TestProjects#priceHistory()}: one step line per family, in CNY a minute. */
class PriceHistoryChartViewModelTest {
    private final ProjectSession session =
            new ProjectSession(TestProjects.priceHistory(), null, () -> MainViewModelTest.TODAY);
    private final MainViewModel viewModel = new MainViewModel(session, Texts.english());
    private final PriceHistoryChartViewModel chart = viewModel.priceHistoryChart();

    private PriceLine line(String family) {
        return chart.line(family).orElseThrow(() -> new AssertionError("no line for " + family + ": " + chart.lines()));
    }

    private static List<String> labels(PriceLine line) {
        return line.steps().stream().map(PriceStep::label).toList();
    }

    @Test
    void eachFamilyWithPricesCharged_isOneLine_inProjectOrder() {
        assertEquals(
                List.of("Veo", "Kling", "Sora"),
                chart.lines().stream().map(PriceLine::family).toList(),
                "Hailuo's only figure is an estimate, Pika has none, Runway is hidden");
        assertEquals(
                "Cost per minute over time, per product family, CNY",
                chart.titleProperty().get());
        assertEquals("CNY per minute of video", chart.valueAxisLabelProperty().get());
    }

    @Test
    void aNewGeneration_stepsUp_andAPriceCut_stepsDown() {
        // 0.50, 0.75 and 0.40 USD a second × 60 × 7.0 CNY.
        PriceLine veo = line("Veo");
        assertEquals(List.of("Veo 2 · 210.00", "Veo 3 · 315.00", "Veo 3 · 168.00"), labels(veo));
        assertEquals(
                List.of(210.0, 315.0, 168.0),
                veo.steps().stream().map(PriceStep::y).toList());
        assertEquals(
                List.of(
                        LocalDate.parse("2024-12-16").toEpochDay(),
                        LocalDate.parse("2025-05-20").toEpochDay(),
                        LocalDate.parse("2025-09-09").toEpochDay()),
                veo.steps().stream().map(s -> (long) s.x()).toList());
        assertEquals(MainViewModelTest.TODAY.toEpochDay(), (long) veo.endX(), "still on sale: runs to today");
        assertEquals("#56B4E9", veo.color(), "the family's line takes its newest product's colour");
        assertEquals(
                List.of("#0072B2", "#56B4E9", "#56B4E9"),
                veo.steps().stream().map(PriceStep::color).toList());
    }

    @Test
    void aFigureCarriedBackToTheRelease_isMarkedAsSuch() {
        PriceLine veo = line("Veo");
        assertEquals(
                List.of(false, true, true),
                veo.steps().stream().map(PriceStep::dated).toList());
        assertTrue(
                veo.steps().getFirst().tooltip().contains("Earliest figure on record, dated Feb 20, 2025"),
                veo.steps().getFirst().tooltip());
    }

    @Test
    void aStepsTooltip_givesTheDayTheFigureAsPublished_andItsSource() {
        String cut = line("Veo").steps().getLast().tooltip();
        assertEquals("""
                Veo 3, from Sep 9, 2025: 168.00 CNY per minute of video
                List price: 0.4 USD per second (API price)
                Source: Vertex AI price cut (test fixture), Sep 9, 2025 (source kind not stated)""", cut);
        String launch = line("Veo").steps().get(1).tooltip();
        assertTrue(
                launch.contains("0.75 USD per second")
                        && launch.contains("Google I/O launch (test fixture), May 20, 2025"),
                launch);
    }

    @Test
    void aDiscontinuedFamily_endsThere_andTheNoteSaysSo() {
        assertEquals(
                LocalDate.parse("2026-04-26").toEpochDay(), (long) line("Sora").endX());
        assertTrue(
                chart.noteProperty().get().contains("Sora ends on Apr 26, 2026, when Sora was discontinued."),
                chart.noteProperty().get());
    }

    @Test
    void theNote_namesWhatIsLeftOut_andFamiliesWithNothingToDraw() {
        String note = chart.noteProperty().get();
        assertTrue(note.startsWith("Each step is a newer generation or a price change"), note);
        assertTrue(note.contains("Left out as not prices charged: Hailuo 02 (Estimate)."), note);
        assertTrue(note.contains("Nothing to draw for Pika (Pika 1.5: no price to compare)."), note);
        assertFalse(note.contains("Runway"), "a hidden product is not mentioned: " + note);
    }

    @Test
    void aFamilyOfOneProductOfTheSameName_isNamedOnce() {
        Texts texts = Texts.english();
        ProjectSession solo = new ProjectSession(
                TestProjects.named("Solo")
                        .perSecond("veo", "Veo", "Veo", "0.50", "USD", 1000, 100, 10)
                        .withoutFigure(
                                "bench",
                                "bench-model-17",
                                "bench-model-17",
                                "api",
                                "API",
                                PriceStatus.NOT_PUBLIC,
                                "Not public.")
                        .build(),
                null,
                texts);
        String note = new MainViewModel(solo, texts)
                .priceHistoryChart()
                .noteProperty()
                .get();
        assertTrue(note.contains("Nothing to draw for bench-model-17 (no price to compare)."), note);
    }

    @Test
    void showingAHiddenProduct_addsItsFamily() {
        session.apply(
                "show",
                p -> p.withProduct(p.product("runway-4").orElseThrow().withChart(new ChartStyle("#999933", true))));
        assertEquals(
                List.of("Veo", "Kling", "Sora", "Runway"),
                chart.lines().stream().map(PriceLine::family).toList());
    }

    @Test
    void aFamilyShownByItsNewestGeneration_isDrawnThroughItsHiddenOlderOnes_inTheShownOnesColour() {
        List<String> before = labels(line("Veo"));
        session.apply(
                "hide",
                p -> p.withProduct(p.product("veo-2").orElseThrow().withChart(new ChartStyle("#0072B2", false))));
        assertEquals(before, labels(line("Veo")), "the chart compares generations: Veo 2 stays on the line");
        assertEquals("#56B4E9", line("Veo").color(), "the colour of Veo 3, the one shown");
        session.apply(
                "hide",
                p -> p.withProduct(p.product("veo-3").orElseThrow().withChart(new ChartStyle("#56B4E9", false))));
        assertTrue(chart.line("Veo").isEmpty(), "no Veo shown, no Veo line");
    }

    @Test
    void editingTheCurrentFigure_movesTheLastStep_andKeepsTheHistory() {
        session.apply("cut", p -> {
            var veo3 = p.product("veo-3").orElseThrow();
            Price now = veo3.compared().price();
            return p.withProduct(veo3.withComparedPrice(veo3.compared()
                    .withPrice(
                            new Price(new BigDecimal("0.30"), now.currency(), now.unit()),
                            null,
                            MainViewModelTest.TODAY)));
        });
        assertEquals(List.of("Veo 2 · 210.00", "Veo 3 · 315.00", "Veo 3 · 126.00"), labels(line("Veo")));
    }

    @Test
    void withoutAnyHistory_eachLineHoldsItsCurrentFigureFromItsRelease_andTheNoteSaysSo() {
        var plain = new MainViewModel(
                        new ProjectSession(TestProjects.market(), null, () -> MainViewModelTest.TODAY), Texts.english())
                .priceHistoryChart();
        assertTrue(
                plain.noteProperty().get().startsWith("No price history in this project yet"),
                plain.noteProperty().get());
        PriceLine kling = plain.lines().stream()
                .filter(l -> l.family().equals("Kling"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("Kling 1.0 · 10.80", "Kling 1.5 · 14.40", "Kling 1.6 · 12.00"),
                kling.steps().stream().map(PriceStep::label).toList());
    }

    @Test
    void inChinese_productsHaveTheirChineseNames() {
        var zh = new MainViewModel(
                        new ProjectSession(TestProjects.priceHistory(), null, () -> MainViewModelTest.TODAY),
                        new Texts(Locale.SIMPLIFIED_CHINESE))
                .priceHistoryChart();
        PriceLine kling = zh.lines().stream()
                .filter(l -> l.family().equals("Kling"))
                .findFirst()
                .orElseThrow();
        assertEquals("可灵 1.6 · 12.00", kling.steps().getFirst().label());
        assertTrue(
                zh.noteProperty().get().startsWith("每一级台阶"), zh.noteProperty().get());
    }

    @Test
    void theShippedData_drawsEveryFamilyWithAPriceCharged_orNamesIt() throws Exception {
        var project = DefaultDataset.load();
        var shipped = new MainViewModel(
                        new ProjectSession(project, null, () -> MainViewModelTest.TODAY), Texts.english())
                .priceHistoryChart();
        String note = shipped.noteProperty().get();
        for (String family :
                project.products().stream().map(Product::family).distinct().toList()) {
            boolean drawn = shipped.lines().stream().anyMatch(l -> l.family().equals(family));
            boolean hidden = project.products().stream()
                    .filter(p -> p.family().equals(family))
                    .allMatch(p -> p.chart().map(c -> !c.shown()).orElse(false));
            assertTrue(
                    drawn
                            || hidden
                            || note.contains(family)
                            || project.products().stream()
                                    .filter(p -> p.family().equals(family))
                                    .allMatch(p -> note.contains(p.name())),
                    family + " is drawn, hidden, or named in the note: " + note);
        }
    }

    @Test
    void theSlide_citesEveryFigureItStepsThrough_andNoVotes() {
        SlideTexts words = viewModel.slides().texts(SlideKind.PRICE_HISTORY);
        assertEquals("Cost per minute over time, per product family, CNY", words.title());
        assertTrue(
                words.sources().replace('\u00a0', ' ').contains("Veo 3: Google I/O launch (test fixture), May 20, 2025")
                        && words.sources()
                                .replace('\u00a0', ' ')
                                .contains("Veo 3: Vertex AI price cut (test fixture), Sep 9, 2025"),
                words.sources());
        assertFalse(words.sources().contains("Votes"), words.sources());
        assertFalse(words.sample(), "no votes are drawn, so none are sample data");
        assertEquals("reelrank-price-history-2026-11-25.png", viewModel.slides().fileName(SlideKind.PRICE_HISTORY));
    }

    @Test
    void aGenerationWithoutAFigure_inAFamilyWithALine_isNamedToo() {
        session.apply(
                "unsourced",
                p -> p.withProduct(p.product("kling-2.1")
                        .orElseThrow()
                        .withPrices(
                                List.of(PriceOption.unavailable(
                                        "none",
                                        "None",
                                        PriceStatus.NOT_SOURCED,
                                        "Not checked",
                                        new Provenance("x", LocalDate.parse("2025-06-01")))),
                                "none")));
        assertEquals(List.of("Kling 1.6 · 12.00"), labels(line("Kling")));
        assertTrue(
                chart.noteProperty().get().contains("Not shown: Kling 2.1: no price to compare."),
                chart.noteProperty().get());
    }
}
