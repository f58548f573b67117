package dev.reelrank.view.products;

import dev.reelrank.view.controls.FieldFeedback;
import dev.reelrank.view.controls.ValidatingTextField;
import dev.reelrank.viewmodel.products.PriceOptionRow;
import dev.reelrank.viewmodel.products.ProductDetailsViewModel;
import dev.reelrank.viewmodel.text.EditableField;
import dev.reelrank.viewmodel.text.Texts;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The selected product's facts and every price option with its cost and source; one is compared. */
public final class ProductDetailsPane extends ScrollPane {
    private final ProductDetailsViewModel viewModel;
    private final Texts texts;
    private final VBox options = new VBox(8);
    private final FieldFeedback feedback;

    public ProductDetailsPane(ProductDetailsViewModel viewModel, Texts texts, FieldFeedback feedback) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.feedback = feedback;
        setId("details-pane");
        getStyleClass().add("details-pane");
        setFitToWidth(true);
        Label title = label("details-title", true);
        title.textProperty().bind(viewModel.titleProperty());
        Label facts = label("details-facts", true);
        facts.textProperty().bind(viewModel.factsProperty());
        Label note = label("details-note", true);
        note.textProperty().bind(viewModel.noteProperty());
        note.visibleProperty().bind(viewModel.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        Label heading = label("details-heading", false);
        heading.setText(texts.get("details.prices"));
        heading.visibleProperty().bind(viewModel.factsProperty().isNotEmpty());
        Label votes = label("details-votes", true);
        votes.textProperty().bind(viewModel.votesProperty());
        VBox content = new VBox(6, title, facts, note, heading, options, votes);
        content.getStyleClass().add("details-content");
        setContent(content);
        viewModel.options().addListener((ListChangeListener<PriceOptionRow>) change -> showOptions());
        // Another product starts at its top, not where the last one was left scrolled.
        viewModel.titleProperty().addListener((obs, old, now) -> setVvalue(0));
        showOptions();
    }

    private void showOptions() {
        options.getChildren().clear();
        ToggleGroup compared = new ToggleGroup();
        for (PriceOptionRow option : viewModel.options()) {
            RadioButton choose = new RadioButton(option.label() + " \u2014 " + option.figure());
            choose.setId("compare-" + option.id());
            choose.setToggleGroup(compared);
            choose.setSelected(option.compared());
            choose.setWrapText(true);
            choose.setTooltip(new Tooltip(texts.get("details.compareTip")));
            choose.setOnAction(e -> viewModel.compare(option.id()));
            Label cost = label("option-cost", true);
            cost.setText(
                    option.kind().isEmpty()
                            ? option.costPerMinute()
                            : option.kind() + " \u00b7 " + option.costPerMinute());
            Label source = label("option-source", true);
            source.setText(option.source());
            VBox card = new VBox(2, choose, cost, source);
            option.planUse().ifPresent(field -> card.getChildren().add(planUse(option.id(), field)));
            if (!option.note().isEmpty()) {
                Label note = label("option-note", true);
                note.setText(option.note());
                card.getChildren().add(note);
            }
            card.getStyleClass().add("option-card");
            if (option.compared()) {
                card.getStyleClass().add("compared");
            }
            options.getChildren().add(card);
        }
    }

    /** The share of a plan's allowance its cost assumes used, editable where the plan's figure shows. */
    private HBox planUse(String optionId, EditableField field) {
        Label caption = label("option-plan-use", false);
        caption.setText(texts.get("details.planUse"));
        ValidatingTextField share = new ValidatingTextField(field, feedback);
        share.setId("plan-use-" + optionId);
        share.setPrefColumnCount(4);
        caption.setTooltip(new Tooltip(texts.get("details.planUseTip")));
        caption.setLabelFor(share);
        HBox row = new HBox(6, caption, share);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label label(String styleClass, boolean wrap) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(wrap);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
