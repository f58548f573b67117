package dev.reelrank.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A view model made when it is first asked for. The tabs behind the first one (trend, price history,
 * value, head-to-head, scenario) each computed their chart when the window was made, about 40 ms of a
 * 2-core start before the first frame, for tabs most starts never open; the table's rows and the KPI
 * tiles, which the desktop start adds a frame after the charts, are made then.
 */
final class MadeOnFirstUse<T> {
    private final Supplier<T> make;
    private final List<Consumer<T>> whenMade = new ArrayList<>();
    private T made;

    MadeOnFirstUse(Supplier<T> make) {
        this.make = make;
    }

    T get() {
        if (made == null) {
            made = make.get();
            whenMade.forEach(step -> step.accept(made));
            whenMade.clear();
        }
        return made;
    }

    /** The view model if it has been made; one never asked for has nothing to hand on. */
    Optional<T> ifMade() {
        return Optional.ofNullable(made);
    }

    /** Applies {@code step} now if the view model is made, else as soon as it is. */
    void whenMade(Consumer<T> step) {
        if (made != null) {
            step.accept(made);
        } else {
            whenMade.add(step);
        }
    }
}
