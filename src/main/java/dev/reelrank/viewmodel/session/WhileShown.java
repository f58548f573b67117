package dev.reelrank.viewmodel.session;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Redraws a view model's output only while its tab is on screen: a chart nobody looks at need
 * not follow every edit, and catches up when it is shown again.
 */
public final class WhileShown {
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    private final Runnable redraw;

    public WhileShown(Runnable redraw) {
        this.redraw = redraw;
        shown.addListener((obs, was, now) -> redrawIfShown());
    }

    public void redrawIfShown() {
        if (shown.get()) {
            redraw.run();
        }
    }

    /** Whether the view is on screen; the view binds it to its tab. */
    public BooleanProperty property() {
        return shown;
    }
}
