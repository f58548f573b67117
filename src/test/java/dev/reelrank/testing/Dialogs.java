package dev.reelrank.testing;

import javafx.scene.control.Button;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/** What component tests of a dialog do around it: find its buttons by their words, and close it. */
public final class Dialogs {
    private Dialogs() {}

    /** The button showing {@code text}, in whichever window it is. */
    public static Button button(FxRobot robot, String text) {
        return robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> text.equals(b.getText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }

    /** Hides every window whose scene holds {@code dialogId}, then {@code owner}: the next test starts clean. */
    public static void closeWithOwner(FxRobot robot, Window owner, String dialogId) {
        robot.interact(() -> {
            robot.listWindows().stream()
                    .filter(w ->
                            w != owner && w.getScene() != null && w.getScene().lookup(dialogId) != null)
                    .forEach(Window::hide);
            owner.hide();
        });
    }
}
