package dev.reelrank.view.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.io.DefaultDataset;
import dev.reelrank.model.Project;
import dev.reelrank.model.Provenance;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.slides.SlideKind;
import dev.reelrank.viewmodel.slides.SlideTheme;
import dev.reelrank.viewmodel.text.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Slides use the room they have: a head-to-head grid of a few products fills the slide, not a corner. */
class SlidesTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aSmallHeadToHeadGrid_isMagnifiedToFillTheSlide() throws Exception {
        var provenance = new Provenance("test votes", null, LocalDate.of(2025, 3, 1));
        var project = TestProjects.market()
                .withPair("veo-2", "kling-1.6", 60, 40, 5, provenance)
                .withPair("veo-2", "sora", 55, 45, 3, provenance);
        AtomicReference<double[]> measured = new AtomicReference<>();
        Platform.runLater(() -> {
            Scene scene = slide(project, SlideKind.HEATMAP);
            Node grid = scene.lookup("#slide-heatmap");
            Bounds onSlide = grid.localToScene(grid.getLayoutBounds());
            measured.set(new double[] {
                onSlide.getWidth(),
                scene.getWidth(),
                onSlide.getMaxY(),
                scene.getHeight(),
                grid.getLocalToSceneTransform().getMxx()
            });
        });
        WaitForAsyncUtils.waitForFxEvents();
        double[] m = measured.get();
        assertTrue(m[0] > 0.6 * m[1], "the grid takes " + m[0] + " of " + m[1] + " px across");
        assertTrue(m[2] <= m[3], "and stays on the slide");
        assertEquals(2.0, m[4], 0.6, "magnified, but not beyond twice its size");
    }

    /** The overview slide keeps each chart's title but none of the window's switches, the rating board's included. */
    @Test
    void theOverviewSlide_showsNoSwitches_onPublishedRatingsEither() throws Exception {
        AtomicReference<List<String>> controls = new AtomicReference<>();
        Platform.runLater(() -> {
            Scene scene = slide(TestProjects.publishedMarket(), SlideKind.DASHBOARD);
            controls.set(Stream.of(".combo-box", ".toggle-button")
                    .flatMap(selector -> scene.getRoot().lookupAll(selector).stream())
                    .filter(SlidesTest::isShown)
                    .map(n -> n.getClass().getSimpleName() + " " + n.getId())
                    .toList());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), controls.get());
    }

    /**
     * A slide has no tooltip to read the rest of a note in: a note longer than the window's four lines
     * is drawn whole on the slide, every word of it, and still on the slide.
     */
    @Test
    void aLongChartNote_isDrawnWholeOnASlide() throws Exception {
        AtomicReference<List<String>> problems = new AtomicReference<>();
        Platform.runLater(() -> {
            Scene scene = slide(TestProjects.manyMostlyUnlisted(), SlideKind.DASHBOARD);
            List<String> found = new java.util.ArrayList<>();
            Label note = (Label) scene.lookup("#rating-source-note");
            Text drawn = (Text) note.lookup(".text");
            Text oneLine = new Text("Ag");
            oneLine.setFont(note.getFont());
            double lines = note.getHeight() / oneLine.getLayoutBounds().getHeight();
            if (lines <= 4.5) {
                found.add("the note takes " + lines + " lines: not long enough to test");
            }
            if (!drawn.getText().equals(note.getText())) {
                found.add("drawn cut: " + drawn.getText());
            }
            Bounds at = note.localToScene(note.getLayoutBounds());
            if (at.getMaxY() > scene.getHeight()) {
                found.add("the note runs off the slide: " + at);
            }
            problems.set(found);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), problems.get());
    }

    /** The overview slide's tiles wrap what the window's tiles cut short with an ellipsis. */
    @Test
    void theOverviewSlidesTiles_drawEveryWordWhole() throws Exception {
        AtomicReference<List<String>> cut = new AtomicReference<>();
        Platform.runLater(() -> {
            Scene scene = slide(DefaultDataset.load(), SlideKind.DASHBOARD);
            List<String> found = new java.util.ArrayList<>();
            for (Node node : scene.getRoot().lookupAll(".kpi-card .label")) {
                Label label = (Label) node;
                Text drawn = (Text) label.lookup(".text");
                if (isShown(label) && drawn != null && !drawn.getText().equals(label.getText())) {
                    found.add(label.getText() + " drawn as " + drawn.getText());
                }
            }
            Bounds strip = scene.lookup("#kpi-strip")
                    .localToScene(scene.lookup("#kpi-strip").getLayoutBounds());
            Bounds rating = scene.lookup("#rating-chart")
                    .localToScene(scene.lookup("#rating-chart").getLayoutBounds());
            if (strip.getMaxY() > rating.getMinY()) {
                found.add("the tiles " + strip + " run into the rating chart " + rating);
            }
            cut.set(found);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), cut.get());
    }

    /**
     * A cost axis fitted to its labels ends on a tick; at 1920 × 1080 that tick (25) was drawn without
     * its label, a hair past the axis's end (the new-user walkthrough of 2026-11-30).
     */
    @Test
    void theCostSlidesValueAxis_labelsTheTickItEndsOn_atEverySize() throws Exception {
        AtomicReference<List<String>> unlabelled = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                unlabelled.set(unlabelledAxisEnds());
            } catch (RuntimeException e) {
                unlabelled.set(List.of(e.toString()));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), unlabelled.get());
    }

    private static List<String> unlabelledAxisEnds() {
        List<String> found = new java.util.ArrayList<>();
        Texts texts = Texts.english();
        MainViewModel viewModel = new MainViewModel(new ProjectSession(DefaultDataset.load(), null, texts), texts);
        for (int[] size : new int[][] {{1280, 720}, {1920, 1080}, {3840, 2160}, {800, 450}}) {
            Scene scene = Slides.scene(
                    viewModel,
                    SlideKind.COST,
                    viewModel.slides().texts(SlideKind.COST),
                    SlideTheme.LIGHT,
                    size[0],
                    size[1]);
            for (Node node : scene.getRoot().lookupAll(".axis")) {
                if (node instanceof dev.reelrank.view.charts.NiceAxis axis) {
                    double end = axis.getDisplayPosition(axis.getUpperBound());
                    boolean labelled = axis.getChildrenUnmodifiable().stream()
                            .anyMatch(child -> child instanceof Text text
                                    && text.isVisible()
                                    && !text.getText().isEmpty()
                                    && Math.abs(text.getBoundsInParent().getCenterX() - end) < 2);
                    if (!labelled) {
                        found.add(size[0] + "x" + size[1] + ": " + axis.getUpperBound());
                    }
                }
            }
        }
        return found;
    }

    /** A slide of {@code project} at 1280 × 720, in English and the light theme, styled and laid out. */
    private static Scene slide(Project project, SlideKind kind) {
        Texts texts = Texts.english();
        MainViewModel viewModel = new MainViewModel(new ProjectSession(project, null, texts), texts);
        return Slides.scene(viewModel, kind, viewModel.slides().texts(kind), SlideTheme.LIGHT, 1280, 720);
    }

    private static boolean isShown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
