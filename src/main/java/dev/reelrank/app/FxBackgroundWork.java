package dev.reelrank.app;

import dev.reelrank.viewmodel.port.BackgroundWork;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one place that hands work to a background thread and its outcome back to the FX thread: a
 * fixed pool of {@value #THREADS} named daemon threads shared by every window, so a burst of work
 * queues instead of starting a thread each. Whatever a task throws, {@link Error}s included, goes
 * to the log and to the task's failure handler (which clears its busy flag and says what happened
 * in the status line); a handler that throws in turn is logged and shown in the status line too.
 */
final class FxBackgroundWork implements BackgroundWork {
    /** Enough for a save or an import beside a bootstrap; the bootstrap itself is one thread. */
    static final int THREADS = 2;

    private static final AtomicInteger NUMBER = new AtomicInteger();
    private static final ExecutorService SHARED = pool(THREADS);

    private final ExecutorService workers;
    private final Consumer<Runnable> fxThread;
    private final BiConsumer<String, Throwable> log;
    private final BiConsumer<String, Throwable> unexpected;

    FxBackgroundWork() {
        this(Platform::runLater);
    }

    /** On the shared threads, handing results to {@code fxThread}. */
    FxBackgroundWork(Consumer<Runnable> fxThread) {
        this(SHARED, fxThread, ErrorLog::record, ErrorLog::unexpected);
    }

    /** For tests: other threads, another way to the FX thread, another log. */
    FxBackgroundWork(
            ExecutorService workers,
            Consumer<Runnable> fxThread,
            BiConsumer<String, Throwable> log,
            BiConsumer<String, Throwable> unexpected) {
        this.workers = workers;
        this.fxThread = fxThread;
        this.log = log;
        this.unexpected = unexpected;
    }

    /** A fixed number of daemon threads named reelrank-background-N, with a queue for the rest. */
    static ExecutorService pool(int threads) {
        return new ThreadPoolExecutor(
                threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "reelrank-background-" + NUMBER.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @Override
    public <T> Handle run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Job<T> job = new Job<>(work, onSuccess, onFailure);
        job.future = workers.submit(job::runInBackground);
        return job;
    }

    @Override
    public void onUi(Runnable task) {
        fxThread.accept(() -> {
            try {
                task.run();
            } catch (Throwable failure) {
                unexpected.accept("A background task's update on the FX thread failed", failure);
            }
        });
    }

    private final class Job<T> implements Handle {
        private final Callable<T> work;
        private final Consumer<T> onSuccess;
        private final Consumer<Throwable> onFailure;
        private volatile boolean cancelled;
        private volatile boolean done;
        private volatile Future<?> future;

        Job(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
        }

        void runInBackground() {
            if (cancelled) {
                done = true;
                return;
            }
            T result = null;
            Throwable failure = null;
            try {
                result = work.call();
            } catch (Throwable thrown) {
                failure = thrown;
            }
            if (cancelled) {
                // Interrupted or stopped on purpose: nobody waits for the outcome.
                done = true;
                return;
            }
            if (failure != null && !(failure instanceof CancellationException)) {
                log.accept("A background task failed", failure);
            }
            T value = result;
            Throwable thrown = failure;
            fxThread.accept(() -> deliver(value, thrown));
        }

        private void deliver(T result, Throwable failure) {
            done = true;
            if (cancelled) {
                return;
            }
            try {
                if (failure == null) {
                    onSuccess.accept(result);
                } else {
                    onFailure.accept(failure);
                }
            } catch (Throwable handlerFailure) {
                unexpected.accept("A background task's handler failed", handlerFailure);
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
            Future<?> running = future;
            if (running != null) {
                running.cancel(true);
            }
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }
    }
}
