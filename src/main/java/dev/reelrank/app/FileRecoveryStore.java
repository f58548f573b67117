package dev.reelrank.app;

import dev.reelrank.io.ProjectFileException;
import dev.reelrank.io.RecoveryFiles;
import dev.reelrank.model.Project;
import dev.reelrank.viewmodel.port.RecoveryStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Unsaved work on disk, under the user's state folder. A window's copy is named after its process
 * (id and start time), so a copy whose process is gone is one a crash left behind, while a second
 * ReelRank running at the same time keeps its own. Writes wait a second after the last edit, so a
 * burst of typing is written once, and run on a thread of their own.
 */
final class FileRecoveryStore implements RecoveryStore, AutoCloseable {
    /** Long enough to write a burst of typing once, short enough to lose no more than a second of it. */
    static final Duration DELAY = Duration.ofSeconds(1);

    private final RecoveryFiles files;
    private final Duration delay;
    private final String ownId;
    private final Predicate<String> stillOpen;
    private final Clock clock;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "reelrank-recovery");
        thread.setDaemon(true);
        return thread;
    });
    private Kept latest;
    private ScheduledFuture<?> pending;
    private Consumer<Path> failed = folder -> {};
    private Runnable recovered = () -> {};
    /** Whether the last write failed and was said: a folder that stays unwritable is said once. */
    private boolean failing;

    private record Kept(Project project, Path file) {}

    FileRecoveryStore(RecoveryFiles files, String ownId, Predicate<String> stillOpen, Clock clock, Duration delay) {
        this.files = files;
        this.delay = delay;
        this.ownId = ownId;
        this.stillOpen = stillOpen;
        this.clock = clock;
    }

    /** The store for this process, in the folder next to the error log. */
    static FileRecoveryStore forThisProcess() {
        ProcessHandle self = ProcessHandle.current();
        return new FileRecoveryStore(
                new RecoveryFiles(ErrorLog.file().resolveSibling("recovery")),
                idOf(self),
                FileRecoveryStore::processStillRuns,
                Clock.systemUTC(),
                DELAY);
    }

    static String idOf(ProcessHandle process) {
        long started = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        return "window-" + process.pid() + "-" + started;
    }

    /** Whether the process that named a copy is still running (a pid reused by another program does not count). */
    static boolean processStillRuns(String id) {
        String[] parts = id.split("-", -1);
        if (parts.length != 3 || !parts[0].equals("window")) {
            return false;
        }
        try {
            Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(parts[1]));
            return process.filter(ProcessHandle::isAlive)
                    .map(FileRecoveryStore::idOf)
                    .filter(id::equals)
                    .isPresent();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public synchronized void keep(Project project, Path file) {
        if (writer.isShutdown()) {
            return;
        }
        latest = new Kept(project, file);
        if (pending == null) {
            pending = writer.schedule(this::writeLatest, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void keepNow(Project project, Path file, Runnable written) {
        synchronized (this) {
            if (writer.isShutdown()) {
                written.run();
                return;
            }
            latest = new Kept(project, file);
            if (pending != null) {
                pending.cancel(false);
            }
            pending = writer.schedule(this::writeLatest, 0, TimeUnit.MILLISECONDS);
            // Queued behind the write on the one writer thread (execute is a schedule with no delay, and ties run in
            // order), so it runs once
            // the copy is on disk.
            writer.execute(written);
        }
    }

    private void writeLatest() {
        Kept kept;
        synchronized (this) {
            kept = latest;
            pending = null;
        }
        if (kept == null) {
            return;
        }
        try {
            files.write(ownId, kept.project(), kept.file(), clock.instant());
            Runnable said = null;
            synchronized (this) {
                if (failing) {
                    failing = false;
                    said = recovered;
                }
            }
            if (said != null) {
                said.run();
            }
        } catch (IOException | RuntimeException e) {
            ErrorLog.record("Could not keep a copy of the unsaved work in " + files.folder(), e);
            Consumer<Path> said = null;
            synchronized (this) {
                if (!failing) {
                    failing = true;
                    said = failed;
                }
            }
            if (said != null) {
                said.accept(files.folder());
            }
        }
    }

    @Override
    public void watchKeeping(Consumer<Path> failed, Runnable recovered) {
        boolean nowFailing;
        synchronized (this) {
            this.failed = failed;
            this.recovered = recovered;
            nowFailing = failing;
        }
        if (nowFailing) {
            failed.accept(files.folder());
        }
    }

    @Override
    public synchronized void discard() {
        latest = null;
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        if (!writer.isShutdown()) {
            writer.execute(this::deleteOwn);
        }
    }

    private void deleteOwn() {
        synchronized (this) {
            if (latest != null) {
                return;
            }
        }
        try {
            files.delete(ownId);
        } catch (IOException e) {
            ErrorLog.record("Could not remove the copy of the unsaved work in " + files.folder(), e);
        }
    }

    @Override
    public List<Leftover> leftovers() throws IOException {
        return files.list().stream()
                .filter(copy -> !copy.id().equals(ownId) && !stillOpen.test(copy.id()))
                .map(copy -> new Leftover(copy.id(), copy.name(), copy.file(), copy.keptAt()))
                .toList();
    }

    @Override
    public Project adopt(Leftover leftover) throws IOException {
        Project project;
        try {
            project = files.read(leftover.id());
        } catch (ProjectFileException e) {
            throw new IOException(e.getMessage(), e);
        }
        files.rename(leftover.id(), ownId);
        return project;
    }

    @Override
    public void drop(Leftover leftover) throws IOException {
        files.delete(leftover.id());
    }

    /**
     * The window closed as the user wanted (saved, or told not to save): its copy goes. Waits
     * briefly for the writer so no late write brings the copy back.
     */
    @Override
    public void close() {
        discard();
        writer.shutdown();
        try {
            writer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
