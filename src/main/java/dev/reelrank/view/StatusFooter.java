package dev.reelrank.view;

import dev.reelrank.view.controls.HoverTip;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.text.Texts;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The main window's bottom line: the status message (or where the sources are), an export's
 * spinner and Cancel, and the badges for hidden products, sample data and the exchange rates used.
 */
final class StatusFooter {
    private StatusFooter() {}

    static HBox of(MainViewModel viewModel, Texts texts) {
        Label status = new Label();
        status.setId("status-message");
        status.getStyleClass().add("status-message");
        status.textProperty()
                .bind(Bindings.when(viewModel.statusProperty().isEmpty())
                        .then(texts.get("note.hoverForSources"))
                        .otherwise(viewModel.statusProperty()));
        viewModel
                .statusIsProblemProperty()
                .addListener((obs, was, problem) ->
                        status.pseudoClassStateChanged(PseudoClass.getPseudoClass("problem"), problem));
        status.pseudoClassStateChanged(
                PseudoClass.getPseudoClass("problem"),
                viewModel.statusIsProblemProperty().get());
        status.setMinWidth(0);
        // A narrow window ends the line in "…"; the whole of it is then in the tooltip.
        HoverTip.whenCut(status, 560);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Label sample = note("sample-note");
        sample.setId("sample-note");
        sample.textProperty().bind(viewModel.sampleBadgeProperty());
        sample.visibleProperty().bind(viewModel.sampleBadgeProperty().isNotEmpty());
        sample.managedProperty().bind(sample.visibleProperty());
        sample.setWrapText(false);
        sample.setMinWidth(Region.USE_PREF_SIZE);
        HoverTip.follow(sample, viewModel.sampleNoteProperty(), 480);
        Label hidden = note("hidden-note");
        hidden.setId("hidden-note");
        hidden.textProperty().bind(viewModel.hiddenBadgeProperty());
        hidden.visibleProperty().bind(viewModel.hiddenBadgeProperty().isNotEmpty());
        hidden.managedProperty().bind(hidden.visibleProperty());
        hidden.setWrapText(false);
        hidden.setMinWidth(Region.USE_PREF_SIZE);
        HoverTip.follow(hidden, viewModel.hiddenNoteProperty(), 480);
        Label rates = note("rates-note");
        rates.setId("rates-note");
        rates.setWrapText(false);
        rates.setMinWidth(0);
        rates.textProperty().bind(viewModel.currencyNoteProperty());
        HoverTip.follow(rates, viewModel.currencySourcesProperty(), 560);
        // While an image is encoded and written: a spinner and Cancel beside the "Exporting…" line.
        Button cancelExport = new Button(texts.get("export.cancel"));
        cancelExport.setId("cancel-export");
        HoverTip.follow(cancelExport, texts.get("export.cancelTip"), 480);
        cancelExport.setOnAction(e -> {
            viewModel.exports().cancel();
            cancelExport.setDisable(true);
        });
        cancelExport.visibleProperty().bind(viewModel.exports().busyProperty());
        cancelExport.managedProperty().bind(cancelExport.visibleProperty());
        HBox footer = new HBox(12, status, cancelExport, hidden, sample, rates);
        viewModel.exports().busyProperty().addListener((obs, was, busy) -> {
            cancelExport.setDisable(false);
            // Made at the first export, not with the window: a spinner's skin is a dozen nodes and an animation.
            if (busy && footer.lookup(".export-progress") == null) {
                ProgressIndicator exporting = new ProgressIndicator();
                exporting.getStyleClass().add("export-progress");
                exporting.setPrefSize(16, 16);
                exporting.visibleProperty().bind(viewModel.exports().busyProperty());
                exporting.managedProperty().bind(exporting.visibleProperty());
                footer.getChildren().addFirst(exporting);
            }
        });
        footer.getStyleClass().add("footer");
        return footer;
    }

    private static Label note(String styleClass) {
        Label label = new Label();
        label.setWrapText(true);
        label.getStyleClass().addAll("note", styleClass);
        return label;
    }
}
