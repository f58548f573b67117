package dev.reelrank.view;

import dev.reelrank.viewmodel.KpiTile;
import dev.reelrank.viewmodel.KpiViewModel;
import dev.reelrank.viewmodel.Theme;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/** The KPI tiles above the charts (TilesFX), following every edit; decimals and units set on each. */
final class KpiStrip extends HBox {
    private static final double HEIGHT = 104;
    private final List<Tile> tiles;

    KpiStrip(KpiViewModel viewModel, ObjectProperty<Theme> theme) {
        setId("kpi-strip");
        getStyleClass().add("kpi-strip");
        setSpacing(6);
        Tile cheapest = tile("kpi-cheapest", Tile.SkinType.NUMBER, viewModel.cheapestProperty());
        Tile top = tile("kpi-top-rating", Tile.SkinType.NUMBER, viewModel.topRatingProperty());
        Tile best = tile("kpi-best-value", Tile.SkinType.NUMBER, viewModel.bestValueProperty());
        Tile votes = tile("kpi-votes", Tile.SkinType.NUMBER, viewModel.votesProperty());
        Tile ratio = tile("kpi-ratio", Tile.SkinType.TEXT, viewModel.ratioProperty());
        HBox.setHgrow(ratio, Priority.ALWAYS);
        ratio.setPrefWidth(380);
        tiles = List.of(cheapest, top, best, votes, ratio);
        getChildren().setAll(tiles);
        colour(theme.get());
        theme.addListener((obs, old, value) -> colour(value));
    }

    private static Tile tile(String id, Tile.SkinType skin, ReadOnlyObjectProperty<KpiTile> content) {
        Tile tile = TileBuilder.create().skinType(skin).animated(false).prefSize(215, HEIGHT).maxHeight(HEIGHT)
                .minHeight(HEIGHT).textSize(Tile.TextSize.BIGGER).build();
        tile.setId(id);
        tile.setTitleAlignment(TextAlignment.LEFT);
        tile.setDescriptionAlignment(Pos.BOTTOM_LEFT);
        tile.setTextAlignment(TextAlignment.LEFT);
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(460);
        Tooltip.install(tile, tip);
        show(tile, content.get(), tip);
        content.addListener((obs, old, value) -> show(tile, value, tip));
        HBox.setHgrow(tile, Priority.SOMETIMES);
        return tile;
    }

    private static void show(Tile tile, KpiTile content, Tooltip tip) {
        tile.setTitle(content.title());
        tile.setDecimals(content.decimals());
        tile.setUnit(content.unit());
        if (tile.getSkinType() == Tile.SkinType.TEXT) {
            tile.setDescription(content.description());
            tile.setText(content.basis());
        } else {
            tile.setValue(content.value() == null ? 0 : content.value());
            tile.setValueVisible(content.value() != null);
            tile.setUnit(content.value() == null ? "" : content.unit());
            tile.setDescription(content.value() == null ? content.description() : content.description());
            tile.setText(content.basis());
        }
        tip.setText(content.title() + "\n" + content.description() + (content.basis().isEmpty() ? "" : "\n" + content.basis()));
    }

    private void colour(Theme theme) {
        boolean dark = theme == Theme.DARK;
        Color background = dark ? Color.web("#22272e") : Color.web("#ffffff");
        Color foreground = dark ? Color.web("#e6edf3") : Color.web("#1f2328");
        Color muted = dark ? Color.web("#9198a1") : Color.web("#59636e");
        for (Tile tile : tiles) {
            tile.setBackgroundColor(background);
            tile.setTitleColor(muted);
            tile.setValueColor(foreground);
            tile.setUnitColor(muted);
            tile.setDescriptionColor(foreground);
            tile.setTextColor(muted);
            tile.setBorderColor(dark ? Color.web("#3d444d") : Color.web("#d0d7de"));
            tile.setBorderWidth(1);
        }
    }

    /** The tile with this id, for tests. */
    Tile tile(String id) {
        return tiles.stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }
}
