package dev.reelrank.viewmodel.ratings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.Project;
import dev.reelrank.model.Provenance;
import dev.reelrank.model.RatingSource;
import dev.reelrank.testing.NoProjectFiles;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.QueuedWork;
import dev.reelrank.viewmodel.port.BackgroundWork;
import dev.reelrank.viewmodel.port.RecentFiles;
import dev.reelrank.viewmodel.port.UserSettings;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Head-to-head intervals come from a bootstrap in the background (issue 16, item 10): an edit
 * supersedes the bootstrap of the votes before it, a failed bootstrap says so instead of leaving
 * "(…)" for ever, and slides and exports draw the ratings the window computed instead of
 * bootstrapping again on the FX thread.
 */
class BackgroundRatingsTest {
    private static final Provenance TYPED = new Provenance("Typed in a test", null, LocalDate.of(2026, 11, 29));
    private final Texts texts = Texts.english();

    private MainViewModel window(Project project, BackgroundWork background) {
        MainViewModel window = new MainViewModel(
                new ProjectSession(project, null, texts),
                texts,
                new NoProjectFiles(() -> project.withProducts(List.of())),
                RecentFiles.inMemory(),
                background,
                (file, progress, cancelled) -> {
                    throw new IOException("no battle files here");
                },
                UserSettings.inMemory());
        window.ratings().useSource(RatingSource.HEAD_TO_HEAD);
        return window;
    }

    /** The ratings a window computes for {@code project} when nothing else happens. */
    private RatingSnapshot settled(Project project) {
        MainViewModel fresh = window(project, BackgroundWork.immediate());
        return fresh.ratings().snapshot();
    }

    @Test
    void twentyQuickEdits_runOneBootstrapToTheEnd_andTheIntervalsAreThoseOfTheFinalVotes() {
        QueuedWork background = new QueuedWork();
        MainViewModel window = window(TestProjects.headToHeadSpread(), background);
        for (int i = 1; i <= 20; i++) {
            long wins = i;
            window.session().apply("votes " + i, p -> p.withPair("alpha", "beta", wins, 40 - wins, 1, TYPED));
        }
        assertTrue(
                window.ratings().snapshot().intervalsPending(), "the points follow at once, the intervals come later");
        background.runAll();

        assertEquals(
                1,
                background.completed(),
                "one bootstrap for a burst of 20 edits (22 ran before: one each, and the two on opening)");
        RatingSnapshot shown = window.ratings().snapshot();
        assertFalse(shown.intervalsPending());
        assertEquals(
                settled(window.session().project()).ratings(),
                shown.ratings(),
                "the intervals shown are those of the final votes");
    }

    @Test
    void aFailingBootstrap_marksTheIntervalsUnavailable_andSaysWhyInTheStatusLine() {
        BackgroundWork failing = new BackgroundWork() {
            @Override
            public <T> Handle run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                onFailure.accept(new StackOverflowError());
                return Handle.DONE;
            }

            @Override
            public void onUi(Runnable task) {
                task.run();
            }
        };
        MainViewModel window = window(TestProjects.headToHeadSpread(), failing);

        RatingSnapshot shown = window.ratings().snapshot();
        assertFalse(shown.intervalsPending(), "not \"(…)\" for ever");
        assertTrue(shown.intervalsUnavailable());
        assertFalse(shown.hasInterval("alpha"));
        assertTrue(shown.note().contains("Intervals unavailable: computing them failed."), shown.note());
        String rating = window.products().row("beta").ratingProperty().get();
        assertTrue(rating.endsWith(" (interval unavailable)"), rating);
        assertEquals(
                "Could not compute the rating intervals (StackOverflowError); the ratings are shown without them.",
                window.statusProperty().get());
        assertTrue(window.statusIsProblemProperty().get());
    }

    @Test
    void slidesAndExports_drawTheRatingsTheWindowComputed_andBootstrapNothingThemselves() {
        QueuedWork background = new QueuedWork();
        MainViewModel window = window(TestProjects.headToHeadSpread(), background);
        RatingSnapshot pending = window.ratings().snapshot();
        assertTrue(pending.intervalsPending());
        int queued = background.queued();

        // A copy that computed its own ratings would have bootstrapped on this (the FX) thread.
        assertSame(pending, window.forSlides().ratings().snapshot());
        assertSame(pending, window.forPresentation().ratings().snapshot());
        assertSame(pending, window.exports().drawing().ratings().snapshot());
        assertEquals(queued, background.queued(), "the copies queued no work either");

        background.runAll();
        RatingSnapshot done = window.ratings().snapshot();
        assertFalse(done.intervalsPending());
        assertSame(done, window.forPresentation().ratings().snapshot(), "the colours change, the ratings stay");
        assertSame(done, window.exports().drawing().ratings().snapshot());
        assertEquals(1, background.completed(), "one bootstrap in all, the window's");
    }

    @Test
    void aHeadlessExport_computesTheRatingsFirst_thenDrawsFromThem() {
        Project project = TestProjects.headToHeadSpread();
        RatingSnapshot computed = MainViewModel.ratingsOf(project, texts);
        MainViewModel drawing = MainViewModel.drawing(project, texts, computed);
        assertSame(computed, drawing.ratings().snapshot());
    }
}
