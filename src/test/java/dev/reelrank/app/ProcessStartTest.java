package dev.reelrank.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** When the process began: the kernel's figure, which --smoke and the start-up trace count from. */
class ProcessStartTest {
    /** A stat line whose field 22 (start time, in ticks since boot) is {@code ticks}. */
    private static String stat(String name, long ticks) {
        StringBuilder line = new StringBuilder("4242 (" + name + ") S");
        for (int field = 4; field <= 21; field++) {
            line.append(' ').append(field * 11);
        }
        line.append(' ').append(ticks);
        for (int field = 23; field <= 52; field++) {
            line.append(" 0");
        }
        return line.append('\n').toString();
    }

    @Test
    void theStartIsUptimeLessTheProcessStartTime_countedBackFromNow() {
        // Booted 12.34 s ago; the process started 5.00 s after boot, so 7.34 s ago.
        assertEquals(
                100_000 - 7_340, ProcessStart.fromProc(stat("ReelRank-java", 500), "12.34 20.01\n", 100_000, 99_000));
    }

    @Test
    void aCommandNameWithSpacesAndBrackets_doesNotShiftTheFields() {
        assertEquals(
                100_000 - 7_340,
                ProcessStart.fromProc(stat("java) S (odd name", 500), "12.34 20.01\n", 100_000, 99_000));
    }

    @Test
    void neverLaterThanTheJvmsOwnStart() {
        assertEquals(90_000, ProcessStart.fromProc(stat("java", 500), "12.34 20.01\n", 100_000, 90_000));
    }

    @Test
    void thisProcess_beganAtOrBeforeItsJvm_andNotLongBefore() {
        long jvm = ManagementFactory.getRuntimeMXBean().getStartTime();
        long process = ProcessStart.epochMillis();
        assertTrue(process <= jvm, process + " after the JVM's start " + jvm);
        assertTrue(jvm - process < 10_000, "the JVM started " + (jvm - process) + " ms after its process");
    }
}
