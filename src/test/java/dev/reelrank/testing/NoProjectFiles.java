package dev.reelrank.testing;

import dev.reelrank.model.Project;
import dev.reelrank.viewmodel.port.ProjectStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * A project store for view-model tests that open and save no project file: reading or writing one
 * fails as a full disk would, and a new project is whatever the test says. Subclass it to catch the
 * images an export writes.
 */
public class NoProjectFiles implements ProjectStore {
    private final Supplier<Project> blank;

    public NoProjectFiles(Supplier<Project> blank) {
        this.blank = blank;
    }

    @Override
    public Project read(Path file) throws IOException {
        throw new IOException("this test reads no project file");
    }

    @Override
    public void write(Project project, Path file) throws IOException {
        throw new IOException("this test writes no project file");
    }

    @Override
    public Project blank() {
        return blank.get();
    }
}
