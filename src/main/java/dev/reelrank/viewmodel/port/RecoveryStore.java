package dev.reelrank.viewmodel.port;

import dev.reelrank.model.Project;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a window keeps a copy of its unsaved work, and finds what windows that closed without
 * saving (a crash, a power cut) left behind. Writing happens off the FX thread, a moment after
 * the last edit.
 */
public interface RecoveryStore {
    /** Work another window left: the project's name, the file it belongs to (or null), and when it was kept. */
    record Leftover(String id, String name, Path file, Instant keptAt) {}

    /** Keeps this project as this window's unsaved work (replacing the previous copy). */
    void keep(Project project, Path file);

    /**
     * Keeps this project at once rather than after the usual delay, then runs {@code written} (on any
     * thread) once the copy is on disk, or once writing it has failed, which {@link #watchKeeping}
     * hears. A blind test waits for it before showing the next pair, so that a crash loses no vote.
     */
    default void keepNow(Project project, Path file, Runnable written) {
        keep(project, file);
        written.run();
    }

    /**
     * Tells {@code failed} (on any thread) when a copy could not be written, so that the window can
     * say its unsaved work is not protected: once, until a copy is written again, which
     * {@code recovered} hears. A watcher that starts while copies fail hears so at once (a window
     * rebuilt in another language).
     */
    default void watchKeeping(Consumer<Path> failed, Runnable recovered) {}

    /** Drops this window's copy: its work was saved, or deliberately abandoned. */
    void discard();

    /** Work left by windows that are no longer open, newest first. */
    List<Leftover> leftovers() throws IOException;

    /** Takes a leftover over as this window's own copy and returns its project. */
    Project adopt(Leftover leftover) throws IOException;

    /** Deletes a leftover the user chose not to restore. */
    void drop(Leftover leftover) throws IOException;

    /** Keeps nothing and finds nothing: windows in tests and slide views. */
    static RecoveryStore none() {
        return new RecoveryStore() {
            @Override
            public void keep(Project project, Path file) {}

            @Override
            public void discard() {}

            @Override
            public List<Leftover> leftovers() {
                return List.of();
            }

            @Override
            public Project adopt(Leftover leftover) throws IOException {
                throw new IOException("nothing is kept here");
            }

            @Override
            public void drop(Leftover leftover) {}
        };
    }
}
