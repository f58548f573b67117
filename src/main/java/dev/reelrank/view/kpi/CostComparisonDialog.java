package dev.reelrank.view.kpi;

import dev.reelrank.view.settings.ThemeManager;
import dev.reelrank.viewmodel.kpi.KpiViewModel;
import dev.reelrank.viewmodel.kpi.KpiViewModel.ComparisonChoice;
import dev.reelrank.viewmodel.text.Texts;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Chooses the products of the comparison tile: one product whose cost is compared, and the products
 * it is compared with. OK applies the choice as one undoable edit; a choice the project refuses (no
 * product to compare with, too many) keeps the dialog open and says why.
 */
public final class CostComparisonDialog {
    private CostComparisonDialog() {}

    public static void show(Window owner, KpiViewModel viewModel, Texts texts) {
        List<ComparisonChoice> choices = viewModel.comparisonChoices();
        ComboBox<ComparisonChoice> reference = new ComboBox<>();
        reference.setId("comparison-reference");
        reference.getItems().setAll(choices);
        reference.setButtonCell(new NameCell());
        reference.setCellFactory(list -> new NameCell());
        choices.stream()
                .filter(c -> c.id().equals(viewModel.comparison().reference()))
                .findFirst()
                .ifPresent(reference::setValue);

        VBox boxes = new VBox(4);
        List<CheckBox> against = new ArrayList<>();
        for (ComparisonChoice choice : choices) {
            CheckBox box = new CheckBox(choice.name());
            box.setId("comparison-against-" + choice.id());
            box.setUserData(choice.id());
            box.setSelected(viewModel.comparison().against().contains(choice.id()));
            box.disableProperty()
                    .bind(Bindings.createBooleanBinding(
                            () -> reference.getValue() != null
                                    && reference.getValue().id().equals(choice.id()),
                            reference.valueProperty()));
            against.add(box);
            boxes.getChildren().add(box);
        }
        ScrollPane scroll = new ScrollPane(boxes);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(240, 26.0 * choices.size()));

        Label help = new Label(texts.get("comparison.help"));
        help.setWrapText(true);
        help.getStyleClass().add("note");
        Label problem = new Label();
        problem.setId("comparison-problem");
        problem.getStyleClass().add("dialog-problem");
        problem.setWrapText(true);
        Label compare = new Label(texts.get("comparison.reference"));
        HBox first = new HBox(8, compare, reference);
        first.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(8, help, first, new Label(texts.get("comparison.against")), scroll, problem);
        content.setPrefWidth(420);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("comparison.title"));
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(texts.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, event -> {
            if (reference.getValue() == null) {
                problem.setText(texts.get("comparison.noReference"));
                event.consume();
                return;
            }
            List<String> chosen = against.stream()
                    .filter(b -> b.isSelected() && !b.isDisabled())
                    .map(b -> (String) b.getUserData())
                    .toList();
            String error = viewModel.compareCosts(reference.getValue().id(), chosen);
            if (error != null) {
                problem.setText(error);
                event.consume();
            }
        });
        ThemeManager.styleLike(dialog.getDialogPane(), owner);
        dialog.getDialogPane().setId("cost-comparison-dialog");
        dialog.setResizable(true);
        dialog.show();
    }

    /** A choice by its name; products the project no longer holds say so. */
    private static final class NameCell extends ListCell<ComparisonChoice> {
        @Override
        protected void updateItem(ComparisonChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }
}
