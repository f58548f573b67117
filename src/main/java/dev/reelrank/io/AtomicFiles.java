package dev.reelrank.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content, never
 * a mix: write a temporary file in the same folder, flush and fsync it, then rename it over the
 * target in one atomic step and fsync the folder so the rename itself survives a power cut.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Something that writes the whole content of a file. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, Content content) throws IOException {
        Path resolved = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
        Path folder = resolved.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new FileProblem(null, "file.noFolder", folder == null ? "?" : folder);
        }
        if (Files.isDirectory(resolved)) {
            throw new FileProblem(null, "file.targetIsFolder", resolved);
        }
        Path temp = Files.createTempFile(folder, "." + resolved.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            try (FileChannel channel =
                    FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(resolved, temp);
            try {
                Files.move(temp, resolved, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new FileProblem(e, "file.notAtomic", resolved.getFileName());
            }
            moved = true;
            syncFolder(folder);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void keepPermissions(Path original, Path replacement) throws IOException {
        PosixFileAttributeView view =
                Files.getFileAttributeView(original, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions;
        if (Files.exists(original)) {
            permissions = view.readAttributes().permissions();
        } else {
            // createTempFile makes the file private (rw-------); a new project file gets the usual rw-r--r--.
            permissions = Set.of(
                    PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.GROUP_READ,
                    PosixFilePermission.OTHERS_READ);
        }
        Files.setPosixFilePermissions(replacement, permissions);
    }

    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms cannot open a folder for fsync; the rename has happened either way.
        }
    }
}
