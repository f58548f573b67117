package dev.reelrank.view;

import dev.reelrank.view.charts.PriceHistoryChartPanel;
import dev.reelrank.view.charts.TrendChartPanel;
import dev.reelrank.view.charts.ValueChartPanel;
import dev.reelrank.view.controls.FieldFeedback;
import dev.reelrank.view.headtohead.HeadToHeadPanel;
import dev.reelrank.view.scenario.ScenarioPanel;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.slides.ChartTab;
import dev.reelrank.viewmodel.slides.SlideKind;
import dev.reelrank.viewmodel.text.Texts;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The tabs above the table. Only the first tab's content is built with the window; the others, and
 * their view models, are made when first shown, and each chart's view model then works only while
 * its tab is in front.
 */
final class ChartTabs {
    private final TabPane pane;

    ChartTabs(MainViewModel viewModel, Texts texts, FieldFeedback feedback, Node costAndRating) {
        pane = new TabPane(
                LazyTab.of(ChartTab.COST_RATING.id(), texts.get("tab.costRating"), tab -> costAndRating),
                LazyTab.of(ChartTab.TREND.id(), texts.get("tab.trend"), tab -> {
                    viewModel.trendChart().activeProperty().bind(tab.selectedProperty());
                    return new TrendChartPanel(viewModel.trendChart(), texts);
                }),
                LazyTab.of(ChartTab.PRICE_HISTORY.id(), texts.get("tab.priceHistory"), tab -> {
                    viewModel.priceHistoryChart().activeProperty().bind(tab.selectedProperty());
                    return new PriceHistoryChartPanel(viewModel.priceHistoryChart(), texts);
                }),
                LazyTab.of(ChartTab.VALUE.id(), texts.get("tab.value"), tab -> {
                    viewModel.valueChart().activeProperty().bind(tab.selectedProperty());
                    return new ValueChartPanel(viewModel.valueChart(), texts);
                }),
                LazyTab.of(ChartTab.HEAD_TO_HEAD.id(), texts.get("tab.headToHead"), tab -> {
                    viewModel.headToHead().activeProperty().bind(tab.selectedProperty());
                    return new HeadToHeadPanel(viewModel.headToHead(), texts, feedback);
                }),
                LazyTab.of(ChartTab.SCENARIO.id(), texts.get("tab.scenario"), tab -> {
                    viewModel.scenario().activeProperty().bind(tab.selectedProperty());
                    return new ScenarioPanel(viewModel.scenario(), texts, feedback);
                }));
        pane.setId("chart-tabs");
        pane.getStyleClass().add("chart-tabs");
    }

    TabPane pane() {
        return pane;
    }

    ChartTab shown() {
        return ChartTab.ofId(pane.getSelectionModel().getSelectedItem().getId());
    }

    /** The slide of the chart in the tab in front. */
    SlideKind shownSlide() {
        return shown().slide();
    }

    void show(ChartTab chart) {
        pane.getSelectionModel().select(tab(chart));
    }

    private Tab tab(ChartTab chart) {
        return pane.getTabs().stream()
                .filter(t -> chart.id().equals(t.getId()))
                .findFirst()
                .orElseThrow();
    }
}
