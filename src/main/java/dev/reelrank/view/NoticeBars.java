package dev.reelrank.view;

import dev.reelrank.view.controls.HoverTip;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.port.BuiltInView;
import dev.reelrank.viewmodel.text.Texts;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bars under the toolbar that appear only when there is something to say. */
final class NoticeBars {
    private NoticeBars() {}

    /**
     * While a built-in view is shown: which one, the day its figures were gathered, and a link to
     * the other; so that the two dated views are offered from the first frame.
     */
    static HBox builtInBar(MainViewModel viewModel, Texts texts, Consumer<BuiltInView> open) {
        Label note = new Label();
        note.setId("builtin-note");
        note.getStyleClass().add("builtin-note");
        note.textProperty().bind(viewModel.builtInNoteProperty());
        note.setMinWidth(0);
        HoverTip.follow(note, viewModel.builtInNoteProperty(), 560);
        Hyperlink other = new Hyperlink();
        other.setId("builtin-other");
        other.setMinWidth(Region.USE_PREF_SIZE);
        Runnable sync = () -> {
            BuiltInView shown = viewModel.builtInViewProperty().get();
            other.setText(
                    shown == null
                            ? ""
                            : texts.format(
                                    "builtin.show",
                                    texts.get("builtin." + shown.other().name() + ".title")));
            other.setOnAction(shown == null ? null : e -> open.accept(shown.other()));
        };
        viewModel.builtInViewProperty().addListener((obs, old, shown) -> sync.run());
        sync.run();
        HBox bar = new HBox(8, note, other);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("builtin-bar");
        bar.visibleProperty().bind(viewModel.builtInViewProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        HBox.setHgrow(note, Priority.SOMETIMES);
        return bar;
    }

    /** Shown when unsaved work cannot be copied for crash recovery, until the user closes it. */
    static HBox recoveryBar(MainViewModel viewModel, Texts texts) {
        Label warning = new Label();
        warning.setId("recovery-warning");
        warning.getStyleClass().add("warning-note");
        warning.textProperty().bind(viewModel.recoveryWarningProperty());
        warning.setWrapText(true);
        warning.setMinWidth(0);
        Button close = new Button(texts.get("recovery.dismiss"));
        close.setId("recovery-warning-close");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> viewModel.dismissRecoveryWarning());
        HBox bar = new HBox(8, warning, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("warning-bar");
        bar.visibleProperty().bind(viewModel.recoveryWarningProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        HBox.setHgrow(warning, Priority.ALWAYS);
        return bar;
    }
}
