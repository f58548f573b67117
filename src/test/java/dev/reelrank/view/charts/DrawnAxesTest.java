package dev.reelrank.view.charts;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.app.ReelRankApp;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.testing.Menus;
import dev.reelrank.testing.Pulses;
import dev.reelrank.testing.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Axis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reads the axes of the Trend and Scenario tabs as they are drawn, in English and Chinese: date
 * ticks sit on month starts and the last one is not cut off; value ticks are evenly spaced nice
 * numbers up to the end of the axis; no two tick labels overlap; the Scenario axis names its
 * amounts in the same unit words as its table.
 */
@ExtendWith(ApplicationExtension.class)
class DrawnAxesTest {
    @TempDir
    static Path folder;

    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path file = Files.createTempFile(folder, "releases", ProjectFiles.EXTENSION);
        ProjectFiles.write(TestProjects.releasesOverNineMonths(), file);
        ReelRankApp.openMainWindow(stage, file);
    }

    // ---- trend --------------------------------------------------------------------------------------

    @Test
    void trendDateTicks_sitOnMonthStarts_andTheLastLabelFits_inEnglish(FxRobot robot) {
        showTab(robot, "#tab-trend");
        checkTrendAxes(robot, DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH));
        robot.clickOn("#trend-cost");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = read(robot, () -> {
            LineChart<?, ?> chart = lookup("#trend-chart");
            List<String> found = new ArrayList<>(evenNiceTicks("cost axis", chart.getYAxis(), Locale.US));
            found.addAll(overlaps("cost axis", tickLabels(chart.getYAxis())));
            found.addAll(outside("cost axis", tickLabels(chart.getYAxis()), chart));
            return found;
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void trendDateTicks_sitOnMonthStarts_andTheLastLabelFits_inChinese(FxRobot robot) {
        showTab(robot, "#tab-trend");
        switchToChinese(robot);
        checkTrendAxes(robot, DateTimeFormatter.ofPattern("uuuu\u5e74M\u6708", Locale.CHINESE));
    }

    private void checkTrendAxes(FxRobot robot, DateTimeFormatter month) {
        List<String> problems = read(robot, () -> {
            List<String> found = new ArrayList<>();
            LineChart<?, ?> chart = lookup("#trend-chart");
            @SuppressWarnings("unchecked")
            ValueAxis<Number> dates = (ValueAxis<Number>) chart.getXAxis();
            List<Text> ticks = tickLabels(dates);
            if (ticks.size() < 3) {
                found.add("only " + ticks.size() + " date labels: " + texts(ticks));
            }
            for (Text tick : ticks) {
                // Where the label is centred on the axis, and the month start nearest that place.
                Bounds inAxis = dates.sceneToLocal(sceneBounds(tick));
                double x = inAxis.getCenterX();
                LocalDate near = LocalDate.ofEpochDay(
                        Math.round(dates.getValueForDisplay(x).doubleValue()));
                LocalDate start = nearestMonthStart(near);
                double startX = dates.getDisplayPosition(start.toEpochDay());
                if (Math.abs(startX - x) > 1) {
                    found.add("\"" + tick.getText() + "\" is centred " + round(x - startX) + " px from " + start);
                }
                if (!start.format(month).equals(tick.getText())) {
                    found.add("the tick at " + start + " reads \"" + tick.getText() + "\", wanted \""
                            + start.format(month) + "\"");
                }
            }
            found.addAll(outside("date axis", ticks, chart));
            found.addAll(overlaps("date axis", ticks));
            found.addAll(overlaps("rating axis", tickLabels(chart.getYAxis())));
            found.addAll(outside("rating axis", tickLabels(chart.getYAxis()), chart));
            found.addAll(evenNiceTicks("rating axis", chart.getYAxis(), Locale.US));
            // A product released on June 6, 2024 plots right of the tick of its month, and left of later months'.
            double june6 = dates.localToScene(
                            dates.getDisplayPosition(LocalDate.of(2024, 6, 6).toEpochDay()), 0)
                    .getX();
            for (Text tick : ticks) {
                LocalDate start = nearestMonthStart(LocalDate.ofEpochDay(Math.round(dates.getValueForDisplay(
                                dates.sceneToLocal(sceneBounds(tick)).getCenterX())
                        .doubleValue())));
                double x = sceneBounds(tick).getCenterX();
                boolean wrongSide = start.isAfter(LocalDate.of(2024, 6, 6)) ? x <= june6 : x >= june6;
                if (wrongSide) {
                    found.add("June 6, 2024 plots at x " + round(june6) + ", on the wrong side of \"" + tick.getText()
                            + "\" at " + round(x));
                }
            }
            return found;
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static LocalDate nearestMonthStart(LocalDate day) {
        LocalDate start = day.withDayOfMonth(1);
        LocalDate next = start.plusMonths(1);
        return day.toEpochDay() - start.toEpochDay() <= next.toEpochDay() - day.toEpochDay() ? start : next;
    }

    // ---- scenario -----------------------------------------------------------------------------------

    @Test
    void scenarioSpendAxis_isEvenAndNice_andSpeaksTheTablesUnits_inEnglish(FxRobot robot) {
        showTab(robot, "#tab-scenario");
        checkScenario(robot, Locale.US);
    }

    @Test
    void scenarioSpendAxis_isEvenAndNice_andSpeaksTheTablesUnits_inChinese(FxRobot robot) {
        showTab(robot, "#tab-scenario");
        switchToChinese(robot);
        checkScenario(robot, Locale.SIMPLIFIED_CHINESE);
    }

    private void checkScenario(FxRobot robot, Locale locale) {
        List<String> problems = read(robot, () -> {
            List<String> found = new ArrayList<>();
            LineChart<?, ?> chart = lookup("#scenario-chart");
            found.addAll(evenNiceTicks("spend axis", chart.getYAxis(), locale));
            found.addAll(overlaps("spend axis", tickLabels(chart.getYAxis())));
            found.addAll(overlaps("share axis", tickLabels(chart.getXAxis())));
            found.addAll(outside("share axis", tickLabels(chart.getXAxis()), chart));
            found.addAll(outside("spend axis", tickLabels(chart.getYAxis()), chart));
            // The highest line ends inside the axis, and the axis does not run on far past it.
            double top = chart.getData().stream()
                    .flatMap(s -> s.getData().stream())
                    .filter(d -> ((Number) d.getXValue()).doubleValue() <= shareAxisEnd(chart))
                    .mapToDouble(d -> ((Number) d.getYValue()).doubleValue())
                    .max()
                    .orElse(0);
            ValueAxis<?> spend = (ValueAxis<?>) chart.getYAxis();
            if (top > spend.getUpperBound() + 1e-9) {
                found.add("the highest value " + top + " is above the axis end " + spend.getUpperBound());
            }
            String unitLabel = this.<Label>lookup("#scenario-unit").getText();
            TableView<?> table = lookup("#scenario-table");
            var spendColumn = table.getColumns().getLast();
            List<String> cells = table.lookupAll(".table-cell").stream()
                    .filter(n -> n instanceof TableCell<?, ?> c
                            && c.getTableColumn() == spendColumn
                            && c.isVisible()
                            && c.getText() != null
                            && !c.getText().isBlank())
                    .map(n -> ((TableCell<?, ?>) n).getText())
                    .toList();
            if (cells.isEmpty()) {
                found.add("no spend drawn in the table");
            }
            for (String cell : cells) {
                String unit = cell.replaceFirst("^[-0-9.,\\s]+", "").strip();
                if (unit.isEmpty() || !unitLabel.endsWith(unit)) {
                    found.add("the table says \"" + cell + "\" but the axis says \"" + unitLabel + "\"");
                }
            }
            return found;
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static double shareAxisEnd(XYChart<?, ?> chart) {
        return ((ValueAxis<?>) chart.getXAxis()).getUpperBound();
    }

    // ---- reading axes -------------------------------------------------------------------------------

    /** The tick labels an axis draws (visible, not blank), in axis order. */
    static List<Text> tickLabels(Axis<?> axis) {
        boolean vertical = axis.getSide() != null && axis.getSide().isVertical();
        return axis.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text t
                        && t.isVisible()
                        && t.getText() != null
                        && !t.getText().isBlank())
                .map(Text.class::cast)
                .sorted(Comparator.comparingDouble(t ->
                        vertical ? -sceneBounds(t).getCenterY() : sceneBounds(t).getCenterX()))
                .toList();
    }

    /**
     * The labels of a value axis read as numbers: from the lowest up they step by one nice amount
     * (1, 2, 2.5 or 5 times a power of ten), are drawn equally far apart, and the last is the end of
     * the axis.
     */
    static List<String> evenNiceTicks(String name, Axis<?> axis, Locale locale) {
        List<String> problems = new ArrayList<>();
        List<Text> ticks = tickLabels(axis);
        List<Double> values = new ArrayList<>();
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        for (Text tick : ticks) {
            ParsePosition at = new ParsePosition(0);
            Number value = format.parse(tick.getText().replace('\u00a0', ' ').strip(), at);
            if (value == null) {
                problems.add(name + ": \"" + tick.getText() + "\" is not a number");
                return problems;
            }
            values.add(value.doubleValue());
        }
        if (values.size() < 3) {
            problems.add(name + ": only " + values.size() + " labels " + texts(ticks));
            return problems;
        }
        double step = values.get(1) - values.get(0);
        if (!isNice(step)) {
            problems.add(name + ": steps by " + step + ", not 1, 2, 2.5 or 5 times a power of ten " + texts(ticks));
        }
        boolean vertical = axis.getSide().isVertical();
        double spacing = position(ticks.get(1), vertical) - position(ticks.get(0), vertical);
        for (int i = 1; i < values.size(); i++) {
            if (Math.abs(values.get(i) - values.get(i - 1) - step) > Math.abs(step) * 1e-6) {
                problems.add(name + ": labels are not evenly spaced: " + texts(ticks));
                break;
            }
            double drawn = position(ticks.get(i), vertical) - position(ticks.get(i - 1), vertical);
            if (Math.abs(drawn - spacing) > 1.5) {
                problems.add(name + ": labels are drawn " + round(spacing) + " and " + round(drawn) + " px apart: "
                        + texts(ticks));
                break;
            }
        }
        double end = ((ValueAxis<?>) axis).getUpperBound();
        if (Math.abs(values.getLast() - end) > Math.abs(step) * 1e-6) {
            problems.add(name + ": the last label is " + values.getLast() + " but the axis ends at " + end + " "
                    + texts(ticks));
        }
        return problems;
    }

    static boolean isNice(double step) {
        if (!(step > 0)) {
            return false;
        }
        double mantissa = step / Math.pow(10, Math.floor(Math.log10(step)));
        for (double nice : new double[] {1, 2, 2.5, 5, 10}) {
            if (Math.abs(mantissa - nice) < 1e-6) {
                return true;
            }
        }
        return false;
    }

    /** Labels that stick out of the chart's own box (where the window cuts them off). */
    static List<String> outside(String name, List<Text> labels, Node chart) {
        List<String> problems = new ArrayList<>();
        Bounds box = chart.localToScene(chart.getLayoutBounds());
        for (Text tick : labels) {
            Bounds label = sceneBounds(tick);
            if (label.getMinX() < box.getMinX() - 0.5
                    || label.getMaxX() > box.getMaxX() + 0.5
                    || label.getMinY() < box.getMinY() - 0.5
                    || label.getMaxY() > box.getMaxY() + 0.5) {
                problems.add(name + ": \"" + tick.getText() + "\" spans x " + round(label.getMinX()) + "\u2013"
                        + round(label.getMaxX()) + ", y " + round(label.getMinY()) + "\u2013" + round(label.getMaxY())
                        + ", outside the chart's x " + round(box.getMinX()) + "\u2013" + round(box.getMaxX()) + ", y "
                        + round(box.getMinY()) + "\u2013" + round(box.getMaxY()));
            }
        }
        return problems;
    }

    /** Pairs of labels whose drawn boxes overlap. */
    static List<String> overlaps(String name, List<Text> labels) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                Bounds a = sceneBounds(labels.get(i));
                Bounds b = sceneBounds(labels.get(j));
                if (a.getMinX() < b.getMaxX()
                        && b.getMinX() < a.getMaxX()
                        && a.getMinY() < b.getMaxY()
                        && b.getMinY() < a.getMaxY()) {
                    problems.add(name + ": \"" + labels.get(i).getText() + "\" overlaps \""
                            + labels.get(j).getText() + "\"");
                }
            }
        }
        return problems;
    }

    private static double position(Text tick, boolean vertical) {
        Bounds bounds = sceneBounds(tick);
        return vertical ? -bounds.getCenterY() : bounds.getCenterX();
    }

    private static List<String> texts(List<Text> ticks) {
        return ticks.stream().map(Text::getText).toList();
    }

    static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    private static String round(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }

    // ---- driving the window -------------------------------------------------------------------------

    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"}) // each caller knows the control it looked up
    private <T extends Node> T lookup(String id) {
        Parent root = stage.getScene().getRoot();
        Node node = root.lookup(id);
        assertNotNull(node, id);
        return (T) node;
    }

    private void showTab(FxRobot robot, String tab) {
        robot.clickOn(tab);
        WaitForAsyncUtils.waitForFxEvents();
        Pulses.awaitLayout(robot, stage.getScene());
    }

    /** View > Language > 中文: the window is rebuilt in Chinese on the same tab. */
    private void switchToChinese(FxRobot robot) {
        robot.interact(() -> Menus.item(stage.getScene(), "language-zh").fire());
        WaitForAsyncUtils.waitForFxEvents();
        Pulses.awaitLayout(robot, stage.getScene());
    }

    private <T> T read(FxRobot robot, Supplier<T> reader) {
        Pulses.awaitLayout(robot, stage.getScene());
        AtomicReference<T> result = new AtomicReference<>();
        robot.interact(() -> result.set(reader.get()));
        return result.get();
    }
}
