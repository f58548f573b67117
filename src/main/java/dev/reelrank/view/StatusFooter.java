package dev.reelrank.view;

import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.text.Texts;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
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
        // A narrow window ends the line in "…"; the whole of it is in the tooltip.
        Tooltip statusTip = new Tooltip();
        statusTip.textProperty().bind(status.textProperty());
        statusTip.setWrapText(true);
        statusTip.setMaxWidth(560);
        status.setTooltip(statusTip);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Label sample = note("sample-note");
        sample.setId("sample-note");
        sample.textProperty().bind(viewModel.sampleBadgeProperty());
        sample.visibleProperty().bind(viewModel.sampleBadgeProperty().isNotEmpty());
        sample.managedProperty().bind(sample.visibleProperty());
        sample.setWrapText(false);
        sample.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip sampleTip = new Tooltip();
        sampleTip.textProperty().bind(viewModel.sampleNoteProperty());
        sampleTip.setWrapText(true);
        sampleTip.setMaxWidth(480);
        sample.setTooltip(sampleTip);
        Label hidden = note("hidden-note");
        hidden.setId("hidden-note");
        hidden.textProperty().bind(viewModel.hiddenBadgeProperty());
        hidden.visibleProperty().bind(viewModel.hiddenBadgeProperty().isNotEmpty());
        hidden.managedProperty().bind(hidden.visibleProperty());
        hidden.setWrapText(false);
        hidden.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip hiddenTip = new Tooltip();
        hiddenTip.textProperty().bind(viewModel.hiddenNoteProperty());
        hiddenTip.setWrapText(true);
        hiddenTip.setMaxWidth(480);
        hidden.setTooltip(hiddenTip);
        Label rates = note("rates-note");
        rates.setId("rates-note");
        rates.setWrapText(false);
        rates.setMinWidth(0);
        rates.textProperty().bind(viewModel.currencyNoteProperty());
        Tooltip ratesTip = new Tooltip();
        ratesTip.textProperty().bind(viewModel.currencySourcesProperty());
        ratesTip.setWrapText(true);
        ratesTip.setMaxWidth(560);
        rates.setTooltip(ratesTip);
        // While an image is encoded and written: a spinner and Cancel beside the "Exporting…" line.
        ProgressIndicator exporting = new ProgressIndicator();
        exporting.getStyleClass().add("export-progress");
        exporting.setPrefSize(16, 16);
        Button cancelExport = new Button(texts.get("export.cancel"));
        cancelExport.setId("cancel-export");
        cancelExport.setTooltip(new Tooltip(texts.get("export.cancelTip")));
        cancelExport.setOnAction(e -> {
            viewModel.exports().cancel();
            cancelExport.setDisable(true);
        });
        for (Node node : List.of(exporting, cancelExport)) {
            node.visibleProperty().bind(viewModel.exports().busyProperty());
            node.managedProperty().bind(node.visibleProperty());
        }
        viewModel.exports().busyProperty().addListener((obs, was, busy) -> cancelExport.setDisable(false));
        HBox footer = new HBox(12, exporting, status, cancelExport, hidden, sample, rates);
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
