package dev.reelrank.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.javafx.perf.PerformanceTracker;
import dev.reelrank.testing.Poll;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.effect.GaussianBlur;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** "First frame painted" (the start-up trace, --smoke, the table added after the charts) means on the screen. */
@ExtendWith(ApplicationExtension.class)
class FirstPaintTest {

    @Test
    void thePaintedCallbackComesOnlyAfterTheChartsFrameHasBeenRendered(FxRobot robot) throws Exception {
        AtomicInteger rendered = new AtomicInteger();
        AtomicInteger renderedWhenCalled = new AtomicInteger(-1);
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            // A chart slow to render, as a whole window's first frame is: a wide blur in software
            // takes far longer than one pulse, so a callback one pulse later would come too early.
            Region chart = new Region();
            chart.setId("cost-chart");
            chart.setStyle("-fx-background-color: linear-gradient(to right, red, blue);");
            chart.setPrefSize(1200, 800);
            chart.setEffect(new GaussianBlur(63));
            Scene scene = new Scene(new Pane(chart), 1200, 800);
            PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(rendered::incrementAndGet);
            FirstPaint.whenPainted(scene, () -> renderedWhenCalled.set(rendered.get()));
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
        });
        Poll.until("the painted callback", () -> renderedWhenCalled.get() >= 0, Duration.ofSeconds(10));
        robot.interact(() -> stage[0].close());
        assertTrue(renderedWhenCalled.get() >= 1, "frames rendered before the callback: " + renderedWhenCalled.get());
    }
}
