package dev.reelrank.app;

import dev.reelrank.io.ClipLibraryException;
import dev.reelrank.io.ClipLibraryFiles;
import dev.reelrank.model.Project;
import dev.reelrank.viewmodel.port.ClipLibraries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Clip libraries from the disk: a folder of prompt folders, or a manifest CSV. */
final class FileClipLibraries implements ClipLibraries {
    @Override
    public Read read(Path source, Project project, LocalDate today) throws IOException {
        ClipLibraryFiles.Result found;
        try {
            found = Files.isDirectory(source)
                    ? ClipLibraryFiles.readFolder(source, project)
                    : ClipLibraryFiles.readManifest(source, project);
        } catch (ClipLibraryException e) {
            throw new IOException(e.getMessage(), e);
        }
        String from = "Clips from " + source.toAbsolutePath();
        return new Read(
                found.unknownProducts(),
                found.skipped(),
                found.notes(),
                p -> p.withClipLibrary(found.libraryFor(p)),
                p -> {
                    ClipLibraryFiles.Added added = found.addUnknown(p, from, today);
                    return added.project().withClipLibrary(added.library());
                });
    }
}
