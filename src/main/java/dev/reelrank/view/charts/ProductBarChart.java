package dev.reelrank.view.charts;

import dev.reelrank.view.controls.HoverTip;
import dev.reelrank.viewmodel.charts.ChartBar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * One row per product in the product's colour, its value written beside its mark, optional 95 %
 * interval whiskers, and a marker ("not public", "no votes") where a product has nothing to draw.
 * A mark is a bar (costs, which start at zero) or a point on its interval (ratings, whose scale
 * has no zero). Marks are updated in place, matched by product id, so an edit moves a mark rather
 * than rebuilding the chart.
 */
public final class ProductBarChart extends BarChart<Number, String> {
    /** How each product's figure is drawn. */
    public enum Marks {
        BARS,
        POINTS
    }

    /**
     * The smallest row a product gets in the window: room for its name's line at the axis font (17.4
     * px, reelrank.css), so the axis never skips names, and for a bar at least 10 px thick. A chart with more products than
     * its room allows grows taller (its panel scrolls) rather than shrink rows below this.
     */
    static final double MIN_ROW = 18;

    private static final double MIN_BAR = 10;
    private static final double MAX_BAR = 26;
    private static final double POINT_RADIUS = 6;
    private final XYChart.Series<Number, String> series = new XYChart.Series<>();
    private final Map<String, XYChart.Data<Number, String>> dataById = new HashMap<>();
    private final Map<String, ChartBar> barById = new HashMap<>();
    private final Map<String, Text> labels = new HashMap<>();
    private final Map<String, Group> whiskers = new HashMap<>();
    private final ValueAxis<Number> valueAxis;
    private final CategoryAxis productAxis;
    private final Marks marks;
    private double minRow;

    ProductBarChart(ValueAxis<Number> valueAxis, CategoryAxis productAxis, Marks marks) {
        super(valueAxis, productAxis);
        this.valueAxis = valueAxis;
        this.productAxis = productAxis;
        this.marks = marks;
        this.minRow = MIN_ROW;
        setAnimated(false);
        setLegendVisible(false);
        setBarGap(0);
        setCategoryGap(8);
        // Lines between the bars add nothing; even a transparent dashed line costs its rasterising at every repaint.
        setHorizontalGridLinesVisible(false);
        productAxis.setAutoRanging(false);
        getData().add(series);
        getStyleClass().addAll("product-bar-chart", marks == Marks.POINTS ? "point-marks" : "bar-marks");
    }

    /**
     * The smallest row height this chart keeps; 0 lets rows shrink to fit (a slide has a fixed
     * size and no scroll bar).
     */
    void setMinRow(double height) {
        minRow = height;
        requestLayout();
    }

    /** Shows bars in the given order, top first, reusing each product's existing bar. */
    @SuppressWarnings("ReferenceEquality") // bars are immutable: a new instance is a changed bar
    void show(List<ChartBar> bars, double markerValue) {
        Map<String, String> categoryById = new HashMap<>();
        List<String> categories = new ArrayList<>();
        Set<String> usedNames = new HashSet<>();
        for (ChartBar bar : bars) {
            String category = usedNames.add(bar.name()) ? bar.name() : bar.name() + " \u00b7 " + bar.productId();
            categoryById.put(bar.productId(), category);
            categories.add(category);
        }
        // BarChart finds each bar through a map from category to bar that it updates when a bar is
        // added or removed, never when a bar's category changes. So a bar whose name changed is
        // replaced, not renamed, and every removal comes before any addition: removing a bar
        // clears its category's entry, even if another bar has just taken that name.
        for (String id : new ArrayList<>(dataById.keySet())) {
            String category = categoryById.get(id);
            if (category == null) {
                series.getData().remove(dataById.remove(id));
                barById.remove(id);
                getPlotChildren().remove(labels.remove(id));
                getPlotChildren().remove(whiskers.remove(id));
            } else if (!dataById.get(id).getYValue().equals(category)) {
                // A new bar, with its own tooltip.
                series.getData().remove(dataById.remove(id));
            }
        }
        List<XYChart.Data<Number, String>> added = new ArrayList<>();
        List<ChartBar> restyle = new ArrayList<>();
        for (ChartBar bar : bars) {
            if (barById.get(bar.productId()) != bar) {
                restyle.add(bar);
            }
            barById.put(bar.productId(), bar);
            double value = bar.hasValue() ? bar.value() : markerValue;
            XYChart.Data<Number, String> data = dataById.get(bar.productId());
            if (data == null) {
                data = new XYChart.Data<>(value, categoryById.get(bar.productId()));
                dataById.put(bar.productId(), data);
                added.add(data);
            } else if (data.getXValue().doubleValue() != value) {
                // Unchanged bars are left alone: every set value makes the chart lay the bar out again.
                data.setXValue(value);
            }
            data.setExtraValue(bar);
        }
        // A vertical category axis lists its first category at the bottom; the first bar belongs on top.
        // Categories go in before the bars: a bar whose category is missing makes BarChart add it,
        // and CategoryAxis checks every added category against all others pair by pair (cubic in
        // the number of products); a whole new list is checked once.
        List<String> bottomUp = new ArrayList<>(categories);
        Collections.reverse(bottomUp);
        if (!productAxis.getCategories().equals(bottomUp)) {
            if (productAxis.getCategories().size() != bottomUp.size()) {
                // Another number of rows needs another minimum height (see computeMinHeight).
                requestLayout();
            }
            productAxis.setCategories(FXCollections.observableArrayList(bottomUp));
            // A new category list does not invalidate the axis's range, and an axis rebuilds its tick
            // labels only when its range is invalid or its length changed: without this, the names
            // stay where they were while the bars re-sort under them, until the window is resized.
            productAxis.invalidateRange(bottomUp);
        }
        series.getData().addAll(added);
        // View models hand back the same bar object for an unchanged product.
        for (ChartBar bar : restyle) {
            style(bar, dataById.get(bar.productId()));
        }
        requestChartLayout();
    }

