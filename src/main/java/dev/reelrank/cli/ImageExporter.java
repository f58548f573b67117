package dev.reelrank.cli;

import dev.reelrank.model.Project;

/**
 * Draws a chart of a project as a PNG; supplied by the composition root, which starts a headless
 * JavaFX only for this command.
 */
public interface ImageExporter {
    /**
     * Draws the requested chart of {@code project} as a PNG image.
     *
     * @return the PNG file's bytes, of exactly (width·scale) × (height·scale) pixels
     */
    byte[] png(Project project, ImageRequest request) throws Exception;

    /** For command lines that cannot draw (tests of everything else). */
    static ImageExporter unavailable() {
        return (project, request) -> {
            throw new CommandFailure("this build cannot draw images", ExitCodes.FAILURE, null);
        };
    }
}
