package dev.reelrank.view.charts;

import dev.reelrank.testing.Pulses;
import dev.reelrank.viewmodel.charts.ChartBar;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.ValueAxis;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;

/**
 * Reads a product chart as it is drawn and says where a mark and the names around it disagree:
 * for every product's mark, the axis label nearest its centre, its value label, its whisker and
 * its tooltip must all name that product, and there must be one axis label per mark. Call on the
 * FX thread after a layout pulse.
 */
public final class DrawnMarks {
    private DrawnMarks() {}

    /** The problems found, empty when every mark carries its own name. */
    public static List<String> problems(ProductBarChart chart, List<ChartBar> wanted) {
        List<String> problems = new ArrayList<>();
        CategoryAxis axis = chart.productAxis();
        List<Text> ticks = tickLabels(axis);
        if (ticks.size() != wanted.size()) {
            problems.add(chart.getId() + ": " + wanted.size() + " marks but " + ticks.size() + " axis labels "
                    + ticks.stream().map(Text::getText).toList());
        }
        double spacing = axis.getCategorySpacing();
        for (ChartBar bar : wanted) {
            String who = chart.getId() + " / " + bar.productId() + " (" + bar.name() + ")";
            Bounds mark = markBounds(chart, bar);
            if (mark == null) {
                problems.add(who + ": no mark drawn");
                continue;
            }
            double centreY = centreY(mark);
            Text nearest = ticks.stream()
                    .min(Comparator.comparingDouble(t -> Math.abs(centreY(sceneBounds(t)) - centreY)))
                    .orElse(null);
            if (nearest == null) {
                problems.add(who + ": no axis label at all");
            } else {
                if (!names(nearest.getText(), bar)) {
                    problems.add(who + ": mark at y=" + round(centreY) + " is labelled \"" + nearest.getText() + "\"");
                }
                double offBy = Math.abs(centreY(sceneBounds(nearest)) - centreY);
                if (offBy > spacing / 2) {
                    problems.add(who + ": nearest axis label is " + round(offBy) + " px away (rows are "
                            + round(spacing) + " px)");
                }
            }
            Text value = chart.valueLabelOf(bar.productId());
            if (value == null || !value.isVisible()) {
                problems.add(who + ": no value label");
            } else {
                if (!bar.label().equals(value.getText())) {
                    problems.add(
                            who + ": value label reads \"" + value.getText() + "\", wanted \"" + bar.label() + "\"");
                }
                double labelY = centreY(sceneBounds(value));
                if (Math.abs(labelY - centreY) > Math.max(3, spacing / 2)) {
                    problems.add(who + ": value label sits " + round(labelY - centreY) + " px off its mark");
                }
                ChartBar closest = wanted.stream()
                        .filter(other -> markBounds(chart, other) != null)
                        .min(Comparator.comparingDouble(other -> Math.abs(centreY(markBounds(chart, other)) - labelY)))
                        .orElse(bar);
                if (!closest.equals(bar)) {
                    problems.add(who + ": value label \"" + value.getText() + "\" is nearer " + closest.name()
                            + "'s mark than its own");
                }
            }
            Node whisker = chart.whiskerOf(bar.productId());
            if (bar.low() != null && bar.high() != null) {
                if (whisker == null || !whisker.isVisible()) {
                    problems.add(who + ": interval not drawn");
                } else {
                    Bounds drawn = sceneBounds(whisker);
                    @SuppressWarnings("unchecked")
                    ValueAxis<Number> values = (ValueAxis<Number>) chart.getXAxis();
                    double lowX = values.localToScene(values.getDisplayPosition(bar.low()), 0)
                            .getX();
                    double highX = values.localToScene(values.getDisplayPosition(bar.high()), 0)
                            .getX();
                    if (Math.abs(centreY(drawn) - centreY) > 1.5) {
                        problems.add(who + ": whisker sits " + round(centreY(drawn) - centreY) + " px off its mark");
                    }
                    if (Math.abs(drawn.getMinX() - lowX) > 3 || Math.abs(drawn.getMaxX() - highX) > 3) {
                        problems.add(who + ": whisker spans x " + round(drawn.getMinX()) + "–" + round(drawn.getMaxX())
                                + ", interval is " + round(lowX) + "–" + round(highX));
                    }
                }
            } else if (whisker != null && whisker.isVisible()) {
                problems.add(who + ": a whisker is drawn for a product without an interval");
            }
            String tooltip = chart.tooltipOf(bar.productId());
            if (bar.hasValue() && (tooltip == null || !tooltip.contains(bar.name()))) {
                problems.add(who + ": tooltip reads \"" + tooltip + "\"");
            }
        }
        problems.addAll(emptyLastStep(chart, wanted));
        return problems;
    }

    /**
     * A linear bar chart whose value axis runs a whole step past every bar and value label: its last
     * interval holds nothing (a cost axis to 50 for bars and labels that ended before 40 left a fifth of
     * each slide empty). The axis ends on the first whole step past what it must show.
     */
    static List<String> emptyLastStep(ProductBarChart chart, List<ChartBar> wanted) {
        if (chart.marks() != ProductBarChart.Marks.BARS || !(chart.getXAxis() instanceof NiceAxis axis)) {
            return List.of();
        }
        double reach = axis.localToScene(axis.getDisplayPosition(0.0), 0).getX();
        for (ChartBar bar : wanted) {
            Text value = chart.valueLabelOf(bar.productId());
            if (bar.hasValue() && value != null && value.isVisible()) {
                reach = Math.max(reach, sceneBounds(value).getMaxX());
            }
        }
        double lastStepStart = axis.localToScene(axis.getDisplayPosition(axis.getUpperBound() - axis.step()), 0)
                .getX();
        if (reach < lastStepStart - 0.5) {
            return List.of(chart.getId() + ": the value axis runs to " + axis.getUpperBound()
                    + ", a whole step past its bars and labels");
        }
        return List.of();
    }

    /** The product names the window's cost chart draws, top first, once laid out. */
    public static List<String> costChartNames(FxRobot robot, Scene scene) {
        Pulses.awaitLayout(robot, scene);
        AtomicReference<List<String>> names = new AtomicReference<>();
        robot.interact(() -> {
            CostChartPanel panel = (CostChartPanel) scene.getRoot().lookup("#cost-chart-panel");
            names.set(tickLabels(panel.chart().productAxis()).stream()
                    .map(Text::getText)
                    .toList());
        });
        return names.get();
    }

    /** The product names drawn on the axis, top first. */
    static List<Text> tickLabels(Axis<?> axis) {
        return axis.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text t
                        && t.isVisible()
                        && t.getText() != null
                        && !t.getText().isBlank())
                .map(Text.class::cast)
                .sorted(Comparator.comparingDouble(t -> centreY(sceneBounds(t))))
                .toList();
    }

    /** Where a product's mark is drawn: its bar, or the words standing in for it ("no votes"). */
    static Bounds markBounds(ProductBarChart chart, ChartBar bar) {
        var data = chart.dataOf(bar.productId());
        if (data == null || data.getNode() == null) {
            return null;
        }
        Node node = data.getNode();
        if (bar.hasValue()) {
            return node.isVisible() ? sceneBounds(node) : null;
        }
        Text marker = chart.valueLabelOf(bar.productId());
        return marker == null ? null : sceneBounds(marker);
    }

    private static boolean names(String label, ChartBar bar) {
        return label.equals(bar.name()) || label.equals(bar.name() + " \u00b7 " + bar.productId());
    }

    static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    static double centreY(Bounds bounds) {
        return bounds.getMinY() + bounds.getHeight() / 2;
    }

    private static String round(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }
}
