package dev.reelrank.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serializes the writers of one project file, in this process and across processes: a lock held
 * on a hidden file beside it ({@code .NAME.reelrank.json.lock}) for the whole read-check-write. Two
 * {@code import-battles} into one project used to read the same old file and each write back its
 * own votes, so one set was lost with both saying "imported".
 *
 * <p>The lock file is left in place: deleting it would let a third writer lock a new file while a
 * second still holds the old one. A file lock is per process, so writers in this process also queue
 * on an in-process lock for the same path.
 */
final class ProjectLock implements AutoCloseable {
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits until no other writer holds the project at {@code file}, then holds it. */
    static ProjectLock acquire(Path file) throws IOException {
        Path resolved = (Files.isSymbolicLink(file) ? file.toRealPath() : file.toAbsolutePath()).normalize();
        Path folder = resolved.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new FileProblem(null, "file.noFolder", folder == null ? "?" : folder);
        }
        ReentrantLock local = IN_PROCESS.computeIfAbsent(resolved, k -> new ReentrantLock());
        local.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(
                    folder.resolve("." + resolved.getFileName() + ".lock"),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            return new ProjectLock(local, channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