    private void style(ChartBar bar, XYChart.Data<Number, String> data) {
        Node node = data.getNode();
        if (node != null) {
            node.setStyle(
                    marks == Marks.POINTS
                            ? "-fx-background-color: -rr-surface, " + bar.color() + "; -fx-background-insets: 0, 2;"
                                    + " -fx-background-radius: " + POINT_RADIUS + ";"
                            : "-fx-background-color: " + bar.color() + ";");
            node.setVisible(bar.hasValue());
            HoverTip.install(node, bar.tooltip(), 480, Duration.INDEFINITE);
        }
        Text label = labels.computeIfAbsent(bar.productId(), id -> {
            Text text = new Text();
            text.getStyleClass().add("bar-value-label");
            getPlotChildren().add(text);
            return text;
        });
        label.setText(bar.label());
        label.getStyleClass().removeAll("bar-marker-label");
        if (!bar.hasValue()) {
            label.getStyleClass().add("bar-marker-label");
        }
        if (bar.low() != null && bar.high() != null) {
            whiskers.computeIfAbsent(bar.productId(), id -> {
                Group group = new Group(new Line(), new Line(), new Line());
                group.getStyleClass().add("interval-whisker");
                group.getChildren().forEach(line -> line.getStyleClass().add("interval-whisker-line"));
                // Under the marks: a rating's point sits on its interval, not behind it.
                getPlotChildren().add(0, group);
                return group;
            });
        } else {
            getPlotChildren().remove(whiskers.remove(bar.productId()));
        }
    }

    @Override
    protected void dataItemAdded(Series<Number, String> s, int itemIndex, Data<Number, String> item) {
        super.dataItemAdded(s, itemIndex, item);
        if (item.getExtraValue() instanceof ChartBar bar) {
            style(bar, item);
        }
    }

    @Override
    protected double computeMinHeight(double width) {
        int rows = productAxis.getCategories().size();
        if (minRow <= 0 || rows == 0) {
            return super.computeMinHeight(width);
        }
        // The category axis spends its start and end margins, then one row per product.
        double axisLength = rows * minRow + productAxis.getStartMargin() + productAxis.getEndMargin();
        // The value axis as laid out: asking for its preferred height measures its tick labels again,
        // and the scroll pane asks for this minimum after every edit.
        double axisHeight = valueAxis.getHeight() > 0 ? valueAxis.getHeight() : valueAxis.prefHeight(-1);
        double chrome = snappedTopInset() + snappedBottomInset() + axisHeight + contentPadding();
        return Math.max(super.computeMinHeight(width), axisLength + chrome);
    }

    private Region content;

    /** The padding around the chart's plot and axes (Modena's .chart-content). */
    private double contentPadding() {
        if (content == null && lookup(".chart-content") instanceof Region region) {
            content = region;
        }
        return content == null ? 20 : content.snappedTopInset() + content.snappedBottomInset();
    }

