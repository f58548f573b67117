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
}
