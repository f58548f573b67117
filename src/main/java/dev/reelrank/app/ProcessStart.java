package dev.reelrank.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * When this process began, as a user waiting for the window counts it. The JVM's own start time comes
 * later: the desktop launcher's shell script and the native launcher run first, in the same process
 * (the script execs it). On Linux the kernel records the process's start in /proc; elsewhere the
 * JVM's start time is the best there is.
 */
final class ProcessStart {
    /** The kernel counts process start times in ticks of 1/100 s (USER_HZ), on every Linux architecture. */
    private static final long MILLIS_PER_TICK = 10;

    private static final long EPOCH_MILLIS = read();

    private ProcessStart() {}

    /** The process's start, in milliseconds since the epoch; to within 10 ms where /proc is read. */
    static long epochMillis() {
        return EPOCH_MILLIS;
    }

    static long millisSince() {
        return System.currentTimeMillis() - EPOCH_MILLIS;
    }

    private static long read() {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        try {
            return fromProc(
                    Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII),
                    Files.readString(Path.of("/proc/uptime"), StandardCharsets.US_ASCII),
                    System.currentTimeMillis(),
                    jvmStart);
        } catch (IOException | RuntimeException e) {
            return jvmStart;
        }
    }

    /**
     * The start from the kernel's figures: the process's start time in ticks since boot (field 22 of
     * {@code stat}) against the time since boot now ({@code uptime}). The command name in field 2 may
     * hold spaces and brackets, so fields are counted after its last ')'. Never later than the JVM's
     * own start, which the kernel's figure can only precede.
     */
    static long fromProc(String stat, String uptime, long nowMillis, long jvmStartMillis) {
        String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ", -1);
        long startTicks = Long.parseLong(afterName[19]);
        double upSeconds = Double.parseDouble(uptime.trim().split(" ", -1)[0]);
        long ageMillis = Math.round(upSeconds * 1000) - startTicks * MILLIS_PER_TICK;
        return Math.min(nowMillis - ageMillis, jvmStartMillis);
    }
}