    @Override
    protected void layoutPlotChildren() {
        // Bars about two thirds of their row, at least 10 px and no thicker than a line of text plus a
        // little: five products on a 1080p screen stay a bar chart. Points need no bar at all.
        double spacing = productAxis.getCategorySpacing();
        if (spacing > 0) {
            double thickness = Math.min(MAX_BAR, Math.max(MIN_BAR, spacing * 0.62));
            double gap = Math.max(0, spacing - thickness);
            if (Math.abs(getCategoryGap() - gap) > 0.5) {
                setCategoryGap(gap);
            }
        }
        super.layoutPlotChildren();
        double startX = valueAxis.getDisplayPosition(valueAxis.getLowerBound());
        boolean cut = false;
        for (var entry : dataById.entrySet()) {
            ChartBar bar = barById.get(entry.getKey());
            XYChart.Data<Number, String> data = entry.getValue();
            Node node = data.getNode();
            Text label = labels.get(entry.getKey());
            if (bar == null || node == null || label == null) {
                continue;
            }
            node.setVisible(bar.hasValue());
            Bounds bounds = node.getBoundsInParent();
            double centreY = bounds.getMinY() + bounds.getHeight() / 2;
            Group whisker = whiskers.get(entry.getKey());
            if (whisker != null && bar.low() != null && bar.high() != null) {
                double lowX = valueAxis.getDisplayPosition(bar.low());
                double highX = valueAxis.getDisplayPosition(bar.high());
                double cap = marks == Marks.POINTS ? 3 : Math.min(8, bounds.getHeight() / 3);
                placeLine((Line) whisker.getChildren().get(0), lowX, centreY, highX, centreY);
                placeLine((Line) whisker.getChildren().get(1), lowX, centreY - cap, lowX, centreY + cap);
                placeLine((Line) whisker.getChildren().get(2), highX, centreY - cap, highX, centreY + cap);
            }
            if (!bar.hasValue()) {
                label.setX(startX + 6);
                label.setY(centreY + labelHeight(label) / 3);
            } else if (marks == Marks.POINTS) {
                // The point sits on its interval; its value follows on the same line, just past the
                // interval's end, so neither the line nor its end cap runs through the figure.
                double x = valueAxis.getDisplayPosition(bar.value());
                node.resizeRelocate(x - POINT_RADIUS, centreY - POINT_RADIUS, 2 * POINT_RADIUS, 2 * POINT_RADIUS);
                double end = x + POINT_RADIUS;
                double start = x - POINT_RADIUS;
                if (whisker != null && bar.high() != null && bar.low() != null) {
                    end = Math.max(end, valueAxis.getDisplayPosition(bar.high()));
                    start = Math.min(start, valueAxis.getDisplayPosition(bar.low()));
                }
                // Past the plot's right edge the label was cut ("· discontinued Apr 202"); it then goes
                // before the interval, where its row has room.
                double width = label.getLayoutBounds().getWidth();
                double plotEnd = valueAxis.getDisplayPosition(valueAxis.getUpperBound());
                boolean before = end + 6 + width > plotEnd && start - 6 - width >= startX;
                cut |= end + 6 + width > plotEnd && !before;
                label.setX(before ? start - 6 - width : end + 6);
                label.setY(centreY + labelHeight(label) / 3);
            } else {
                double x = bounds.getMaxX();
                if (whisker != null && bar.high() != null) {
                    x = Math.max(x, valueAxis.getDisplayPosition(bar.high()));
                }
                label.setX(x + 6);
                label.setY(centreY + labelHeight(label) / 3);
            }
        }
        if (cut && !Double.isNaN(wantedLower)) {
            // The axis is fitted again after this layout pass, with the labels' sizes as drawn.
            javafx.application.Platform.runLater(() -> fitValueAxis(wantedLower, wantedUpper));
        }
    }

