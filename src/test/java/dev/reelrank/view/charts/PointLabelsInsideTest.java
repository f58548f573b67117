package dev.reelrank.view.charts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.viewmodel.charts.ChartBar;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A rating's label stays inside the plot: a point near the axis's end with a long label
 * ("1,106 #1 · discontinued Apr 2026") has it drawn before its interval rather than cut at the edge.
 */
class PointLabelsInsideTest {
    // A stage of its own: resizing the shared one would change the window the other tests find.
    @BeforeAll
    static void fxThread() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aLongLabelNearTheEnd_isDrawnBeforeItsInterval_insideThePlot() throws Exception {
        AtomicReference<Stage> shown = new AtomicReference<>();
        String problem = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            NiceAxis values = new NiceAxis(Locale.US);
            ProductBarChart chart = new ProductBarChart(values, new CategoryAxis(), ProductBarChart.Marks.POINTS);
            chart.setAnimated(false);
            values.fit(600, 1210);
            chart.show(
                    List.of(
                            new ChartBar(
                                    "sora",
                                    "Sora (2024)",
                                    "#4c9",
                                    1106.0,
                                    1000.0,
                                    1203.0,
                                    "1,106  #1  \u00b7 discontinued Apr 2026",
                                    ""),
                            new ChartBar("veo", "Veo 2", "#36c", 789.0, 755.0, 1000.0, "789  #3", "")),
                    Double.NaN);
            Stage stage = new Stage();
            stage.setScene(new Scene(chart, 640, 300));
            stage.show();
            shown.set(stage);
            chart.applyCss();
            chart.layout();
            Text label = chart.valueLabelOf("sora");
            Bounds drawn = label.localToScene(label.getLayoutBounds());
            Bounds plot = values.localToScene(values.getLayoutBounds());
            return drawn.getMaxX() <= plot.getMaxX() + 1 && drawn.getMinX() >= plot.getMinX() - 1
                    ? null
                    : "label at " + drawn + ", plot from " + plot.getMinX() + " to " + plot.getMaxX();
        });
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> shown.get().close());
        assertTrue(problem == null, problem);
    }

    /**
     * On a narrow chart (the room's results are laid out 540 wide), a long label on an interval that
     * starts far left has room on neither side at the view model's bounds: the axis reaches further
     * right, so that it is drawn whole after its interval. The results screen cut "· discontinued Apr
     * 202" there.
     */
    @Test
    void aLongLabelWithNoRoomEitherSide_widensTheAxis_andIsDrawnWhole() throws Exception {
        AtomicReference<Stage> shown = new AtomicReference<>();
        AtomicReference<ProductBarChart> made = new AtomicReference<>();
        AtomicReference<NiceAxis> axis = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            NiceAxis values = new NiceAxis(Locale.US);
            ProductBarChart chart = new ProductBarChart(values, new CategoryAxis(), ProductBarChart.Marks.POINTS);
            chart.setAnimated(false);
            List<ChartBar> bars = List.of(
                    new ChartBar("veo", "Veo 2", "#36c", 818.0, 690.0, 1047.0, "818  #1", ""),
                    new ChartBar(
                            "sora",
                            "Sora",
                            "#4c9",
                            1042.0,
                            873.0,
                            1211.0,
                            "1,042  #1  \u00b7 discontinued Apr 2026",
                            ""));
            // The bounds the view model gives these ratings: a share of the span right of the highest end.
            chart.fitValueAxis(690 - 521 * 0.04, 1211 + 521 * (0.3 + 0.025 * 22));
            chart.show(bars, Double.NaN);
            Stage stage = new Stage();
            stage.setScene(new Scene(chart, 540, 300));
            stage.show();
            shown.set(stage);
            made.set(chart);
            axis.set(values);
        });
        try {
            dev.reelrank.testing.Poll.until(
                    "the label is drawn inside the plot",
                    () -> WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
                        Text label = made.get().valueLabelOf("sora");
                        Bounds drawn = label.localToScene(label.getLayoutBounds());
                        Bounds plot = axis.get().localToScene(axis.get().getLayoutBounds());
                        return drawn.getMaxX() <= plot.getMaxX() + 1 && drawn.getMinX() >= plot.getMinX();
                    }),
                    java.time.Duration.ofSeconds(5));
        } finally {
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> shown.get().close());
        }
    }
}
