package dev.reelrank.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * With {@code -Dreelrank.startupTrace=FILE}, appends to FILE how long each step to the first frame
 * took, counted from JVM start: the harness behind docs/benchmarks.md's start-up breakdown.
 */
final class StartupTrace {
    private static final String FILE = System.getProperty("reelrank.startupTrace");
    private static final long JVM_START =
            FILE == null ? 0 : ManagementFactory.getRuntimeMXBean().getStartTime();

    private StartupTrace() {}

    static void mark(String step) {
        if (FILE != null) {
            String line = String.format(Locale.ROOT, "%6d ms  %s%n", System.currentTimeMillis() - JVM_START, step);
            try {
                Files.writeString(
                        Path.of(FILE),
                        line,
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                // A trace that cannot be written is no reason to disturb the start.
            }
        }
    }
}
