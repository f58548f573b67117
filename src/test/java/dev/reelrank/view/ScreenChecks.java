package dev.reelrank.view;

import dev.reelrank.view.charts.CostChartPanel;
import dev.reelrank.view.charts.DrawnMarks;
import dev.reelrank.view.charts.PointLabels;
import dev.reelrank.view.charts.ProductBarChart;
import dev.reelrank.view.charts.RatingChartPanel;
import dev.reelrank.viewmodel.charts.ChartBar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.TableHeaderRow;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * What a person would see wrong on a screen, read from the drawn scene graph: text that overlaps
 * other text, text cut off by whatever clips it, text smaller than 11 px, product rows shorter or
 * bars thinner than the window promises, and marks carrying another product's name. Call on the FX
 * thread after a layout pulse.
 */
final class ScreenChecks {
    /** Smallest text the window may draw (KPI captions and footers included). */
    static final double MIN_TEXT_PX = 11;

    static final double MIN_ROW_PX = 14;
    static final double MIN_BAR_PX = 10;

    private ScreenChecks() {}

    static List<String> problems(Scene scene) {
        List<String> problems = new ArrayList<>();
        List<Shown> texts = new ArrayList<>();
        Bounds window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        collect(scene.getRoot(), window, false, texts);
        List<Bounds> covers = pinnedAxisCovers(scene);
        texts.removeIf(shown -> covers.stream().anyMatch(cover -> behind(shown, cover)));
        for (Shown shown : texts) {
            if (shown.text.getFont().getSize() < MIN_TEXT_PX - 0.01) {
                problems.add("text smaller than " + MIN_TEXT_PX + " px ("
                        + shown.text.getFont().getSize() + "): " + quote(shown.text));
            }
            if (!shown.scrolls
                    && (shown.visible.getWidth() < shown.bounds.getWidth() - 1.5
                            || shown.visible.getHeight() < shown.bounds.getHeight() - 1.5)) {
                problems.add("text cut off (" + Math.round(shown.visible.getWidth()) + " × "
                        + Math.round(shown.visible.getHeight()) + " of " + Math.round(shown.bounds.getWidth()) + " × "
                        + Math.round(shown.bounds.getHeight()) + " px shown): " + quote(shown.text));
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Bounds a = ink(texts.get(i));
                Bounds b = ink(texts.get(j));
                double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (w > 1 && h > 1) {
                    problems.add("texts overlap: " + quote(texts.get(i).text) + " and " + quote(texts.get(j).text));
                }
            }
        }
        for (Node node : scene.getRoot().lookupAll(".product-bar-chart")) {
            if (node instanceof ProductBarChart chart && effectivelyVisible(chart)) {
                problems.addAll(chartProblems(chart));
            }
        }
        problems.addAll(pointNameProblems(scene));
        problems.addAll(cutAxisTitles(scene));
        return problems;
    }

    /** Product charts whose rows do not all fit their box, so that the last ones scroll out of view. */
    static List<String> chartsThatScroll(Scene scene) {
        List<String> problems = new ArrayList<>();
        for (Node node : scene.getRoot().lookupAll(".chart-scroll")) {
            if (node instanceof ScrollPane pane
                    && effectivelyVisible(pane)
                    && pane.getContent() instanceof ProductBarChart chart
                    && chart.getHeight() > pane.getViewportBounds().getHeight() + 0.5) {
                problems.add(chart.getId() + " scrolls: "
                        + chart.productAxis().getCategories().size() + " rows need "
                        + Math.round(chart.getHeight()) + " px, its box has "
                        + Math.round(pane.getViewportBounds().getHeight()));
            }
        }
        return problems;
    }

    /** Axis titles JavaFX has cut to fit their axis ("Score on LMArena t…"), which read as neither scale. */
    static List<String> cutAxisTitles(Scene scene) {
        List<String> problems = new ArrayList<>();
        for (Node node : scene.getRoot().lookupAll(".axis-label")) {
            if (node instanceof Label title
                    && effectivelyVisible(title)
                    && title.lookup(".text") instanceof Text drawn
                    && !drawn.getText().equals(title.getText())) {
                problems.add("axis title cut: \"" + drawn.getText() + "\" of \"" + title.getText() + "\"");
            }
        }
        return problems;
    }

    /**
     * Names drawn nearer another point than their own, where a reader gives them to that point, in the
     * trend, value and price-history charts. Each name's text keeps its point ({@link PointLabels#ANCHOR});
     * points drawn on one another (4 px) share a name and are not told apart.
     */
    static List<String> pointNameProblems(Scene scene) {
        List<String> problems = new ArrayList<>();
        Map<Parent, List<Text>> byPlot = new LinkedHashMap<>();
        for (Node node : scene.getRoot().lookupAll(".point-label")) {
            if (node instanceof Text text && node.getProperties().containsKey(PointLabels.ANCHOR)) {
                byPlot.computeIfAbsent(text.getParent(), plot -> new ArrayList<>())
                        .add(text);
            }
        }
        byPlot.forEach((plot, names) -> {
            for (Text name : names) {
                double[] own = (double[]) name.getProperties().get(PointLabels.ANCHOR);
                if (own == null || !effectivelyVisible(name)) {
                    continue;
                }
                Bounds box = name.getBoundsInParent();
                double middle = box.getMinY() + box.getHeight() / 2;
                double toOwn = Math.abs(middle - own[1]);
                for (Text other : names) {
                    double[] there = (double[]) other.getProperties().get(PointLabels.ANCHOR);
                    if (there != null
                            && Math.hypot(there[0] - own[0], there[1] - own[1]) > 4
                            && Math.hypot(there[0] - own[0], there[1] - middle) <= toOwn) {
                        problems.add("name nearer another point than its own: " + quote(name) + " (nearer that of "
                                + quote(other) + ")");
                    }
                }
            }
        });
        return problems;
    }

