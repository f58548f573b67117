package dev.reelrank.view.charts;

import dev.reelrank.testing.Poll;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.text.Texts;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A rating chart made for a while (each blind test's results screen makes one on the window's view
 * model) does not stay in memory once it is no longer shown: the view model keeps no hold on it.
 */
class RatingChartPanelLifetimeTest {
    // Only the FX thread, no stage: a test that set up the shared stage without a scene changed the
    // window size the tests after it found.
    @BeforeAll
    static void fxThread() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aPanelNoLongerUsed_isCollected_whileItsViewModelLivesOn() throws Exception {
        Texts texts = Texts.english();
        MainViewModel window = new MainViewModel(TestProjects.market(), null, texts);
        AtomicReference<WeakReference<RatingChartPanel>> made = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(
                10_000, () -> made.set(new WeakReference<>(new RatingChartPanel(window.ratingChart(), texts, true))));
        Poll.until(
                "the panel is collected",
                () -> {
                    System.gc();
                    return made.get().get() == null;
                },
                Duration.ofSeconds(1));
        // The view model still works, and tells no collected panel of it.
        WaitForAsyncUtils.waitForAsyncFx(
                10_000, () -> window.products().row("kling-1.6").wins().commit("5"));
    }
}
