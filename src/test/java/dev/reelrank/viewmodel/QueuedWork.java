package dev.reelrank.viewmodel;

import dev.reelrank.viewmodel.port.BackgroundWork;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Background work that waits in a queue until the test runs it, as a busy executor would: work
 * cancelled while queued never starts. Counts the work that ran to the end.
 */
public final class QueuedWork implements BackgroundWork {
    private final Deque<Job<?>> queue = new ArrayDeque<>();
    private int completed;
    private int started;

    private static final class Job<T> implements Handle {
        final Callable<T> work;
        final Consumer<T> onSuccess;
        final Consumer<Throwable> onFailure;
        boolean cancelled;
        boolean done;

        Job(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }
    }

    @Override
    public <T> Handle run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Job<T> job = new Job<>(work, onSuccess, onFailure);
        queue.add(job);
        return job;
    }

    @Override
    public void onUi(Runnable task) {
        task.run();
    }

    /** Runs everything queued (and whatever that queues) in order; cancelled work is skipped. */
    public void runAll() {
        while (!queue.isEmpty()) {
            runOne(queue.poll());
        }
    }

    private <T> void runOne(Job<T> job) {
        if (job.cancelled) {
            return;
        }
        started++;
        T result;
        try {
            result = job.work.call();
        } catch (Throwable e) {
            job.done = true;
            if (!job.cancelled) {
                job.onFailure.accept(e);
            }
            return;
        }
        completed++;
        job.done = true;
        if (!job.cancelled) {
            job.onSuccess.accept(result);
        }
    }

    public int completed() {
        return completed;
    }

    int started() {
        return started;
    }

    public int queued() {
        return queue.size();
    }
}
