package dev.reelrank.view.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.testing.OwnStage;
import dev.reelrank.viewmodel.charts.ChartBar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A product chart with more rows than its box keeps its scale in view: the value axis stays at the
 * bottom of the visible part while the rows scroll behind it, as in a laptop-sized window.
 */
class PinnedValueAxisTest {
    private static final int PRODUCTS = 12;
    private static final String BAR_COLOUR = "#1f77b4";

    // A stage of its own: resizing the shared one would change the window the other tests find.
    @BeforeAll
    static void fxThread() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aChartTallerThanItsBox_keepsItsAxisInView_andHidesTheRowsBehindIt() throws Exception {
        AtomicReference<Stage> stage = new AtomicReference<>();
        List<String> problems = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            NiceAxis values = new NiceAxis(Locale.US);
            values.setLabel("USD per minute of video");
            ProductBarChart chart = new ProductBarChart(values, new CategoryAxis(), ProductBarChart.Marks.BARS);
            values.fit(0, 50);
            chart.show(bars(), Double.NaN);
            RowsViewport viewport = new RowsViewport(false);
            viewport.show(chart);
            stage.set(OwnStage.show(viewport, 640, 220));
            Scene scene = viewport.getScene();
            List<String> found = new ArrayList<>();
            ScrollPane scroll = (ScrollPane) viewport.lookup(".chart-scroll");
            Bounds box = scroll.localToScene(scroll.getLayoutBounds());
            Bounds axis = values.localToScene(values.getLayoutBounds());
            if (chart.getHeight() <= box.getHeight()) {
                found.add("the chart fits (" + chart.getHeight() + " px in " + box.getHeight() + "), nothing to check");
            }
            if (axis.getMaxY() > box.getMaxY() + 1 || axis.getMinY() < box.getMinY()) {
                found.add("at the top, the axis at " + axis + " is not inside the box " + box);
            }
            Text last = categoryName(chart, "Product 12");
            if (last != null && last.localToScene(last.getLayoutBounds()).getMinY() < axis.getMinY()) {
                found.add("the last row's name is above the axis though the chart is scrolled to its top");
            }
            // A row behind the axis: its bar's colour does not show through.
            Node hidden = rowBehind(chart, axis);
            if (hidden == null) {
                found.add("no bar lies behind the pinned axis");
            } else {
                Bounds bar = hidden.localToScene(hidden.getLayoutBounds());
                WritableImage image = scene.snapshot(null);
                Color at = image.getPixelReader().getColor((int) bar.getCenterX(), (int) bar.getCenterY());
                if (near(at, Color.web(BAR_COLOUR))) {
                    found.add("a bar behind the axis shows through: " + at + " at " + bar);
                }
            }

            scroll.setVvalue(scroll.getVmax());
            viewport.layout();
            Bounds bottom = values.localToScene(values.getLayoutBounds());
            Text lastName = categoryName(chart, "Product 12");
            if (Math.abs(values.getTranslateY()) > 0.5) {
                found.add("scrolled to the bottom, the axis is still moved by " + values.getTranslateY());
            }
            if (lastName == null
                    || lastName.localToScene(lastName.getLayoutBounds()).getMaxY() > bottom.getMinY() + 1) {
                found.add("scrolled to the bottom, the last row's name is not above the axis");
            }
            return found;
        });
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> stage.get().close());
        assertEquals(List.of(), problems);
    }

    @Test
    void aChartThatReplacesAnother_inTheSameBox_hasItsAxisPinnedToo() throws Exception {
        AtomicReference<Stage> stage = new AtomicReference<>();
        String problem = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            RowsViewport viewport = new RowsViewport(false);
            // Switching the cost chart to a log scale puts a new chart into the same box.
            viewport.show(tallChart());
            stage.set(OwnStage.show(viewport, 640, 220));
            Scene scene = viewport.getScene();
            ProductBarChart second = tallChart();
            viewport.show(second);
            viewport.applyCss();
            viewport.layout();
            Node axisNode = second.getXAxis();
            Bounds axis = axisNode.localToScene(axisNode.getLayoutBounds());
            Node hidden = rowBehind(second, axis);
            if (hidden == null) {
                return "no bar lies behind the second chart's axis";
            }
            Bounds bar = hidden.localToScene(hidden.getLayoutBounds());
            Color at = scene.snapshot(null).getPixelReader().getColor((int) bar.getCenterX(), (int) bar.getCenterY());
            return near(at, Color.web(BAR_COLOUR)) ? "a bar shows through the second chart's axis" : null;
        });
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> stage.get().close());
        assertEquals(null, problem);
    }

    private static ProductBarChart tallChart() {
        NiceAxis values = new NiceAxis(Locale.US);
        ProductBarChart chart = new ProductBarChart(values, new CategoryAxis(), ProductBarChart.Marks.BARS);
        values.fit(0, 50);
        chart.show(bars(), Double.NaN);
        return chart;
    }

    @Test
    void aChartThatFits_leavesItsAxisWhereTheChartPutIt() throws Exception {
        AtomicReference<Stage> stage = new AtomicReference<>();
        double moved = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            NiceAxis values = new NiceAxis(Locale.US);
            ProductBarChart chart = new ProductBarChart(values, new CategoryAxis(), ProductBarChart.Marks.BARS);
            values.fit(0, 50);
            chart.show(bars().subList(0, 3), Double.NaN);
            RowsViewport viewport = new RowsViewport(false);
            viewport.show(chart);
            stage.set(OwnStage.show(viewport, 640, 400));
            assertTrue(chart.getHeight() > 0);
            return values.getTranslateY();
        });
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> stage.get().close());
        assertEquals(0, moved, 0.01);
    }

    private static List<ChartBar> bars() {
        List<ChartBar> bars = new ArrayList<>();
        for (int i = 1; i <= PRODUCTS; i++) {
            double value = 3.0 * i;
            bars.add(new ChartBar("p" + i, "Product " + i, BAR_COLOUR, value, null, null, String.valueOf(value), ""));
        }
        return bars;
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.1
                && Math.abs(a.getGreen() - b.getGreen()) < 0.1
                && Math.abs(a.getBlue() - b.getBlue()) < 0.1;
    }

    private static Text categoryName(ProductBarChart chart, String name) {
        return chart.getYAxis().getChildrenUnmodifiable().stream()
                .filter(node -> node instanceof Text text && name.equals(text.getText()) && text.isVisible())
                .map(Text.class::cast)
                .findFirst()
                .orElse(null);
    }

    /** A bar whose middle lies within the axis's drawn height. */
    private static Node rowBehind(ProductBarChart chart, Bounds axis) {
        for (int i = 1; i <= PRODUCTS; i++) {
            Node mark = chart.markOf("p" + i);
            Bounds bar = mark.localToScene(mark.getLayoutBounds());
            if (bar.getCenterY() > axis.getMinY() + 2 && bar.getCenterY() < axis.getMaxY() - 2) {
                return mark;
            }
        }
        return null;
    }
}
