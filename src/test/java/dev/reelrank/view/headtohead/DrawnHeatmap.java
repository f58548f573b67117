package dev.reelrank.view.headtohead;

import dev.reelrank.view.controls.HoverTip;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;

/**
 * Reads a heatmap as it is drawn: each cell's colour as painted (its fills laid over everything
 * behind it, down to the scene's fill), the text drawn in it with its colour, its row and column
 * names, and its tooltip; and WCAG contrast. Call on the FX thread after a layout pulse.
 */
public final class DrawnHeatmap {
    private DrawnHeatmap() {}

    /** A drawn cell: where it is in the grid, what it is painted, what it says, in which ink. */
    public record Cell(
            Region node, String rowName, String columnName, Color painted, List<Text> texts, String tooltip) {
        public List<String> words() {
            return texts.stream().map(Text::getText).filter(t -> !t.isBlank()).toList();
        }

        public String who() {
            return rowName + " vs " + columnName;
        }
    }

    public static List<Cell> cells(GridPane grid) {
        List<Cell> cells = new ArrayList<>();
        for (Node node : grid.getChildren()) {
            if (!(node instanceof Region region) || !node.getStyleClass().contains("heatmap-cell")) {
                continue;
            }
            int row = index(GridPane.getRowIndex(node));
            int column = index(GridPane.getColumnIndex(node));
            cells.add(new Cell(
                    region,
                    name(grid, row, 0),
                    name(grid, 0, column),
                    painted(region),
                    drawnTexts(region),
                    tooltip(region)));
        }
        return cells;
    }

    private static int index(Integer i) {
        return i == null ? 0 : i;
    }

    private static String name(GridPane grid, int row, int column) {
        return grid.getChildren().stream()
                .filter(n -> n instanceof Label && n.getStyleClass().contains("heatmap-name"))
                .filter(n -> index(GridPane.getRowIndex(n)) == row && index(GridPane.getColumnIndex(n)) == column)
                .map(n -> ((Label) n).getText())
                .findFirst()
                .orElse("?");
    }

    /** The Text nodes drawn inside {@code node}: visible themselves and all the way up. */
    public static List<Text> drawnTexts(Node node) {
        List<Text> texts = new ArrayList<>();
        collectTexts(node, node, texts);
        return texts;
    }

    private static void collectTexts(Node node, Node upTo, List<Text> into) {
        if (node instanceof Text text
                && shown(text, upTo)
                && text.getText() != null
                && !text.getText().isBlank()) {
            into.add(text);
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectTexts(child, upTo, into);
            }
        }
    }

    public static boolean shown(Node node, Node upTo) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() == 0) {
                return false;
            }
            if (n == upTo) {
                break;
            }
        }
        return true;
    }

    /** What hovering the node shows (its tooltip is made on the first hover). */
    static String tooltip(Node node) {
        return HoverTip.textOf(node);
    }

    /**
     * The colour painted at the centre of {@code node}: the scene's fill, then every background fill
     * of every ancestor that covers that point, then the node's own, each laid over the last with its
     * opacity (and the node's opacity), as the renderer does.
     */
    static Color painted(Region node) {
        List<Region> chain = new ArrayList<>();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region r) {
                chain.addFirst(r);
            }
        }
        Paint sceneFill =
                node.getScene() == null ? Color.WHITE : node.getScene().getFill();
        Color colour = sceneFill instanceof Color c && c.getOpacity() > 0 ? c : Color.WHITE;
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        Point2D centre = new Point2D(bounds.getCenterX(), bounds.getCenterY());
        for (Region region : chain) {
            if (region.getBackground() == null) {
                continue;
            }
            Point2D local = region.sceneToLocal(centre);
            for (BackgroundFill fill : region.getBackground().getFills()) {
                Insets in = fill.getInsets();
                if (local.getX() < in.getLeft()
                        || local.getY() < in.getTop()
                        || local.getX() > region.getWidth() - in.getRight()
                        || local.getY() > region.getHeight() - in.getBottom()) {
                    continue;
                }
                if (!(fill.getFill() instanceof Color c)) {
                    throw new AssertionError(region + " is filled with " + fill.getFill() + ", not a colour");
                }
                colour = over(c, opacity(region), colour);
            }
        }
        return colour;
    }

    private static double opacity(Node node) {
        double opacity = 1;
        for (Node n = node; n != null; n = n.getParent()) {
            opacity *= n.getOpacity();
        }
        return opacity;
    }

    /** {@code top} with its alpha times {@code opacity}, laid over the opaque {@code bottom}. */
    static Color over(Color top, double opacity, Color bottom) {
        double a = top.getOpacity() * opacity;
        return Color.color(
                a * top.getRed() + (1 - a) * bottom.getRed(),
                a * top.getGreen() + (1 - a) * bottom.getGreen(),
                a * top.getBlue() + (1 - a) * bottom.getBlue());
    }

    /** The text's colour as drawn on {@code background}. */
    static Color ink(Text text, Color background) {
        if (!(text.getFill() instanceof Color c)) {
            throw new AssertionError("\"" + text.getText() + "\" is filled with " + text.getFill());
        }
        return over(c, 1, background);
    }

    /** WCAG 2 contrast ratio, from 1 to 21. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** Every drawn text of every cell whose contrast on its cell is under 4.5:1, with the figures. */
    public static List<String> lowContrast(List<Cell> cells) {
        List<String> problems = new ArrayList<>();
        for (Cell cell : cells) {
            for (Text text : cell.texts()) {
                Color ink = ink(text, cell.painted());
                double ratio = contrast(ink, cell.painted());
                if (ratio < 4.5) {
                    problems.add(String.format(
                            Locale.ROOT,
                            "%s: \"%s\" in %s on %s is %.2f:1",
                            cell.who(),
                            text.getText(),
                            hex(ink),
                            hex(cell.painted()),
                            ratio));
                }
            }
        }
        return problems;
    }

    /** Every drawn text that sticks out of its cell. */
    public static List<String> outsideTheirCells(List<Cell> cells) {
        List<String> problems = new ArrayList<>();
        for (Cell cell : cells) {
            Bounds box = cell.node().localToScene(cell.node().getLayoutBounds());
            for (Text text : cell.texts()) {
                Bounds drawn = text.localToScene(text.getLayoutBounds());
                if (drawn.getMinX() < box.getMinX() - 0.5
                        || drawn.getMaxX() > box.getMaxX() + 0.5
                        || drawn.getMinY() < box.getMinY() - 0.5
                        || drawn.getMaxY() > box.getMaxY() + 0.5) {
                    problems.add(cell.who() + ": \"" + text.getText() + "\" at " + drawn + " outside the cell " + box);
                }
            }
        }
        return problems;
    }

    static String hex(Color c) {
        return String.format(
                Locale.ROOT,
                "#%02X%02X%02X",
                Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
