package dev.reelrank.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The way to the FX thread for view models built while JavaFX starts: before it has started,
 * {@code Platform.runLater} would throw, so tasks wait here, in order, and go to the FX thread once
 * it runs.
 */
final class FxThreadOnceStarted implements Consumer<Runnable> {
    private final Consumer<Runnable> fxThread;
    private List<Runnable> waiting = new ArrayList<>();

    FxThreadOnceStarted() {
        this(Platform::runLater);
    }

    /** For tests: another way to the FX thread. */
    FxThreadOnceStarted(Consumer<Runnable> fxThread) {
        this.fxThread = fxThread;
    }

    @Override
    public synchronized void accept(Runnable task) {
        if (waiting == null) {
            fxThread.accept(task);
        } else {
            waiting.add(task);
        }
    }

    /** Called on the FX thread once JavaFX has started; hands over what waited, in order. */
    synchronized void started() {
        if (waiting != null) {
            waiting.forEach(fxThread);
            waiting = null;
        }
    }
}
