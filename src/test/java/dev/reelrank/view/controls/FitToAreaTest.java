package dev.reelrank.view.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Lines of text that wrap, fitted into a room: shrunk only as far as they must be, and never cut. */
@ExtendWith(ApplicationExtension.class)
class FitToAreaTest {
    private final StackPane room = new StackPane();

    /** A window of the test's own: the shared primary stage keeps the size later tests expect. */
    private Stage window;

    @Start
    void start(Stage primary) {
        window = new Stage();
        Stage stage = window;
        // A room of its own size, whatever size the shared test stage has been given before.
        room.setMinSize(400, 300);
        room.setPrefSize(400, 300);
        room.setMaxSize(400, 300);
        StackPane root = new StackPane(room);
        root.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        stage.setScene(new Scene(root, 400, 300));
        stage.show();
    }

    @AfterEach
    void closeTheWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    private static VBox lines(int count) {
        VBox lines = new VBox(4);
        IntStream.range(0, count).forEach(i -> {
            Label line = new Label("Line " + i + ": a product beat another in 57 % of 7 votes, ties count half");
            line.setWrapText(true);
            line.setStyle("-fx-font-size: 16px;");
            lines.getChildren().add(line);
        });
        return lines;
    }

    /** The lines' scale, and their drawn bounds in the room. */
    private record Fitted(double scale, Bounds drawn) {}

    private Fitted fit(FxRobot robot, VBox lines) {
        AtomicReference<Fitted> fitted = new AtomicReference<>();
        robot.interact(() -> room.getChildren().setAll(FitToArea.wrappingText(lines)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> fitted.set(new Fitted(
                lines.getLocalToParentTransform().getMxx(),
                room.sceneToLocal(lines.localToScene(lines.getLayoutBounds())))));
        return fitted.get();
    }

    @Test
    void fewLines_keepTheirSize(FxRobot robot) {
        Fitted few = fit(robot, lines(3));
        assertEquals(1, few.scale(), 1e-9);
    }

    @Test
    void manyLines_shrinkJustEnoughToFit_withLongerLinesThatWrapLess(FxRobot robot) {
        Fitted many = fit(robot, lines(14));
        assertTrue(many.scale() < 1, "shrunk: " + many.scale());
        assertTrue(many.drawn().getMaxY() <= 300.5, "nothing below the room: " + many.drawn());
        // The room is used: the lines reach most of its height, not a third of it.
        assertTrue(many.drawn().getMaxY() > 240, "the room's height is used: " + many.drawn());
        assertTrue(many.drawn().getMaxX() <= 400.5, "nothing past the right: " + many.drawn());
    }
}
