package dev.reelrank.view.headtohead;

import dev.reelrank.viewmodel.headtohead.HeatLegend;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The colour key of a heatmap, in one line where it fits (else wrapped, never cut): what the colours
 * measure (on a slide; in the window the selected heatmap button says it), what each end means, the
 * scale as a bar with its end values beside it, and the swatch of an empty cell.
 */
public final class HeatLegendView extends FlowPane {
    private final Label title = label("heatmap-legend-title");
    private final Label low = label("heatmap-legend-meaning");
    private final Label lowEnd = label("heatmap-legend-end");
    private final Region bar = new Region();
    private final Label highEnd = label("heatmap-legend-end");
    private final Label high = label("heatmap-legend-meaning");
    private final Region swatch = new Region();
    private final Label empty = label("heatmap-legend-meaning");
    private final boolean withTitle;

    public HeatLegendView(boolean withTitle) {
        super(14, 4);
        this.withTitle = withTitle;
        getStyleClass().add("heatmap-legend");
        setAlignment(Pos.CENTER_LEFT);
        setRowValignment(VPos.CENTER);
        bar.getStyleClass().add("heatmap-legend-bar");
        swatch.getStyleClass().add("heatmap-legend-swatch");
        HBox scale = new HBox(5, low, lowEnd, bar, highEnd, high);
        scale.setAlignment(Pos.CENTER_LEFT);
        HBox emptyKey = new HBox(5, swatch, empty);
        emptyKey.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, scale, emptyKey);
        title.setVisible(withTitle);
        title.setManaged(withTitle);
    }

    public void show(HeatLegend legend) {
        title.setText(legend.title());
        low.setText(legend.lowMeaning());
        high.setText(legend.highMeaning());
        for (Label meaning : List.of(low, high)) {
            meaning.setVisible(!meaning.getText().isEmpty());
            meaning.setManaged(meaning.isVisible());
        }
        lowEnd.setText(legend.lowEnd());
        highEnd.setText(legend.highEnd());
        bar.setStyle(
                legend.stops().isEmpty()
                        ? ""
                        : "-fx-background-color: linear-gradient(to right, "
                                + legend.stops().stream()
                                        .map(s -> s.colour() + " " + (s.offset() * 100) + "%")
                                        .collect(Collectors.joining(", "))
                                + ");");
        swatch.setStyle("-fx-background-color: " + legend.emptyFill() + ";");
        empty.setText(legend.emptyLabel());
        setVisible(!legend.stops().isEmpty());
        title.setVisible(withTitle && !legend.title().isEmpty());
    }

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setMinWidth(USE_PREF_SIZE);
        return label;
    }
}
