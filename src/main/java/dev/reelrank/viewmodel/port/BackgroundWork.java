package dev.reelrank.viewmodel.port;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (file reading, saving, the bootstrap) off the FX thread and hands the outcome back
 * on it. Whatever the work throws, {@link Error}s included, reaches {@code onFailure}, so a view
 * model that sets a busy flag before can always clear it. View-model tests use a version that runs
 * everything at once.
 */
public interface BackgroundWork {
    /**
     * Runs {@code work} in the background, then {@code onSuccess} with its result or {@code onFailure}
     * with whatever it threw, on the FX thread. Once the returned handle is cancelled, neither runs.
     */
    <T> Handle run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs a small task on the FX thread (from a background thread, e.g. to show progress). */
    void onUi(Runnable task);

    /** One piece of work handed to the background. */
    interface Handle {
        /** Work that had finished before anyone could cancel it. */
        Handle DONE = new Handle() {
            @Override
            public void cancel() {}

            @Override
            public boolean isDone() {
                return true;
            }
        };

        /**
         * Drops the work: not started yet, it never starts; running, its thread is interrupted (work
         * that loops checks it); either way its handlers will not run. Harmless once it is done.
         */
        void cancel();

        /** Whether the work has finished, failed or been cancelled. */
        boolean isDone();
    }

    /** Runs work immediately on the calling thread; for tests and headless use. */
    static BackgroundWork immediate() {
        return new BackgroundWork() {
            @Override
            public <T> Handle run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Throwable e) {
                    onFailure.accept(e);
                    return Handle.DONE;
                }
                onSuccess.accept(result);
                return Handle.DONE;
            }

            @Override
            public void onUi(Runnable task) {
                task.run();
            }
        };
    }
}
