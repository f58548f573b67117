package dev.reelrank.cli;

import java.nio.file.Path;

/**
 * Opens the main window; supplied by the composition root so that the CLI never loads JavaFX
 * for a headless command.
 */
@FunctionalInterface
public interface WindowOpener {
    /**
     * Opens the window and returns when it closes.
     *
     * @param project the file to open, or null for the embedded default dataset
     * @return the process exit code
     */
    int open(Path project);
}
