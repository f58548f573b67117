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
 * took, counted from the start of the process (the launcher's exec, see {@link ProcessStart}): the
 * harness behind docs/benchmarks.md's start-up breakdown.
 */
final class StartupTrace {
    private static final String FILE = System.getProperty("reelrank.startupTrace");

    static {
        if (FILE != null) {
            write(ManagementFactory.getRuntimeMXBean().getStartTime() - ProcessStart.epochMillis(), "JVM started");
        }
    }

    private StartupTrace() {}

    static void mark(String step) {
        if (FILE != null) {
            write(ProcessStart.millisSince(), step);
        }
    }

    private static void write(long millis, String step) {
        String line = String.format(Locale.ROOT, "%6d ms  %s%n", millis, step);
        try {
            Files.writeString(
                    Path.of(FILE), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // A trace that cannot be written is no reason to disturb the start.
        }
    }
}
