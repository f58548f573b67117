package dev.reelrank.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Work that finishes before JavaFX has started reaches the FX thread afterwards, in order. */
class FxThreadOnceStartedTest {

    @Test
    void tasksHandedOverBeforeTheStart_waitAndThenGoInOrder_laterOnesGoAtOnce() {
        List<String> ran = new ArrayList<>();
        FxThreadOnceStarted fxThread = new FxThreadOnceStarted(Runnable::run);
        fxThread.accept(() -> ran.add("progress"));
        fxThread.accept(() -> ran.add("done"));
        assertEquals(List.of(), ran, "nothing runs before JavaFX has started");
        fxThread.started();
        assertEquals(List.of("progress", "done"), ran);
        fxThread.accept(() -> ran.add("later"));
        assertEquals(List.of("progress", "done", "later"), ran);
        fxThread.started();
        assertEquals(3, ran.size(), "a second start hands nothing over twice");
    }
}