    /**
     * The parts of scrolled product charts that a pinned value axis paints over: from the axis's top
     * to the bottom of the chart's scroll box, across its width. Rows there scroll behind the axis.
     */
    private static List<Bounds> pinnedAxisCovers(Scene scene) {
        List<Bounds> covers = new ArrayList<>();
        for (Node node : scene.getRoot().lookupAll(".product-bar-chart")) {
            if (node instanceof ProductBarChart chart
                    && effectivelyVisible(chart)
                    && Math.abs(chart.getXAxis().getTranslateY()) > 0.5) {
                Node axis = chart.getXAxis();
                Bounds drawn = axis.localToScene(axis.getLayoutBounds());
                for (Node n = chart.getParent(); n != null; n = n.getParent()) {
                    if (n instanceof ScrollPane pane) {
                        Bounds box = pane.localToScene(pane.getLayoutBounds());
                        covers.add(new BoundingBox(
                                box.getMinX(), drawn.getMinY(), box.getWidth(), box.getMaxY() - drawn.getMinY()));
                        break;
                    }
                }
            }
        }
        return covers;
    }

    /** A text of the rows that a pinned axis covers, not one of the axis's own. */
    private static boolean behind(Shown shown, Bounds cover) {
        for (Node n = shown.text; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("axis") && n.getTranslateY() != 0) {
                return false;
            }
        }
        return intersect(cover, shown.bounds) != null;
    }

    /** Rows, bars and the names on them in one product chart. */
    static List<String> chartProblems(ProductBarChart chart) {
        List<String> problems = new ArrayList<>();
        double spacing = chart.productAxis().getCategorySpacing();
        int rows = chart.productAxis().getCategories().size();
        if (rows > 0 && spacing < MIN_ROW_PX) {
            problems.add(chart.getId() + ": rows are " + Math.round(spacing * 10) / 10.0 + " px tall");
        }
        var wanted = wantedBars(chart);
        for (var bar : wanted) {
            Node mark = chart.markOf(bar.productId());
            if (bar.hasValue()
                    && chart.marks() == ProductBarChart.Marks.BARS
                    && mark != null
                    && mark.getBoundsInParent().getHeight() < MIN_BAR_PX - 0.01) {
                problems.add(chart.getId() + " / " + bar.name() + ": bar is "
                        + Math.round(mark.getBoundsInParent().getHeight() * 10) / 10.0 + " px thick");
            }
        }
        problems.addAll(DrawnMarks.problems(chart, wanted));
        return problems;
    }

    private static List<ChartBar> wantedBars(ProductBarChart chart) {
        for (Node n = chart; n != null; n = n.getParent()) {
            if (n instanceof CostChartPanel cost) {
                return cost.wantedBars();
            }
            if (n instanceof RatingChartPanel rating) {
                return rating.wantedBars();
            }
        }
        throw new AssertionError("a product chart outside its panel: " + chart.getId());
    }

    /** A text as drawn: its bounds, the part of it left visible by clips, and whether it scrolls. */
    private record Shown(Text text, Bounds bounds, Bounds visible, boolean scrolls) {}

    private static void collect(Node node, Bounds visibleArea, boolean scrolls, List<Shown> into) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        Bounds area = visibleArea;
        if (node.getClip() != null) {
            // A clip is in its node's coordinates.
            area = intersect(area, node.localToScene(node.getClip().getBoundsInParent()));
            if (area == null) {
                return;
            }
        }
        // Rows of a table or list, content of a scroll pane or a text field: partly shown text is scrolling.
        boolean scrolling = scrolls
                || node instanceof VirtualFlow<?>
                || node instanceof TextInputControl
                || node instanceof TableHeaderRow
                || (node instanceof ScrollPane pane && scrolled(pane));
        if (node instanceof Text text) {
            // A name's halo repeats its words under them: one text as read.
            if (text.getText() != null
                    && !text.getText().isBlank()
                    && !text.getStyleClass().contains(PointLabels.HALO)) {
                Bounds bounds = text.localToScene(text.getBoundsInLocal());
                Bounds visible = intersect(area, bounds);
                if (visible != null) {
                    into.add(new Shown(text, bounds, visible, scrolling));
                }
            }
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, area, scrolling, into);
            }
        }
    }

    /** Whether a scroll pane holds more than it shows (a chart that fits its pane is not scrolling). */
    private static boolean scrolled(ScrollPane pane) {
        Node content = pane.getContent();
        if (content == null) {
            return false;
        }
        Bounds shown = pane.getViewportBounds();
        Bounds whole = content.getLayoutBounds();
        return whole.getHeight() > shown.getHeight() + 1 || whole.getWidth() > shown.getWidth() + 1;
    }

    /** The text's visible part, shrunk a little: glyph boxes include line spacing that may touch. */
    private static Bounds ink(Shown shown) {
        Bounds b = shown.visible;
        double inset = Math.min(2, b.getHeight() * 0.12);
        return new BoundingBox(
                b.getMinX() + 0.5,
                b.getMinY() + inset,
                Math.max(0, b.getWidth() - 1),
                Math.max(0, b.getHeight() - 2 * inset));
    }

    static boolean effectivelyVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        if (maxX <= minX || maxY <= minY) {
            return null;
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    private static String quote(Text text) {
        Bounds b = text.localToScene(text.getBoundsInLocal());
        String where =
                text.getParent() == null ? "" : text.getParent().getClass().getSimpleName();
        return "\"" + text.getText().replace("\n", "\\n") + "\" (" + where + " at " + Math.round(b.getMinX()) + ","
                + Math.round(b.getMinY()) + ")";
    }
}
