package dev.reelrank.view.kpi;

import dev.reelrank.viewmodel.kpi.KpiTile;
import dev.reelrank.viewmodel.kpi.KpiViewModel;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The KPI cards above the charts, following every edit. Plain labels styled by the theme's
 * tokens: a caption, the headline number with its unit and the product it is about, and a footer
 * saying what exactly the number measures. In the window, text that does not fit ends in an
 * ellipsis and the card's tooltip has all of it; on a slide it wraps ({@link #drawWhole}).
 */
public final class KpiStrip extends HBox {
    private final List<Card> cards;

    public KpiStrip(KpiViewModel viewModel) {
        setId("kpi-strip");
        getStyleClass().add("kpi-strip");
        Card cheapest = new Card("kpi-cheapest", viewModel, viewModel.cheapestProperty(), false);
        Card top = new Card("kpi-top-rating", viewModel, viewModel.topRatingProperty(), false);
        Card best = new Card("kpi-best-value", viewModel, viewModel.bestValueProperty(), false);
        Card votes = new Card("kpi-votes", viewModel, viewModel.votesProperty(), false);
        Card ratio = new Card("kpi-ratio", viewModel, viewModel.ratioProperty(), true);
        cards = List.of(cheapest, top, best, votes, ratio);
        for (Card card : cards) {
            HBox.setHgrow(card, Priority.ALWAYS);
            card.setPrefWidth(190);
        }
        // The best value's footer states its rule and may add "sample data"; two lines of comparisons
        // need well over a figure's width.
        best.setPrefWidth(225);
        ratio.setPrefWidth(345);
        getChildren().setAll(cards);
    }

    /**
     * Every card's words drawn whole, wrapping where they must: for a slide, which has no tooltip to
     * read the rest in. The cards grow taller together.
     */
    public void drawWhole() {
        for (Card card : cards) {
            for (Label label : List.of(card.subject, card.lines, card.basis)) {
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
        }
    }

    /** The card with this id, for tests. */
    public Card card(String id) {
        return cards.stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    /** One KPI: caption, figure (or lines of text), footer. */
    public static final class Card extends VBox {
        private final Label title = label("kpi-title");
        private final Label value = label("kpi-value");
        private final Label unit = label("kpi-unit");
        private final Label subject = label("kpi-subject");
        private final Label lines = label("kpi-lines");
        private final Label basis = label("kpi-basis");
        private final Tooltip tip = new Tooltip();

        Card(String id, KpiViewModel viewModel, ReadOnlyObjectProperty<KpiTile> content, boolean text) {
            setId(id);
            getStyleClass().add("kpi-card");
            setMinWidth(0);
            value.setMinWidth(Region.USE_PREF_SIZE);
            HBox figure = new HBox(value, unit);
            figure.getStyleClass().add("kpi-figure");
            lines.setWrapText(false);
            if (text) {
                getChildren().setAll(title, lines, basis);
            } else {
                getChildren().setAll(title, figure, subject, basis);
            }
            tip.setWrapText(true);
            tip.setMaxWidth(460);
            Tooltip.install(this, tip);
            show(viewModel, content.get());
            content.addListener((obs, old, now) -> show(viewModel, now));
        }

        private void show(KpiViewModel viewModel, KpiTile tile) {
            title.setText(tile.title());
            String figure = viewModel.valueText(tile);
            value.setText(figure);
            value.setVisible(!figure.isEmpty());
            value.setManaged(!figure.isEmpty());
            unit.setText(figure.isEmpty() ? "" : tile.unit());
            subject.setText(tile.description());
            lines.setText(tile.description());
            basis.setText(tile.basis());
            tip.setText(tile.title() + "\n" + (figure.isEmpty() ? "" : figure + " " + tile.unit() + "\n")
                    + tile.description() + (tile.basis().isEmpty() ? "" : "\n" + tile.basis())
                    + (tile.detail().isEmpty() ? "" : "\n\n" + tile.detail()));
        }

        /** The headline number as drawn, for tests. */
        public String shownValue() {
            return value.isVisible() ? value.getText() : "";
        }

        public String shownText() {
            return subject.getText();
        }

        /** The caption, the footer and the tooltip as drawn, for tests. */
        String shownTitle() {
            return title.getText();
        }

        String shownBasis() {
            return basis.getText();
        }

        String shownTooltip() {
            return tip.getText();
        }

        private static Label label(String styleClass) {
            Label label = new Label();
            label.getStyleClass().add(styleClass);
            label.setTextOverrun(OverrunStyle.ELLIPSIS);
            label.setMinWidth(0);
            return label;
        }
    }
}