    /**
     * The upper end the value axis needs so that every bar's or point's value label fits right of it,
     * from {@code lower}; {@code upper} itself when they fit already. Measured in the chart's own
     * pixels: the room a label needs depends on its words and the chart's width, so a share of the
     * span either cut long labels in a narrow chart (the room's results, laid out 540 wide, cut "1,139
     * #1 · discontinued Apr 202") or left half a wide one empty (a cost axis to 50 for bars up to 24).
     */
    private double upperFittingLabels(double lower, double upper) {
        double plot = valueAxis.getWidth();
        double needed = upper;
        if (!(plot > 0) || !(upper > lower)) {
            return needed;
        }
        // The axis rounds its lower end down to a whole step, and positions count from there; before
        // its first layout its lower bound is still 0, which says nothing.
        double laidOut = valueAxis.getLowerBound();
        double from = laidOut < lower && laidOut > lower - (upper - lower) ? laidOut : lower;
        for (var entry : dataById.entrySet()) {
            ChartBar bar = barById.get(entry.getKey());
            Text label = labels.get(entry.getKey());
            if (bar == null || label == null || !bar.hasValue()) {
                continue;
            }
            double width = label.getLayoutBounds().getWidth();
            double end = bar.high() != null ? Math.max(bar.high(), bar.value()) : bar.value();
            double past = 6;
            if (marks == Marks.POINTS) {
                double start = bar.low() != null ? Math.min(bar.low(), bar.value()) : bar.value();
                if (valueAxis.getDisplayPosition(start) - POINT_RADIUS - 6 - width >= 0) {
                    continue; // drawn before its interval when it does not fit after
                }
                past += POINT_RADIUS;
            }
            // x(v) = (v - from) / (upper - from) * plot; the label starts 6 px past the bar, the point or the cap.
            double free = plot - past - width;
            if (free > plot / 4) {
                needed = Math.max(needed, from + (end - from) * plot / free);
            }
        }
        return needed;
    }

    private double labelHeight = -1;
    private double wantedLower = Double.NaN;
    private double wantedUpper = Double.NaN;

    /**
     * Fits a {@link NiceAxis} of values to {@code lower}..{@code upper}, widened to the right as far as
     * the bars' or points' value labels need; again whenever the axis is resized, or a point's label is cut.
     */
    void fitValueAxis(double lower, double upper) {
        if (Double.isNaN(wantedLower)) {
            valueAxis.widthProperty().addListener((obs, old, now) -> fitValueAxis(wantedLower, wantedUpper));
        }
        wantedLower = lower;
        wantedUpper = upper;
        if (valueAxis instanceof NiceAxis nice) {
            nice.fit(lower, upperFittingLabels(lower, upper));
        }
    }

    /** All value labels share one font, so their height is measured once. */
    private double labelHeight(Text label) {
        if (labelHeight <= 0) {
            labelHeight = label.getLayoutBounds().getHeight();
        }
        return labelHeight;
    }

    private static void placeLine(Line line, double x1, double y1, double x2, double y2) {
        line.setStartX(x1);
        line.setStartY(y1);
        line.setEndX(x2);
        line.setEndY(y2);
    }

    /** The value a product's bar shows, or null; for tests and exports that read the chart back. */
    public Double valueOf(String productId) {
        ChartBar bar = barById.get(productId);
        return bar == null ? null : bar.value();
    }

    public ChartBar barOf(String productId) {
        return barById.get(productId);
    }

    /** Product ids from top to bottom. */
    public List<String> order() {
        List<String> ids = new ArrayList<>();
        List<String> topDown = new ArrayList<>(productAxis.getCategories());
        Collections.reverse(topDown);
        for (String category : topDown) {
            dataById.forEach((id, data) -> {
                if (data.getYValue().equals(category)) {
                    ids.add(id);
                }
            });
        }
        return ids;
    }

    public XYChart.Data<Number, String> dataOf(String productId) {
        return dataById.get(productId);
    }

    /** The node that draws a product's figure (its bar or its point), or null; for tests. */
    public Node markOf(String productId) {
        XYChart.Data<Number, String> data = dataById.get(productId);
        return data == null ? null : data.getNode();
    }

    public Marks marks() {
        return marks;
    }

    /** The text drawn beside a product's mark; for tests that read the drawn chart. */
    Text valueLabelOf(String productId) {
        return labels.get(productId);
    }

    /** A product's interval whisker, or null; for tests that read the drawn chart. */
    Node whiskerOf(String productId) {
        return whiskers.get(productId);
    }

    /** What hovering a product's mark shows, or null; for tests that read the drawn chart. */
    String tooltipOf(String productId) {
        XYChart.Data<Number, String> data = dataById.get(productId);
        return data == null || data.getNode() == null ? null : HoverTip.textOf(data.getNode());
    }

    /** The category axis the product names are drawn on. */
    public CategoryAxis productAxis() {
        return productAxis;
    }
}
