package dev.reelrank.view.settings;

import dev.reelrank.viewmodel.settings.Theme;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * The one place that knows ReelRank's style sheets and puts them on scenes and dialogs. The light
 * sheet holds every rule and its colour tokens; the dark sheet only redefines the tokens, laid over
 * it. Colours come from those tokens, never from Java code.
 */
public final class ThemeManager {
    private ThemeManager() {}

    /** The light style sheet every scene starts with. */
    public static String stylesheet() {
        return Objects.requireNonNull(ThemeManager.class.getResource("/dev/reelrank/view/reelrank.css"), "reelrank.css")
                .toExternalForm();
    }

    static String darkStylesheet() {
        return Objects.requireNonNull(
                        ThemeManager.class.getResource("/dev/reelrank/view/reelrank-dark.css"), "reelrank-dark.css")
                .toExternalForm();
    }

    /** A scene in ReelRank's look, light or dark. */
    public static void style(Scene scene, Theme theme) {
        if (!scene.getStylesheets().contains(stylesheet())) {
            scene.getStylesheets().addFirst(stylesheet());
        }
        apply(scene, theme);
    }

    /** Switches a styled scene between light and dark; dialogs opened later follow the scene. */
    public static void apply(Scene scene, Theme theme) {
        String dark = darkStylesheet();
        scene.getStylesheets().remove(dark);
        if (theme == Theme.DARK) {
            scene.getStylesheets().add(dark);
        }
    }

    /** Gives a dialog the look of the window it belongs to (light or dark). */
    public static void styleLike(DialogPane pane, Window owner) {
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().setAll(owner.getScene().getStylesheets());
        } else {
            pane.getStylesheets().setAll(stylesheet());
        }
    }
}
