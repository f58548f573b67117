package dev.reelrank.io;

import dev.reelrank.model.Project;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Copies of unsaved work, one per window, so that a crash or a power cut loses at most the last
 * second of editing. Each copy is an ordinary project file (written atomically) next to a small
 * note saying which file the work belongs to and when it was kept.
 */
public final class RecoveryFiles {
    private static final String NOTE = ".about";
    private final Path folder;

    public RecoveryFiles(Path folder) {
        this.folder = folder;
    }

    /** What a kept copy is: its id, the project's name, the file it was opened from (or null), and when. */
    public record Copy(String id, String name, Path file, Instant keptAt) {}

    /** Writes (or replaces) the copy with this id; the project first, so a note never points at nothing. */
    public void write(String id, Project project, Path file, Instant keptAt) throws IOException {
        Files.createDirectories(folder);
        ProjectFiles.writeCopy(project, projectFile(id));
        Properties note = new Properties();
        note.setProperty("name", project.name());
        note.setProperty("file", file == null ? "" : file.toAbsolutePath().toString());
        note.setProperty("keptAt", keptAt.toString());
        AtomicFiles.write(noteFile(id), out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            note.store(writer, "ReelRank: unsaved work kept in case the window closes without saving");
            writer.flush();
        });
    }

    /** Every complete copy in the folder, newest first; a note without its project, or unreadable, is left out. */
    public List<Copy> list() throws IOException {
        List<Copy> copies = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return copies;
        }
        try (DirectoryStream<Path> notes = Files.newDirectoryStream(folder, "*" + NOTE)) {
            for (Path note : notes) {
                String name = note.getFileName().toString();
                String id = name.substring(0, name.length() - NOTE.length());
                if (Files.isRegularFile(projectFile(id))) {
                    readNote(id, note).ifPresent(copies::add);
                }
            }
        }
        copies.sort(Comparator.comparing(Copy::keptAt).reversed());
        return copies;
    }

    private Optional<Copy> readNote(String id, Path note) {
        Properties read = new Properties();
        try (Reader reader = Files.newBufferedReader(note, StandardCharsets.UTF_8)) {
            read.load(reader);
            String file = read.getProperty("file", "");
            return Optional.of(new Copy(
                    id,
                    read.getProperty("name", ""),
                    file.isEmpty() ? null : Path.of(file),
                    Instant.parse(read.getProperty("keptAt", ""))));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Reads a copy's project with the same strict reader as any project file. */
    public Project read(String id) throws IOException, ProjectFileException {
        return ProjectFiles.read(projectFile(id));
    }

    /** Gives a copy another id (a window taking over work another one left); atomic per file. */
    public void rename(String from, String to) throws IOException {
        Files.move(
                projectFile(from),
                projectFile(to),
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        Files.move(noteFile(from), noteFile(to), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes a copy; the note first, so a half-removed copy is never listed. */
    public void delete(String id) throws IOException {
        Files.deleteIfExists(noteFile(id));
        Files.deleteIfExists(projectFile(id));
    }

    public Path folder() {
        return folder;
    }

    private Path projectFile(String id) {
        return folder.resolve(id + ProjectFiles.EXTENSION);
    }

    private Path noteFile(String id) {
        return folder.resolve(id + NOTE);
    }
}
