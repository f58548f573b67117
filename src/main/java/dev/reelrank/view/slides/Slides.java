package dev.reelrank.view.slides;

import dev.reelrank.model.BlindTest;
import dev.reelrank.model.Project;
import dev.reelrank.view.blindtest.BlindTestResultLines;
import dev.reelrank.view.charts.ChartHeader;
import dev.reelrank.view.charts.ChartNote;
import dev.reelrank.view.charts.CostChartPanel;
import dev.reelrank.view.charts.PriceHistoryChartPanel;
import dev.reelrank.view.charts.RatingChartPanel;
import dev.reelrank.view.charts.TrendChartPanel;
import dev.reelrank.view.charts.ValueChartPanel;
import dev.reelrank.view.controls.FitToArea;
import dev.reelrank.view.controls.Fonts;
import dev.reelrank.view.controls.WrappingLabel;
import dev.reelrank.view.headtohead.HeatLegendView;
import dev.reelrank.view.headtohead.Heatmap;
import dev.reelrank.view.kpi.KpiStrip;
import dev.reelrank.view.settings.ThemeManager;
import dev.reelrank.viewmodel.blindtest.BlindTestResults;
import dev.reelrank.viewmodel.settings.Theme;
import dev.reelrank.viewmodel.slides.SlideContent;
import dev.reelrank.viewmodel.slides.SlideKind;
import dev.reelrank.viewmodel.slides.SlideTexts;
import dev.reelrank.viewmodel.slides.SlideTheme;
import dev.reelrank.viewmodel.text.Texts;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * A chart as a slide: title, subtitle, the chart, its sources and a stamp. A slide is always laid
 * out at the same design size (16:9, 640 high, the type of the window) and drawn magnified to the
 * target, so text, lines and tiles keep their proportions at any size and are rasterised at the
 * final resolution rather than scaled as a bitmap.
 */
public final class Slides {
    static final double DESIGN_HEIGHT = 640;
    static final double DESIGN_WIDTH = DESIGN_HEIGHT * 16 / 9;
    // Five tiles and two charts need the room they have in the window.
    static final double DASHBOARD_HEIGHT = 720;
    // About 10 ms to build and 20 ms to style on a slow machine.
    static final int CELLS_AT_A_TIME = 300;

    private Slides() {}

    /** How much a slide of this kind and size is magnified from its design size. */
    public static double magnification(SlideKind kind, double width, double height) {
        double designHeight = kind == SlideKind.DASHBOARD ? DASHBOARD_HEIGHT : DESIGN_HEIGHT;
        return Math.min(width / (designHeight * 16 / 9), height / designHeight);
    }

    /**
     * A scene holding the slide, laid out at {@code width × height} divided by the magnification;
     * it is never shown, only drawn.
     */
    public static Scene scene(
            SlideContent viewModel, SlideKind kind, SlideTexts words, SlideTheme theme, double width, double height) {
        Scene scene = unstyledScene(viewModel, kind, words, theme, width, height);
        style(scene);
        layOut(scene);
        return scene;
    }

    /**
     * The first of the three steps of {@link #scene}: the slide's nodes in their scene, not yet
     * styled or laid out. The steps can run as separate FX-thread tasks, so that building a large
     * slide never keeps the window from answering for long.
     */
    public static Scene unstyledScene(
            SlideContent viewModel, SlideKind kind, SlideTexts words, SlideTheme theme, double width, double height) {
        return unstyledScene(viewModel, kind, words, theme, width, height, false);
    }

    /** As {@link #unstyledScene}; with {@code partsLater}, large parts come in {@link #addSomeParts} steps. */
    public static Scene unstyledScene(
            SlideContent viewModel,
            SlideKind kind,
            SlideTexts words,
            SlideTheme theme,
            double width,
            double height,
            boolean partsLater) {
        Fonts.load();
        viewModel.themeProperty().set(theme == SlideTheme.DARK ? Theme.DARK : Theme.LIGHT);
        double magnification = magnification(kind, width, height);
        VBox slide = slide(viewModel, kind, words, theme, partsLater);
        Scene scene = new Scene(
                slide,
                width / magnification,
                height / magnification,
                theme == SlideTheme.TRANSPARENT ? Color.TRANSPARENT : Color.WHITE);
        ThemeManager.style(scene, viewModel.themeProperty().get());
        return scene;
    }

