package dev.reelrank.view.headtohead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.app.ReelRankApp;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.testing.Pulses;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.settings.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
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
 * The Head-to-head tab's heatmap, read as drawn: every cell's text stands out 4.5:1 on the cell's
 * colour as painted, in the light and the dark theme and in each of the three heatmaps; a colour key
 * with labelled ends sits with it; and a cell's tooltip says how many votes its figure rests on.
 */
@ExtendWith(ApplicationExtension.class)
class HeatmapWindowTest {
    @TempDir
    static Path folder;

    private Stage stage;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path file = Files.createTempFile(folder, "spread", ProjectFiles.EXTENSION);
        ProjectFiles.write(TestProjects.headToHeadSpread(), file);
        viewModel = ReelRankApp.openMainWindow(stage, file);
    }

    @Test
    void everyCellsText_standsOut4point5to1_onItsPaintedColour_inBothThemes_andEveryHeatmap(FxRobot robot) {
        openHeadToHead(robot);
        List<String> problems = new ArrayList<>();
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            robot.interact(() -> viewModel.themeProperty().set(theme));
            for (String kind : List.of("#heat-observed", "#heat-predicted", "#heat-battles")) {
                robot.clickOn(kind);
                Pulses.awaitLayout(robot, stage.getScene());
                List<DrawnHeatmap.Cell> cells = read(robot, DrawnHeatmap::cells);
                assertEquals(25, cells.size(), "a 5 × 5 grid");
                assertTrue(
                        cells.stream().filter(c -> !c.words().isEmpty()).count() >= 10,
                        theme + " " + kind + ": the cells with votes say so");
                read(robot, grid -> DrawnHeatmap.lowContrast(cells))
                        .forEach(p -> problems.add(theme + " " + kind + ": " + p));
                read(robot, grid -> DrawnHeatmap.outsideTheirCells(cells))
                        .forEach(p -> problems.add(theme + " " + kind + ": " + p));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aCellsTooltip_namesBothProducts_theRate_andTheVotesItRestsOn(FxRobot robot) {
        openHeadToHead(robot);
        DrawnHeatmap.Cell fourVotes = cell(robot, "Alpha 1", "Gamma 3");
        assertTrue(fourVotes.words().contains("50 %"), "the cell reads " + fourVotes.words());
        String tip = fourVotes.tooltip();
        assertNotNull(tip, "the cell has a tooltip");
        for (String part : List.of("Alpha 1", "Gamma 3", "50", "4 votes")) {
            assertTrue(tip.contains(part), "the tooltip names " + part + ": " + tip);
        }
        // Where the votes are written in the cell, they are the cell's own.
        for (DrawnHeatmap.Cell cell : read(robot, DrawnHeatmap::cells)) {
            cell.words().stream()
                    .filter(w -> w.contains("vote"))
                    .forEach(w -> assertTrue(
                            cell.tooltip() != null && cell.tooltip().contains(w),
                            cell.who() + " shows " + w + " but its tooltip says " + cell.tooltip()));
        }
        // Hovering it shows that tooltip.
        robot.moveTo(fourVotes.node());
        WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        String shown = robot.listWindows().stream()
                .filter(w -> w instanceof Tooltip t && t.isShowing())
                .map(w -> ((Tooltip) w).getText())
                .findFirst()
                .orElse(null);
        assertEquals(tip, shown, "hovering the cell shows its tooltip");

        robot.clickOn("#heat-predicted");
        Pulses.awaitLayout(robot, stage.getScene());
        String predicted = cell(robot, "Alpha 1", "Gamma 3").tooltip();
        assertTrue(
                predicted.contains("Alpha 1") && predicted.contains("Gamma 3") && predicted.contains("4 votes"),
                "a predicted rate's tooltip names the pair's own votes too: " + predicted);
        robot.clickOn("#heat-battles");
        Pulses.awaitLayout(robot, stage.getScene());
        DrawnHeatmap.Cell lopsided = cell(robot, "Alpha 1", "Beta 2");
        assertTrue(lopsided.words().contains("100"), "the count heatmap writes the count: " + lopsided.words());
        assertTrue(
                lopsided.tooltip().contains("100 votes") && lopsided.tooltip().contains("Beta 2"), lopsided.tooltip());
    }

    @Test
    void aColourKey_withLabelledEnds_accompaniesEachHeatmap(FxRobot robot) {
        openHeadToHead(robot);
        assertKey(robot, "0 %", "100 %", true);
        robot.clickOn("#heat-predicted");
        Pulses.awaitLayout(robot, stage.getScene());
        assertKey(robot, "0 %", "100 %", true);
        robot.clickOn("#heat-battles");
        Pulses.awaitLayout(robot, stage.getScene());
        assertKey(robot, "0", "100 votes", false);
    }

    @Test
    void withManyProducts_everyRowName_isWrittenWhole(FxRobot robot) throws IOException {
        Path file = Files.createTempFile(folder, "many", ProjectFiles.EXTENSION);
        ProjectFiles.write(TestProjects.everyPairMet(26, "Product number"), file);
        // A window of its own at 1280 x 800: TestFX hands every test class the same stage, and a
        // size set on it stays set for the classes after this one.
        AtomicReference<Stage> laptop = new AtomicReference<>();
        try {
            robot.interact(() -> {
                laptop.set(new Stage());
                laptop.get().setWidth(1280);
                laptop.get().setHeight(800);
                ReelRankApp.openMainWindow(laptop.get(), file);
            });
            robot.clickOn(robot.from(laptop.get().getScene().getRoot())
                    .lookup("#tab-head-to-head")
                    .queryAs(Node.class));
            Pulses.awaitLayout(robot, laptop.get().getScene());
            AtomicReference<List<String>> cut = new AtomicReference<>();
            robot.interact(() -> {
                GridPane grid = (GridPane) laptop.get().getScene().getRoot().lookup("#h2h-heatmap");
                cut.set(grid.getChildren().stream()
                        .filter(n -> n instanceof Label l
                                && l.getStyleClass().contains("heatmap-name")
                                && GridPane.getColumnIndex(n) != null
                                && GridPane.getColumnIndex(n) == 0)
                        .map(n -> (Label) n)
                        .filter(l -> !(l.lookup(".text") instanceof Text drawn
                                && drawn.getText().equals(l.getText())))
                        .map(l -> l.getText() + " drawn as \""
                                + (l.lookup(".text") instanceof Text t ? t.getText() : "") + "\"")
                        .toList());
            });
            assertEquals(List.of(), cut.get(), "row names cut short");
        } finally {
            robot.interact(() -> {
                if (laptop.get() != null) {
                    laptop.get().close();
                }
            });
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /**
     * The key is drawn beside the grid, inside the window: a colour bar running orange to blue for
     * win rates (pale to dark blue for counts) with {@code low} under its left end and {@code high}
     * under its right end.
     */
    private void assertKey(FxRobot robot, String low, String high, boolean diverging) {
        List<String> problems = read(robot, grid -> {
            List<String> found = new ArrayList<>();
            Node key = stage.getScene().getRoot().lookup("#h2h-legend");
            if (key == null || !DrawnHeatmap.shown(key, stage.getScene().getRoot())) {
                return List.of("no colour key drawn");
            }
            Bounds keyBounds = key.localToScene(key.getLayoutBounds());
            Bounds window = new BoundingBox(
                    0, 0, stage.getScene().getWidth(), stage.getScene().getHeight());
            if (!window.contains(keyBounds)) {
                found.add("the key " + keyBounds + " is not inside the window");
            }
            Region bar = key.lookupAll("*").stream()
                    .filter(n -> n instanceof Region r
                            && r.getBackground() != null
                            && r.getBackground().getFills().stream()
                                    .anyMatch(f -> f.getFill() instanceof LinearGradient))
                    .map(n -> (Region) n)
                    .findFirst()
                    .orElse(null);
            if (bar == null) {
                return List.of("the key has no colour bar");
            }
            Bounds barBounds = bar.localToScene(bar.getLayoutBounds());
            if (barBounds.getWidth() < 80 || barBounds.getHeight() < 6) {
                found.add("the colour bar is only " + barBounds);
            }
            LinearGradient gradient = (LinearGradient) bar.getBackground().getFills().stream()
                    .filter(f -> f.getFill() instanceof LinearGradient)
                    .findFirst()
                    .orElseThrow()
                    .getFill();
            Color left = gradient.getStops().getFirst().getColor();
            Color right = gradient.getStops().getLast().getColor();
            if (right.getBlue() <= right.getRed()) {
                found.add("the bar's right end is not blue: " + DrawnHeatmap.hex(right));
            }
            if (diverging && left.getRed() <= left.getBlue()) {
                found.add("the bar's left end is not orange: " + DrawnHeatmap.hex(left));
            }
            if (!diverging && DrawnHeatmap.contrast(left, right) < 3) {
                found.add(
                        "few and many votes look alike: " + DrawnHeatmap.hex(left) + " and " + DrawnHeatmap.hex(right));
            }
            // The key must not take the grid's room: every cell stays in sight at the window's size.
            Node viewport = grid.getParent();
            while (viewport != null && !viewport.getStyleClass().contains("viewport")) {
                viewport = viewport.getParent();
            }
            Bounds visible = viewport == null ? window : viewport.localToScene(viewport.getLayoutBounds());
            for (DrawnHeatmap.Cell cell : DrawnHeatmap.cells(grid)) {
                Bounds box = cell.node().localToScene(cell.node().getLayoutBounds());
                if (box.getMaxY() > visible.getMaxY() + 0.5 || box.getMaxX() > visible.getMaxX() + 0.5) {
                    found.add(cell.who() + " at " + box + " is cut off by the heatmap's viewport " + visible);
                }
            }
            List<Text> texts = DrawnHeatmap.drawnTexts(key);
            found.addAll(endLabel(texts, low, barBounds, true));
            found.addAll(endLabel(texts, high, barBounds, false));
            return found;
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** {@code wanted} is drawn at the bar's end: beside it or under it, not over the bar. */
    private static List<String> endLabel(List<Text> texts, String wanted, Bounds bar, boolean left) {
        double end = left ? bar.getMinX() : bar.getMaxX();
        Text label = texts.stream()
                .filter(t -> t.getText().equals(wanted))
                .min(Comparator.comparingDouble(t -> Math.abs(centreX(t) - end)))
                .orElse(null);
        if (label == null) {
            return List.of("no \"" + wanted + "\" in the key, which reads "
                    + texts.stream().map(Text::getText).toList());
        }
        Bounds drawn = label.localToScene(label.getLayoutBounds());
        double gap = Math.min(
                Math.abs(centreX(label) - end),
                Math.min(Math.abs(drawn.getMaxX() - end), Math.abs(drawn.getMinX() - end)));
        List<String> problems = new ArrayList<>();
        if (gap > 8 || drawn.getMinY() > bar.getMaxY() + 8 || drawn.getMaxY() < bar.getMinY() - 8) {
            problems.add("\"" + wanted + "\" is not at the bar's " + (left ? "left" : "right") + " end: " + drawn
                    + ", bar " + bar);
        }
        boolean overlaps = drawn.getMinY() < bar.getMaxY() - 1
                && drawn.getMaxY() > bar.getMinY() + 1
                && drawn.getMaxX() > bar.getMinX() + 1
                && drawn.getMinX() < bar.getMaxX() - 1;
        if (overlaps) {
            problems.add("\"" + wanted + "\" is drawn over the bar");
        }
        return problems;
    }

    private static double centreX(Text text) {
        Bounds b = text.localToScene(text.getLayoutBounds());
        return b.getCenterX();
    }

    private DrawnHeatmap.Cell cell(FxRobot robot, String rowName, String columnName) {
        return read(robot, DrawnHeatmap::cells).stream()
                .filter(c -> c.rowName().equals(rowName) && c.columnName().equals(columnName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + rowName + " vs " + columnName));
    }

    private void openHeadToHead(FxRobot robot) {
        robot.clickOn("#tab-head-to-head");
        Pulses.awaitLayout(robot, stage.getScene());
    }

    private <T> T read(FxRobot robot, Function<GridPane, T> reading) {
        AtomicReference<T> result = new AtomicReference<>();
        robot.interact(() -> {
            Node grid = stage.getScene().getRoot().lookup("#h2h-heatmap");
            assertNotNull(grid, "the heatmap is in the window");
            result.set(reading.apply((GridPane) grid));
        });
        return result.get();
    }
}
