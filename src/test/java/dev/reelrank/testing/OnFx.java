package dev.reelrank.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Asks the FX thread from another thread, for tests and harnesses that watch a live window. */
public final class OnFx {
    private OnFx() {}

    /** Runs {@code body} on the FX thread and returns its result; fails if it takes longer than {@code timeout}. */
    public static <T> T call(Callable<T> body, Duration timeout) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(body.call());
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Polls {@code condition} on the FX thread every 20 ms until it holds; fails after {@code timeout}. */
    public static void await(String what, Callable<Boolean> condition, Duration timeout) throws Exception {
        Poll.until(what, () -> call(condition, timeout), timeout);
    }
}
