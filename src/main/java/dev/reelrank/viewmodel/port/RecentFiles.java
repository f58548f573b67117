package dev.reelrank.viewmodel.port;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;

/** The files opened or saved lately, most recent first; kept across runs by the composition root. */
public interface RecentFiles {
    List<Path> list();

    void remember(Path file);

    void forget(Path file);

    /** Keeps the list for this run only; for tests and when preferences cannot be stored. */
    static RecentFiles inMemory() {
        return new RecentFiles() {
            private final ArrayDeque<Path> files = new ArrayDeque<>();

            @Override
            public List<Path> list() {
                return List.copyOf(files);
            }

            @Override
            public void remember(Path file) {
                files.remove(file);
                files.addFirst(file);
                while (files.size() > 10) {
                    files.removeLast();
                }
            }

            @Override
            public void forget(Path file) {
                files.remove(file);
            }
        };
    }
}
