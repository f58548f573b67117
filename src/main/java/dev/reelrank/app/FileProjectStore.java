package dev.reelrank.app;

import dev.reelrank.io.BuiltInDataset;
import dev.reelrank.io.DefaultDataset;
import dev.reelrank.io.FileProblem;
import dev.reelrank.io.ProjectFileException;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.Project;
import dev.reelrank.viewmodel.BuiltInView;
import dev.reelrank.viewmodel.ProjectStore;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Project files on disk, through the strict reader and the atomic writer. */
final class FileProjectStore implements ProjectStore {
    @Override
    public Project read(Path file) throws IOException {
        try {
            return ProjectFiles.read(file);
        } catch (ProjectFileException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void writeImage(Path file, byte[] png) throws IOException {
        explained(() -> dev.reelrank.io.AtomicFiles.write(file, out -> out.write(png)));
    }

    @Override
    public void write(Project project, Path file) throws IOException {
        explained(() -> ProjectFiles.write(project, file));
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
        return new Project("Untitled project", null, defaults.displayCurrency(), defaults.exchangeRates(), List.of(),
                List.of());
    }
}
