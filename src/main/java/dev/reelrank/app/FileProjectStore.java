package dev.reelrank.app;

import dev.reelrank.io.AtomicFiles;
import dev.reelrank.io.BuiltInDataset;
import dev.reelrank.io.DefaultDataset;
import dev.reelrank.io.FileChangedException;
import dev.reelrank.io.FileProblem;
import dev.reelrank.io.FileStamp;
import dev.reelrank.io.ProjectFileException;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.Project;
import dev.reelrank.viewmodel.port.BuiltInView;
import dev.reelrank.viewmodel.port.ProjectStore;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Project files on disk, through the strict reader and the atomic writer (public for the view models' tests). */
public final class FileProjectStore implements ProjectStore {
    /**
     * The version of each file this process last read or wrote, so that a save never overwrites a
     * change someone made on disk in between. Kept for the process, not the window: the window is
     * rebuilt on a language switch and must keep protecting the file it opened.
     */
    private static final Map<Path, FileStamp> READ = new ConcurrentHashMap<>();

    /** Notes which version of {@code file} the window opened with (read before the window existed). */
    public static void remember(Path file, FileStamp stamp) {
        READ.put(key(file), stamp);
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    @Override
    public Project read(Path file) throws IOException {
        try {
            ProjectFiles.Stamped read = ProjectFiles.readStamped(file);
            remember(file, read.stamp());
            return read.project();
        } catch (ProjectFileException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void writeImage(Path file, byte[] png) throws IOException {
        explained(() -> AtomicFiles.write(file, out -> out.write(png)));
    }

    @Override
    public void write(Project project, Path file) throws IOException {
        try {
            explained(() -> remember(file, ProjectFiles.writeIfUnchanged(project, file, READ.get(key(file)))));
        } catch (FileChangedException e) {
            throw new ChangedOnDisk(e.getMessage(), e);
        }
    }

    @Override
    public void overwrite(Project project, Path file) throws IOException {
        explained(() -> remember(file, ProjectFiles.writeIfUnchanged(project, file, null)));
    }

    private interface Writing {
        void run() throws IOException;
    }

    /** Runs a write, turning the file system's refusals into the reasons the window shows. */
    private static void explained(Writing writing) throws IOException {
        try {
            writing.run();
        } catch (AccessDeniedException e) {
            throw new FileProblem(e, "file.denied");
        } catch (NoSuchFileException e) {
            throw new FileProblem(e, "file.folderMissing");
        } catch (FileSystemException e) {
            throw new IOException(e.getReason() == null ? e.getMessage() : e.getReason(), e);
        }
    }

    @Override
    public Project builtIn(BuiltInView view) {
        return switch (view) {
            case TODAY -> BuiltInDataset.TODAY.load();
            case ARTICLE -> BuiltInDataset.ARTICLE.load();
        };
    }

    /** An empty project that keeps the default dataset's exchange rates, so costs still convert. */
    @Override
    public Project blank() {
        Project defaults = DefaultDataset.load();
        return new Project(
                "Untitled project", null, defaults.displayCurrency(), defaults.exchangeRates(), List.of(), List.of());
    }
}
