package dev.reelrank.viewmodel.port;

import dev.reelrank.model.Project;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reading and writing project files, supplied by the composition root so that view models never
 * touch the disk themselves. Failures carry a one-line message fit to show the user.
 */
public interface ProjectStore {
    Project read(Path file) throws IOException;

    void write(Project project, Path file) throws IOException;

    /** A new, empty project to start from. */
    Project blank();

    /**
     * Saves over whatever the file holds now, after the user chose to overwrite a change made on
     * disk since the window read it.
     */
    default void overwrite(Project project, Path file) throws IOException {
        write(project, file);
    }

    /** {@link #write} refused: the file changed on disk since this window read or saved it; nothing was written. */
    final class ChangedOnDisk extends IOException {
        private static final long serialVersionUID = 1L;

        public ChangedOnDisk(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** One of the datasets ReelRank carries. */
    default Project builtIn(BuiltInView view) throws IOException {
        throw new IOException("this window carries no built-in views");
    }

    /** Writes an exported image in one step, so that a failure leaves any earlier file as it was. */
    default void writeImage(Path file, byte[] png) throws IOException {
        throw new IOException("this window cannot write images");
    }
}
