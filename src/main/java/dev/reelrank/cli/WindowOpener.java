package dev.reelrank.cli;

import java.nio.file.Path;

/**
 * Opens the main window; supplied by the composition root so that the CLI never loads JavaFX
 * for a headless command.
 */
public interface WindowOpener {
    /**
     * Opens the window and returns when it closes.
     *
     * @param project the file to open, or null for the embedded default dataset
     * @return the process exit code
     */
    int open(Path project);

    /**
     * Opens the window, waits until its first chart is painted, and closes it.
     *
     * @return milliseconds from the start of the JVM to that first painted frame
     */
    long smoke(Path project);
}
