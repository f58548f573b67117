package dev.reelrank.viewmodel;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (file reading, saving) off the FX thread and hands the result back on it.
 * View-model tests use a version that runs everything at once.
 */
public interface BackgroundWork {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    /** Runs a small task on the FX thread (from a background thread, e.g. to show progress). */
    void onUi(Runnable task);

    /** Runs work immediately on the calling thread; for tests and headless use. */
    static BackgroundWork immediate() {
        return new BackgroundWork() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }

            @Override
            public void onUi(Runnable task) {
                task.run();
            }
        };
    }
}
