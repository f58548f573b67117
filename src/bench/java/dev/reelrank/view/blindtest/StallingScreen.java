package dev.reelrank.view.blindtest;

import dev.reelrank.viewmodel.MainViewModel;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.media.MediaPlayer;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The blind-test screen for BlindTestBench, with a JavaFX Media stall made to happen on purpose: every
 * {@code stallEvery}-th player made is disposed at once, which, like the real stall (about 2 in 3,500
 * players), reports neither ready nor an error (ClipThatNeverStartsTest stalls players the same way).
 * The real stall is too rare for a run of a few hundred players to meet; this one shows what a stall
 * costs the change of pair, with the screen's own watchdog.
 */
public final class StallingScreen {
    private static final AtomicInteger MADE = new AtomicInteger();
    private static final AtomicInteger STALLED = new AtomicInteger();

    private StallingScreen() {}

    /** Shows the blind test the view model has begun, as the window does; with 0, no player stalls. */
    public static Stage show(Window owner, MainViewModel window, int stallEvery) {
        if (stallEvery <= 0) {
            return BlindTestScreen.show(owner, window);
        }
        ClipPairPlayer.ClipOpener stalling = file -> {
            MediaPlayer player = ClipPairPlayer.ClipOpener.MEDIA.open(file);
            if (MADE.incrementAndGet() % stallEvery == 0) {
                STALLED.incrementAndGet();
                player.dispose();
            }
            return player;
        };
        ClipPairPlayer.Watchdog standard = ClipPairPlayer.Watchdog.STANDARD;
        return BlindTestScreen.show(
                owner, window, new ClipPairPlayer.Watchdog(stalling, standard.startWithin(), standard.tries()));
    }

    /** Players made and players stalled on purpose so far, for the harness's report. */
    public static String counts() {
        return MADE.get() + " players made, " + STALLED.get() + " stalled on purpose";
    }
}