    /**
     * Adds some of the parts a slide built with {@code partsLater} still lacks (a heatmap's cells,
     * {@value #CELLS_AT_A_TIME} at a time), styled when the slide is in a scene; true when none is left.
     * Between style and layout, as often as it asks.
     */
    public static boolean addSomeParts(Parent slide) {
        for (Node node : slide.lookupAll(".heatmap")) {
            if (node instanceof Heatmap heatmap) {
                boolean done = heatmap.fillSome(CELLS_AT_A_TIME);
                heatmap.applyCss();
                if (!done) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The second step of {@link #scene}: the style sheet applied. */
    public static void style(Scene scene) {
        scene.getRoot().applyCss();
    }

    /** The last step of {@link #scene}: laid out at its size. */
    public static void layOut(Scene scene) {
        // Tiles size their text in listeners that run during layout; a second pass lays out that text.
        scene.getRoot().layout();
        scene.getRoot().layout();
    }

    static VBox slide(SlideContent viewModel, SlideKind kind, SlideTexts words, SlideTheme theme) {
        return slide(viewModel, kind, words, theme, false);
    }

    static VBox slide(SlideContent viewModel, SlideKind kind, SlideTexts words, SlideTheme theme, boolean partsLater) {
        Fonts.load();
        Texts texts = viewModel.texts();
        Label title = WrappingLabel.of(words.title(), "slide-title");
        title.setId("slide-title");
        Label subtitle = WrappingLabel.of(words.subtitle(), "slide-subtitle");
        subtitle.setId("slide-subtitle");
        Node chart = chart(viewModel, kind, texts, partsLater);
        VBox.setVgrow(chart, Priority.ALWAYS);
        Label sources = WrappingLabel.of(words.sources(), "slide-footnote");
        sources.setId("slide-sources");
        Label stamp = WrappingLabel.of(words.stamp(), "slide-footnote");
        stamp.setId("slide-stamp");
        VBox slide = new VBox(title, subtitle, chart, sources, stamp);
        slide.getStyleClass().add("slide");
        if (theme == SlideTheme.TRANSPARENT) {
            slide.getStyleClass().add("slide-transparent");
        }
        for (Label optional : List.of(title, subtitle)) {
            optional.setVisible(!optional.getText().isBlank());
            optional.setManaged(optional.isVisible());
        }
        return slide;
    }

    private static Node chart(SlideContent viewModel, SlideKind kind, Texts texts, boolean partsLater) {
        Region chart = switch (kind) {
            case COST -> new CostChartPanel(viewModel.costChart(), texts, true);
            case RATING -> new RatingChartPanel(viewModel.ratingChart(), texts, true);
            case TREND -> new TrendChartPanel(viewModel.trendChart(), texts);
            case PRICE_HISTORY -> new PriceHistoryChartPanel(viewModel.priceHistoryChart(), texts);
            case VALUE -> new ValueChartPanel(viewModel.valueChart(), texts);
            case HEATMAP -> heatmap(viewModel, texts, partsLater);
            case DASHBOARD -> dashboard(viewModel, texts);
            case BLIND_TEST -> blindTest(viewModel, texts);
        };
        // The slide's title says what the chart shows.
        ChartHeader.removeFrom(chart);
        ChartNote.drawWholeIn(chart);
        return chart;
    }

    private static Region heatmap(SlideContent viewModel, Texts texts, boolean cellsLater) {
        var headToHead = viewModel.headToHead();
        // No cap on the columns: the grid takes the slide's whole width, its type magnified by the height.
        Heatmap heatmap = new Heatmap(Double.MAX_VALUE, false);
        heatmap.setId("slide-heatmap");
        List<String> names =
                headToHead.products().stream().map(texts::productName).toList();
        if (cellsLater) {
            heatmap.showLater(names, headToHead.heatCells());
        } else {
            heatmap.show(names, headToHead.heatCells());
        }
        HeatLegendView legend = new HeatLegendView(true);
        legend.setId("slide-heatmap-legend");
        legend.show(headToHead.legendProperty().get());
        VBox grid = new VBox(8, heatmap, legend);
        Label note = WrappingLabel.of(headToHead.heatmapNoteProperty().get(), "chart-footnote");
        FitToArea fitted = new FitToArea(grid, 2.0, true);
        fitted.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        VBox.setVgrow(fitted, Priority.ALWAYS);
        VBox box = new VBox(6, fitted, note);
        box.getStyleClass().add("chart-panel");
        return box;
    }

    /** The blind test's results as lines: ratings with intervals, each pair's win rate, date, prompts and seed. */
    private static Region blindTest(SlideContent viewModel, Texts texts) {
        Project project = viewModel.session().project();
        VBox box = new VBox(10);
        box.setId("slide-blind-test");
        box.getStyleClass().add("chart-panel");
        Optional<BlindTest> test = project.votedTest();
        if (test.isEmpty()) {
            box.getChildren().add(WrappingLabel.of(texts.get("slide.blindTestNone"), "blind-results-meta"));
            return box;
        }
        BlindTestResults results =
                BlindTestResults.of(project, test.get(), viewModel.ratings().snapshot(), texts);
        VBox lines = BlindTestResultLines.of(results, texts, true);
        // The ratings as points on their intervals beside the words, as the rating slide draws them.
        RatingChartPanel chart = new RatingChartPanel(viewModel.ratingChart(), texts, true);
        chart.setPrefWidth(0);
        HBox.setHgrow(chart, Priority.ALWAYS);
        // A test of many products has more lines than the slide holds: they shrink to fit, never off it.
        lines.setPrefWidth(DASHBOARD_HEIGHT * 16 / 9 * 0.38);
        FitToArea fittedLines = FitToArea.wrappingText(lines);
        fittedLines.setMinSize(0, 0);
        fittedLines.setPrefWidth(DASHBOARD_HEIGHT * 16 / 9 * 0.38);
        fittedLines.setMinWidth(Region.USE_PREF_SIZE);
        HBox sideBySide = new HBox(24, fittedLines, chart);
        VBox.setVgrow(sideBySide, Priority.ALWAYS);
        box.getChildren().add(sideBySide);
        return box;
    }

    private static Region dashboard(SlideContent viewModel, Texts texts) {
        KpiStrip kpis = new KpiStrip(viewModel.kpis());
        kpis.drawWhole();
        CostChartPanel cost = new CostChartPanel(viewModel.costChart(), texts, true);
        RatingChartPanel rating = new RatingChartPanel(viewModel.ratingChart(), texts, true);
        for (Region panel : List.of(cost, rating)) {
            HBox.setHgrow(panel, Priority.ALWAYS);
            panel.setPrefWidth(DASHBOARD_HEIGHT * 16 / 9 / 2);
            panel.lookupAll(".chart-header").forEach(header -> {
                // Side by side, each chart keeps its own title but not its switches.
                if (header instanceof Pane box) {
                    box.getChildren().stream()
                            .filter(n -> !n.getStyleClass().contains("chart-title"))
                            .forEach(n -> {
                                n.setVisible(false);
                                // A header that wraps (the rating panel's) would keep a row for them.
                                n.setManaged(header instanceof HBox);
                            });
                }
                header.getStyleClass().remove("chart-header");
            });
        }
        HBox charts = new HBox(12, cost, rating);
        VBox.setVgrow(charts, Priority.ALWAYS);
        VBox box = new VBox(8, kpis, charts);
        return box;
    }
}
