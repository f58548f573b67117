package dev.reelrank.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure nothing caught: full detail in the log file, one line for the window, nothing on the terminal. */
class ErrorLogTest {
    @TempDir
    Path home;

    @Test
    void anUncaughtFailure_goesToTheLogInFull_andToTheWindowInOneLine() throws Exception {
        assumeTrue(System.getenv("XDG_STATE_HOME") == null, "the log follows XDG_STATE_HOME when it is set");
        String userHome = System.getProperty("user.home");
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Logger root = Logger.getLogger("");
        Handler[] handlers = root.getHandlers();
        List<String> shown = new CopyOnWriteArrayList<>();
        // The first failure is kept for the smoke run's exit code; this test's must not outlive it.
        Field first = ErrorLog.class.getDeclaredField("firstFailure");
        first.setAccessible(true);
        Object firstBefore = first.get(null);
        try {
            System.setProperty("user.home", home.toString());
            Path log = home.resolve(".local/state/reelrank/reelrank.log");
            assertEquals(log, ErrorLog.file());
            ErrorLog.install();
            ErrorLog.reportTo(shown::add);
            Thread failing = new Thread(
                    () -> {
                        throw new IllegalStateException("the chart lost its axis\nsecond line");
                    },
                    "render");
            failing.start();
            failing.join();
            for (Handler handler : root.getHandlers()) {
                handler.flush();
            }
            String written = Files.readString(log);
            assertTrue(written.contains("Unexpected failure on thread render"), written);
            assertTrue(written.contains("java.lang.IllegalStateException: the chart lost its axis"), written);
            assertTrue(written.contains("at dev.reelrank.app.ErrorLogTest"), "with the stack trace: " + written);
            assertEquals(List.of("the chart lost its axis (" + log + ")"), shown);
            assertEquals(
                    Optional.of("IllegalStateException: the chart lost its axis (" + log + ")"),
                    ErrorLog.firstUnexpectedFailure(),
                    "what makes a smoke run fail");
        } finally {
            System.setProperty("user.home", userHome);
            Thread.setDefaultUncaughtExceptionHandler(before);
            ErrorLog.reportTo(line -> {});
            first.set(null, firstBefore);
            for (Handler handler : root.getHandlers()) {
                root.removeHandler(handler);
                handler.close();
            }
            for (Handler handler : handlers) {
                root.addHandler(handler);
            }
        }
    }
}
