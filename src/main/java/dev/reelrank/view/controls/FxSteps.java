package dev.reelrank.view.controls;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Work for the FX thread cut into steps, each run as its own FX task in turn, so that between two
 * steps the window answers input and paints. Building a slide in one go kept it from answering for
 * up to half a second; built in steps (nodes, style, layout, picture), no step takes 100 ms.
 */
public final class FxSteps {
    private final List<Runnable> steps;
    private final BooleanSupplier wanted;
    private final Consumer<Throwable> failed;

    private FxSteps(List<Runnable> steps, BooleanSupplier wanted, Consumer<Throwable> failed) {
        this.steps = steps;
        this.wanted = wanted;
        this.failed = failed;
    }

    /**
     * Runs {@code steps} in order, the first one later too, each in its own FX task; stops before a step
     * once {@code wanted} says no (a newer request took over), or after a step that fails, which it
     * hands to {@code failed}.
     */
    public static void inTurn(BooleanSupplier wanted, Consumer<Throwable> failed, Runnable... steps) {
        new FxSteps(List.of(steps), wanted, failed).runLater(0);
    }

    /** A step run again, each time in a later FX task, until it says it is done. */
    public static Runnable untilDone(BooleanSupplier step) {
        return new Repeated(step);
    }

    /** Run by {@link FxSteps}, one round per FX task; run by anyone else, all its rounds at once. */
    private record Repeated(BooleanSupplier step) implements Runnable {
        @Override
        public void run() {
            boolean done;
            do {
                done = step.getAsBoolean();
            } while (!done);
        }
    }

    private void runLater(int index) {
        if (index < steps.size()) {
            Platform.runLater(() -> run(index));
        }
    }

    private void run(int index) {
        if (!wanted.getAsBoolean()) {
            return;
        }
        boolean done;
        try {
            Runnable step = steps.get(index);
            if (step instanceof Repeated repeated) {
                done = repeated.step().getAsBoolean();
            } else {
                step.run();
                done = true;
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            failed.accept(e);
            return;
        }
        runLater(done ? index + 1 : index);
    }
}
