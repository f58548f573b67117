package dev.reelrank.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where the desktop app writes what went wrong, with full detail: {@code reelrank.log} in the XDG
 * state folder (~/.local/state/reelrank). The terminal stays quiet, and the window shows one line
 * that names the log. JavaFX's own warnings (java.util.logging) go to the same file.
 */
final class ErrorLog {
    private static final Logger LOG = Logger.getLogger("dev.reelrank");
    private static volatile Consumer<String> window = line -> {};
    private static volatile String firstFailure;

    private ErrorLog() {}

    /** The log file: $XDG_STATE_HOME/reelrank/reelrank.log, else ~/.local/state/reelrank/reelrank.log. */
    static Path file() {
        return UserFolders.state().resolve("reelrank.log");
    }

    /** Sends log records to the file instead of the terminal, and catches what nothing else caught. */
    static void install() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        try {
            Path file = file();
            Files.createDirectories(file.getParent());
            // One file of at most 1 MB, appended to: enough for a bug report, never a disk filler.
            FileHandler handler = new FileHandler(file.toString().replace("%", "%%"), 1_000_000, 1, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.WARNING);
            root.addHandler(handler);
        } catch (IOException | RuntimeException e) {
            // No log folder (read-only home): records are dropped rather than printed over the user's terminal.
        }
        Thread.setDefaultUncaughtExceptionHandler(
                (thread, failure) -> unexpected("Unexpected failure on thread " + thread.getName(), failure));
    }

    /**
     * A failure nothing else reported: written to the log with its stack trace, and shown in one
     * line in the window's status line.
     */
    static void unexpected(String what, Throwable failure) {
        LOG.log(Level.SEVERE, what, failure);
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        String line = message.lines().findFirst().orElse("") + " (" + file() + ")";
        if (firstFailure == null) {
            firstFailure = failure.getClass().getSimpleName() + ": " + line;
        }
        window.accept(line);
    }

    /** Writes a failure with its stack trace to the log (the caller tells the user in one line). */
    static void record(String what, Throwable failure) {
        LOG.log(Level.SEVERE, what, failure);
    }

    /** Writes something worth knowing that went wrong without a failure (the caller goes on). */
    static void warning(String what) {
        LOG.warning(what);
    }

    /** The first failure nothing else caught, in one line, if there was one: the smoke test fails on it. */
    static Optional<String> firstUnexpectedFailure() {
        return Optional.ofNullable(firstFailure);
    }

    /** Where the one-line report goes once a window is open (its status line). */
    static void reportTo(Consumer<String> statusLine) {
        window = statusLine;
    }
}
