package dev.reelrank.view.controls;

import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/** Reads what {@link FieldFeedback} shows under a field, in whichever window or popup it is. */
public final class FieldProblems {
    private FieldProblems() {}

    /** The message shown under a field, if any popup shows one. */
    public static Optional<String> shown(FxRobot robot) {
        return robot.listWindows().stream()
                .filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot().lookup(".field-problem"))
                .filter(n -> n instanceof Label label
                        && label.isVisible()
                        && !label.getText().isEmpty())
                .map(n -> ((Label) n).getText())
                .findFirst();
    }
}
