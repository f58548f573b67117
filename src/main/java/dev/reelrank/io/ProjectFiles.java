package dev.reelrank.io;

import dev.reelrank.model.Project;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;

/** Opening and saving project files ({@code *.reelrank.json}). */
public final class ProjectFiles {
    public static final String EXTENSION = ".reelrank.json";
    /** Larger files are refused before anything is parsed. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    private ProjectFiles() {}

    /**
     * Reads a project file; the file is only ever opened for reading. Its clip files, stored relative
     * to its folder, come back absolute.
     */
    public static Project read(Path file) throws ProjectFileException, IOException {
        return readBytes(bytesOf(file), file);
    }

    private static Project readBytes(byte[] bytes, Path file) throws ProjectFileException, IOException {
        Project project = ProjectReader.read(new ByteArrayInputStream(bytes), file.toString());
        return ClipPaths.resolvedAgainst(project, folderOf(file));
    }

    /**
     * The folder clip files are relative to: that of the file a save really replaces, so that every
     * name a file is opened by (a link, say) finds the same clips.
     */
    private static Path folderOf(Path file) throws IOException {
        return linkTarget(file).toAbsolutePath().normalize().getParent();
    }

    /** A project file's bytes, refused before they are read whole if the reader would refuse them. */
    private static byte[] bytesOf(Path file) throws ProjectFileException, IOException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw ProjectFileException.ofFile(name, "file.folder");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw ProjectFileException.ofFile(name, "file.missing");
        } catch (AccessDeniedException e) {
            throw ProjectFileException.ofFile(name, "file.denied");
        }
        if (size > MAX_FILE_BYTES) {
            throw tooLarge(name, size);
        }
        try (InputStream in = new SizeLimitedStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (AccessDeniedException e) {
            throw ProjectFileException.ofFile(name, "file.denied");
        } catch (TooLargeException e) {
            throw ProjectFileException.ofFile(name, "file.tooLargeStream");
        }
    }

    /**
     * Saves a project atomically (a crash leaves the old file or the new one, never a mix), keeping
     * the old one as {@code NAME.bak}, while holding the project's lock so that no other writer
     * interleaves. Whatever the file holds now is replaced: use {@link #writeIfUnchanged} where
     * the caller read the file and must not overwrite someone else's change.
     */
    public static void write(Project project, Path file) throws IOException {
        writeIfUnchanged(project, file, null);
    }

    /**
     * Saves a project as {@link #write} does, unless the file on disk is no longer the one the
     * caller read ({@code expected}; null to replace whatever is there).
     *
     * @return the saved file's stamp, to pass to the next save
     * @throws FileChangedException when the file changed on disk since it was read; nothing is written
     */
    @SuppressWarnings("try") // the lock is held for the block, never read
    public static FileStamp writeIfUnchanged(Project project, Path named, FileStamp expected) throws IOException {
        byte[] bytes = bytes(project, named);
        Path file = linkTarget(named);
        try (ProjectLock lock = ProjectLock.acquire(file)) {
            if (expected != null && !expected.equals(FileStamp.of(file))) {
                throw new FileChangedException(file);
            }
            replaceKeepingBackup(file, bytes);
        }
        return FileStamp.ofBytes(bytes);
    }

    /**
     * Saves a copy of a project atomically, with no backup and no lock: for ReelRank's own copies
     * (the recovery folder), which only this window writes and which a backup would only clutter.
     */
    static void writeCopy(Project project, Path file) throws IOException {
        byte[] bytes = bytes(project, file);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** A change to a project file, read and written while no other writer can come between. */
    public interface Change {
        Project apply(Project before) throws IOException;
    }

    /**
     * Reads a project, changes it and saves it, holding its lock throughout, so that two writers at
     * once each start from the other's result rather than one losing its change.
     *
     * @return the project as saved
     */
    @SuppressWarnings("try") // the lock is held for the block, never read
    public static Project update(Path named, Change change) throws IOException, ProjectFileException {
        Path file = linkTarget(named);
        try (ProjectLock lock = ProjectLock.acquire(file)) {
            Project after = change.apply(read(file));
            replaceKeepingBackup(file, bytes(after, file));
            return after;
        }
    }

    /**
     * The file a save really replaces: a symbolic link's target (the link stays a link), so that
     * the lock, the backup and the tidying of temporary files sit beside the file itself, whichever
     * name a writer came by. A dangling link names the file it will create.
     */
    static Path linkTarget(Path file) throws IOException {
        if (!Files.isSymbolicLink(file)) {
            return file;
        }
        try {
            return file.toRealPath();
        } catch (NoSuchFileException dangling) {
            return file.toAbsolutePath().resolveSibling(Files.readSymbolicLink(file));
        }
    }

    /**
     * A project as the file's bytes, with its clip files relative to the file's folder, refused before
     * anything is written if the reader would refuse them.
     */
    private static byte[] bytes(Project project, Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Project stored = ClipPaths.relativeTo(project, folderOf(file));
        try {
            ProjectWriter.write(stored, out);
        } catch (IOException | RuntimeException e) {
            // Only the JSON generator can fail here (the bytes go to memory); its words are not for a user.
            throw new FileProblem(e, "file.cannotEncode", file.getFileName());
        }
        if (out.size() > MAX_FILE_BYTES) {
            throw new FileProblem(
                    null,
                    "file.wouldBeTooLarge",
                    file.getFileName(),
                    String.format(Locale.ROOT, "%.1f", out.size() / 1024.0 / 1024.0));
        }
        return readableBack(out.toByteArray(), file);
    }

    /**
     * The bytes about to be saved, once the reader has read them: whatever limit or rule the reader
     * has, a file it would refuse is never written. The model already refuses such projects, so this
     * is the last guard, not the first; it costs one more parse (about 1 s for a 40 MB project).
     */
    static byte[] readableBack(byte[] bytes, Path file) throws FileProblem {
        try {
            ProjectReader.read(
                    new ByteArrayInputStream(bytes), file.getFileName().toString());
        } catch (ProjectFileException e) {
            throw new FileProblem(e, "file.wouldNotReadBack", file.getFileName(), e.explanation());
        } catch (IOException | RuntimeException e) {
            throw new FileProblem(e, "file.cannotEncode", file.getFileName());
        }
        return bytes;
    }

    /** Called with the project's lock held, so no other writer of it is at work. */
    private static void replaceKeepingBackup(Path file, byte[] bytes) throws IOException {
        refuseReadOnly(file);
        removeStaleTemporaryFiles(file);
        if (Files.isRegularFile(file)) {
            // Streamed: whatever sits at the path may be larger than any project.
            AtomicFiles.write(backupOf(file), out -> Files.copy(file, out));
        }
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /**
     * A file its owner made read-only is not replaced, as an editor would not: the atomic rename
     * would replace it silently (renaming needs a writable folder, not a writable file). The mode
     * bits are read rather than asking {@code isWritable}, which says yes to root.
     */
    private static void refuseReadOnly(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            var mode = Files.getPosixFilePermissions(file);
            if (!mode.contains(PosixFilePermission.OWNER_WRITE)) {
                throw new FileProblem(null, "file.readOnly", file.getFileName());
            }
        } catch (UnsupportedOperationException e) {
            if (!Files.isWritable(file)) {
                throw new FileProblem(null, "file.readOnly", file.getFileName());
            }
        }
    }

    /**
     * Temporary files an earlier save of this project left when it was killed ({@code .NAME.*.tmp},
     * up to the project's size each): with the lock held no save of it is running, so they are
     * stale, and they go.
     */
    private static void removeStaleTemporaryFiles(Path file) {
        Path resolved = file.toAbsolutePath();
        Path folder = resolved.getParent();
        String prefix = "." + resolved.getFileName() + ".";
        try (var entries = Files.newDirectoryStream(folder, entry -> {
            String name = entry.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp");
        })) {
            for (Path stale : entries) {
                Files.deleteIfExists(stale);
            }
        } catch (IOException e) {
            // Clutter, not data: a save goes ahead without the tidying.
        }
    }

    /** Where the version before the last save is kept: {@code NAME.reelrank.json.bak} beside it. */
    public static Path backupOf(Path file) {
        Path resolved = file.toAbsolutePath();
        return resolved.resolveSibling(resolved.getFileName() + ".bak");
    }

    /** A project as read, with the stamp of the bytes it was read from. */
    public record Stamped(Project project, FileStamp stamp) {}

    /** Reads a project and notes which version of the file it came from, for {@link #writeIfUnchanged}. */
    public static Stamped readStamped(Path file) throws ProjectFileException, IOException {
        // One read: the stamp is that of the very bytes parsed.
        byte[] bytes = bytesOf(file);
        return new Stamped(readBytes(bytes, file), FileStamp.ofBytes(bytes));
    }

    private static ProjectFileException tooLarge(String name, long bytes) {
        return ProjectFileException.ofFile(
                name, "file.tooLarge", String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0));
    }

    /** Stops reading past the size limit even when the file grows, or is a pipe whose size is unknown. */
    private static final class SizeLimitedStream extends FilterInputStream {
        private long read;

        SizeLimitedStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLargeException {
            read += n;
            if (read > MAX_FILE_BYTES) {
                throw new TooLargeException();
            }
        }
    }

    private static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super("more than " + MAX_FILE_BYTES + " bytes");
        }
    }
}
