package dev.reelrank.bench;

import javafx.application.Platform;

/**
 * Starts JavaFX for a harness, or reuses it: `mvn -Pbench verify` runs every harness in one JVM,
 * where the toolkit starts only once, and a harness that closes its last window must not stop it.
 */
public final class FxStart {
    private FxStart() {}

    public static void once() {
        try {
            Platform.startup(() -> {});
        } catch (IllegalStateException alreadyStarted) {
            // Started by a harness before this one.
        }
        Platform.setImplicitExit(false);
    }
}
