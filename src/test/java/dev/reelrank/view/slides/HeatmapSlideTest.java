package dev.reelrank.view.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.testing.TestProjects;
import dev.reelrank.view.headtohead.DrawnHeatmap;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.slides.SlideKind;
import dev.reelrank.viewmodel.slides.SlideTheme;
import dev.reelrank.viewmodel.text.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The heatmap slide, as exported and as presented: the grid spans the slide's width (not two
 * thirds of it), its key sits on the slide with labelled ends, every cell's text stands out 4.5:1 on
 * its colour in light and dark, and the votes behind each figure are written in its cell.
 */
@ExtendWith(ApplicationExtension.class)
class HeatmapSlideTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    private static MainViewModel viewModel() {
        Texts texts = Texts.english();
        return new MainViewModel(new ProjectSession(TestProjects.headToHeadSpread(), null, texts), texts);
    }

    @Test
    void theExportedGrid_spansTheSlidesWidth_withItsKey_readableInLightAndDark(FxRobot robot) {
        for (SlideTheme theme : List.of(SlideTheme.LIGHT, SlideTheme.DARK)) {
            for (int[] size : List.of(new int[] {1920, 1080}, new int[] {1280, 720}, new int[] {3840, 2160})) {
                AtomicReference<List<String>> problems = new AtomicReference<>();
                robot.interact(() -> {
                    MainViewModel viewModel = viewModel();
                    Scene scene = Slides.scene(
                            viewModel,
                            SlideKind.HEATMAP,
                            viewModel.slides().texts(SlideKind.HEATMAP),
                            theme,
                            size[0],
                            size[1]);
                    problems.set(problems(
                            scene.getRoot(),
                            scene.getWidth(),
                            scene.getHeight(),
                            "slide-heatmap",
                            "slide-heatmap-legend",
                            true));
                });
                assertTrue(
                        problems.get().isEmpty(),
                        theme + " " + size[0] + "×" + size[1] + ":\n" + String.join("\n", problems.get()));
            }
        }
    }

    @Test
    void thePresentedGrid_spansTheScreensWidth(FxRobot robot) {
        AtomicReference<Stage> presentation = new AtomicReference<>();
        robot.interact(() -> presentation.set(Presentation.start(owner, viewModel())));
        try {
            WaitForAsyncUtils.waitForFxEvents();
            // Forward through the slides until the heatmap's, wherever the deck puts it.
            for (int i = 0; i < SlideKind.values().length && !showsHeatmap(presentation.get()); i++) {
                robot.push(KeyCode.RIGHT);
                WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
            }
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            AtomicReference<List<String>> problems = new AtomicReference<>();
            robot.interact(() -> {
                Scene scene = presentation.get().getScene();
                problems.set(problems(
                        scene.getRoot(),
                        scene.getWidth(),
                        scene.getHeight(),
                        "slide-heatmap",
                        "slide-heatmap-legend",
                        false));
            });
            assertTrue(problems.get().isEmpty(), String.join("\n", problems.get()));
        } finally {
            robot.interact(() -> presentation.get().close());
        }
    }

    /** 20 products, every pair met: a 400-cell grid, more than a presentation builds in one step. */
    private static MainViewModel twentyProducts() {
        Texts texts = Texts.english();
        return new MainViewModel(new ProjectSession(TestProjects.everyPairMet(20, "Product"), null, texts), texts);
    }

    @Test
    void aLargeGrid_presentedInSteps_isWhole_withEveryCellInItsPlace(FxRobot robot) {
        AtomicReference<Stage> presentation = new AtomicReference<>();
        robot.interact(() -> presentation.set(Presentation.start(owner, twentyProducts())));
        try {
            for (int i = 0; i < SlideKind.values().length && !showsHeatmap(presentation.get()); i++) {
                robot.push(KeyCode.RIGHT);
                WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
            }
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                Parent root = presentation.get().getScene().getRoot();
                assertEquals(1, root.lookupAll("#slide-title").size(), "one slide on the screen, not two");
                GridPane grid = (GridPane) root.lookup("#slide-heatmap");
                List<DrawnHeatmap.Cell> cells = DrawnHeatmap.cells(grid);
                assertEquals(400, cells.size(), "a 20 × 20 grid, every cell added");
                Set<String> places = new HashSet<>();
                for (DrawnHeatmap.Cell cell : cells) {
                    assertTrue(places.add(cell.who()), "one cell for " + cell.who());
                    assertTrue(DrawnHeatmap.shown(cell.node(), root), cell.who() + " is shown");
                    assertTrue(
                            cell.node().getWidth() > 20 && cell.node().getHeight() > 10,
                            cell.who() + " is laid out: " + cell.node().getLayoutBounds());
                }
                List<String> problems = new ArrayList<>(DrawnHeatmap.lowContrast(cells));
                problems.addAll(DrawnHeatmap.outsideTheirCells(cells));
                assertTrue(problems.isEmpty(), String.join("\n", problems));
            });
        } finally {
            robot.interact(() -> presentation.get().close());
        }
    }

    private static boolean showsHeatmap(Stage presentation) {
        AtomicBoolean shown = new AtomicBoolean();
        WaitForAsyncUtils.waitForAsyncFx(
                2000, () -> shown.set(presentation.getScene().getRoot().lookup("#slide-heatmap") != null));
        return shown.get();
    }

    private static List<String> problems(
            Parent root, double width, double height, String gridId, String keyId, boolean votesInEveryCell) {
        root.applyCss();
        root.layout();
        List<String> problems = new ArrayList<>();
        Node found = root.lookup("#" + gridId);
        assertNotNull(found, "the slide has a heatmap");
        GridPane grid = (GridPane) found;
        Bounds drawn = grid.localToScene(grid.getLayoutBounds());
        if (drawn.getWidth() < 0.85 * width) {
            problems.add(String.format(
                    "the grid is %.0f px wide on a %.0f px slide (%.0f %%)",
                    drawn.getWidth(), width, 100 * drawn.getWidth() / width));
        }
        if (drawn.getMinX() < 0 || drawn.getMaxX() > width + 1 || drawn.getMaxY() > height + 1) {
            problems.add("the grid " + drawn + " leaves the slide");
        }
        List<DrawnHeatmap.Cell> cells = DrawnHeatmap.cells(grid);
        assertEquals(25, cells.size(), "a 5 × 5 grid");
        problems.addAll(DrawnHeatmap.lowContrast(cells));
        problems.addAll(DrawnHeatmap.outsideTheirCells(cells));
        if (votesInEveryCell) {
            for (DrawnHeatmap.Cell cell : cells) {
                boolean rate = cell.words().stream().anyMatch(w -> w.endsWith("%"));
                boolean votes = cell.words().stream().anyMatch(w -> w.endsWith("votes"));
                if (rate && !votes) {
                    problems.add(cell.who() + " shows " + cell.words() + " but not the votes behind it");
                }
            }
            cells.stream()
                    .filter(c -> c.rowName().equals("Alpha 1") && c.columnName().equals("Gamma 3"))
                    .findFirst()
                    .filter(c -> !c.words().contains("4 votes"))
                    .ifPresent(c -> problems.add("Alpha 1 vs Gamma 3 reads " + c.words() + ", not 4 votes"));
        }
        Node key = root.lookup("#" + keyId);
        if (key == null || !DrawnHeatmap.shown(key, root)) {
            problems.add("no colour key on the slide");
        } else {
            Bounds keyBounds = key.localToScene(key.getLayoutBounds());
            if (keyBounds.getMaxY() > height + 1 || keyBounds.getMaxX() > width + 1) {
                problems.add("the key " + keyBounds + " leaves the slide");
            }
            List<String> words =
                    DrawnHeatmap.drawnTexts(key).stream().map(Text::getText).toList();
            for (String end : List.of("0 %", "100 %")) {
                if (!words.contains(end)) {
                    problems.add("the key does not label its end " + end + ": " + words);
                }
            }
        }
        return problems;
    }
}
