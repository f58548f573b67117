package dev.reelrank.view.controls;

import dev.reelrank.viewmodel.text.Texts;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.transform.Transform;
import javafx.stage.Popup;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Says why typed text is refused where the user is looking: a message right under the field or
 * cell being edited, for as long as the text is wrong. Enter on wrong text adds that it was not
 * applied, there and in the window's status line (when there is one). One per window part; only
 * one field is edited at a time, so the fields of a table or a panel share it.
 */
public final class FieldFeedback {
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    private static final double GAP = 2;

    private final Texts texts;
    private final Consumer<String> report;
    private final Consumer<String> withdraw;
    private final Popup popup = new Popup();
    private final Label message = new Label();
    private Node anchor;
    private String reported;
    private final ChangeListener<Transform> moved = (obs, old, now) -> place();
    private final ChangeListener<Number> windowMoved = (obs, old, now) -> place();
    private final ChangeListener<Boolean> windowFocus = (obs, was, focused) -> {
        if (!focused) {
            popup.hide();
        } else if (anchor != null && !message.getText().isEmpty()) {
            showAt(anchor);
        }
    };

    private FieldFeedback(Texts texts, Consumer<String> report, Consumer<String> withdraw) {
        this.texts = texts;
        this.report = report;
        this.withdraw = withdraw;
        message.getStyleClass().add("field-problem");
        message.setId("field-problem");
        message.setWrapText(true);
        message.setMaxWidth(460);
        popup.getContent().add(message);
        popup.setAutoFix(true);
        popup.setAnchorLocation(PopupWindow.AnchorLocation.CONTENT_TOP_LEFT);
        popup.setAutoHide(false);
        popup.setHideOnEscape(false);
    }

    /** For a dialog: the message under the field only. */
    public static FieldFeedback underTheField(Texts texts) {
        return new FieldFeedback(texts, problem -> {}, problem -> {});
    }

    /**
     * For the main window: the message under the field, and "Not applied" in its status line too
     * ({@code report}); {@code withdraw} takes that message back once the field is fine.
     */
    public static FieldFeedback withStatusLine(Texts texts, Consumer<String> report, Consumer<String> withdraw) {
        return new FieldFeedback(texts, report, withdraw);
    }

    /** The text typed into {@code field} is wrong for this reason (null or empty: it is fine now). */
    void problem(Node field, String problem) {
        if (problem == null || problem.isEmpty()) {
            done(field);
            return;
        }
        message.pseudoClassStateChanged(REFUSED, false);
        show(field, problem);
    }

    /** Enter was pressed on wrong text: nothing was applied, and the user is told so. */
    void refused(Node field, String problem) {
        if (problem == null || problem.isEmpty()) {
            return;
        }
        message.pseudoClassStateChanged(REFUSED, true);
        show(field, problem + "\n" + texts.get("field.notApplied"));
        withdrawReport();
        reported = texts.format("status.notApplied", problem);
        report.accept(reported);
    }

    /** Editing {@code field} ended (applied, abandoned or left): its message goes. */
    void done(Node field) {
        if (field != anchor) {
            return;
        }
        withdrawReport();
        detach();
        message.setText("");
        popup.hide();
    }

    private void withdrawReport() {
        if (reported != null) {
            withdraw.accept(reported);
            reported = null;
        }
    }

    private void show(Node field, String text) {
        if (field != anchor) {
            withdrawReport();
            detach();
            anchor = field;
            field.localToSceneTransformProperty().addListener(moved);
            Window window = windowOf(field);
            if (window != null) {
                window.xProperty().addListener(windowMoved);
                window.yProperty().addListener(windowMoved);
                window.focusedProperty().addListener(windowFocus);
            }
        }
        message.setText(text);
        showAt(field);
    }

    private void showAt(Node field) {
        Window window = windowOf(field);
        if (window == null || !window.isShowing()) {
            return;
        }
        Bounds bounds = field.localToScreen(field.getLayoutBounds());
        if (bounds == null) {
            return;
        }
        if (popup.isShowing() && popup.getOwnerWindow() == window) {
            place();
        } else {
            popup.hide();
            popup.show(window, bounds.getMinX(), bounds.getMaxY() + GAP);
        }
    }

    private void place() {
        if (anchor == null || !popup.isShowing()) {
            return;
        }
        Bounds bounds = anchor.localToScreen(anchor.getLayoutBounds());
        if (bounds != null) {
            popup.setX(bounds.getMinX());
            popup.setY(bounds.getMaxY() + GAP);
        }
    }

    private void detach() {
        if (anchor == null) {
            return;
        }
        anchor.localToSceneTransformProperty().removeListener(moved);
        Window window = windowOf(anchor);
        if (window != null) {
            window.xProperty().removeListener(windowMoved);
            window.yProperty().removeListener(windowMoved);
            window.focusedProperty().removeListener(windowFocus);
        }
        anchor = null;
    }

    private static Window windowOf(Node node) {
        return node.getScene() == null ? null : node.getScene().getWindow();
    }
}
