package dev.reelrank.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.io.RecoveryFiles;
import dev.reelrank.model.Project;
import dev.reelrank.testing.Poll;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.port.RecoveryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A window's copy of its unsaved work on disk, and what windows that are gone left behind. */
class FileRecoveryStoreTest {
    @TempDir
    Path folder;

    private final Project project = TestProjects.market();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    /** Waits for the writer thread; fails if what it waits for never happens within 5 s. */
    private static void waitFor(BooleanSupplier condition) throws Exception {
        Poll.until("the writer thread's work", condition::getAsBoolean, Duration.ofSeconds(5));
    }

    @Test
    void keptWork_isWrittenAMomentLater_andDiscardingRemovesIt() throws Exception {
        RecoveryFiles files = new RecoveryFiles(folder);
        // The store reads the clock once per copy it writes, to date it: counting reads counts writes.
        AtomicInteger writes = new AtomicInteger();
        Clock counting = new Clock() {
            @Override
            public ZoneId getZone() {
                return clock.getZone();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                writes.incrementAndGet();
                return clock.instant();
            }
        };
        try (FileRecoveryStore store =
                new FileRecoveryStore(files, "window-1-1", id -> false, counting, Duration.ofMillis(300))) {
            store.keep(project.withName("first"), null);
            store.keep(project.withName("latest"), folder.resolve("a.reelrank.json"));
            assertFalse(Files.exists(folder.resolve("window-1-1.about")), "nothing is written during the burst");
            waitFor(() -> Files.exists(folder.resolve("window-1-1.about")));
            assertEquals("latest", files.read("window-1-1").name(), "the copy is the burst's last state");
            // A negative check: a store that wrote once per edit would write the second copy one delay
            // (300 ms) after the first; twice that long passes without it. Not a speed target.
            Thread.sleep(600);
            assertEquals(1, writes.get(), "a burst of edits is written once, as it ended");
            store.discard();
            waitFor(() -> !Files.exists(folder.resolve("window-1-1.reelrank.json")));
            assertEquals(List.of(), files.list());
            assertFalse(Files.exists(folder.resolve("window-1-1.about")));
        }
    }

    @Test
    void aVoteKeptAtOnce_isOnDiskWhenTheStoreSaysItIsWritten_withoutTheUsualDelay() throws Exception {
        RecoveryFiles files = new RecoveryFiles(folder);
        // An hour's delay: only keepNow can have written the copy.
        try (FileRecoveryStore store =
                new FileRecoveryStore(files, "window-1-1", id -> false, clock, Duration.ofHours(1))) {
            store.keep(project.withName("typed"), null);
            java.util.concurrent.CompletableFuture<Project> onDisk = new java.util.concurrent.CompletableFuture<>();
            store.keepNow(project.withName("voted"), null, () -> {
                try {
                    onDisk.complete(files.read("window-1-1"));
                } catch (Exception e) {
                    onDisk.completeExceptionally(e);
                }
            });
            assertEquals(
                    "voted",
                    onDisk.get(5, java.util.concurrent.TimeUnit.SECONDS).name());
            // A store that gives way to a later process finds the vote there, as after a kill.
            FileRecoveryStore next =
                    new FileRecoveryStore(files, "window-2-2", id -> false, clock, FileRecoveryStore.DELAY);
            assertEquals(
                    List.of("voted"),
                    next.leftovers().stream().map(RecoveryStore.Leftover::name).toList());
            next.close();
        }
    }

    @Test
    void closingTheWindow_dropsItsCopy_evenOneNotWrittenYet() throws Exception {
        RecoveryFiles files = new RecoveryFiles(folder);
        FileRecoveryStore store =
                new FileRecoveryStore(files, "window-1-1", id -> false, clock, FileRecoveryStore.DELAY);
        store.keep(project, null);
        // close() waits for the writer to finish; a write still scheduled would run before it returns.
        store.close();
        assertEquals(List.of(), files.list());
    }

    @Test
    void leftovers_areCopiesOfWindowsNoLongerOpen_andAdoptingOneMakesItThisWindowsCopy() throws Exception {
        RecoveryFiles files = new RecoveryFiles(folder);
        files.write("window-7-7", project.withName("crashed"), folder.resolve("x.reelrank.json"), clock.instant());
        files.write("window-8-8", project.withName("still open"), null, clock.instant());
        files.write("window-1-1", project.withName("mine"), null, clock.instant());
        Set<String> open = Set.of("window-8-8", "window-1-1");
        try (FileRecoveryStore store =
                new FileRecoveryStore(files, "window-1-1", open::contains, clock, FileRecoveryStore.DELAY)) {
            List<RecoveryStore.Leftover> leftovers = store.leftovers();
            assertEquals(
                    List.of("window-7-7"),
                    leftovers.stream().map(RecoveryStore.Leftover::id).toList());
            assertEquals(
                    folder.resolve("x.reelrank.json").toAbsolutePath(),
                    leftovers.getFirst().file());
            assertEquals("crashed", store.adopt(leftovers.getFirst()).name());
            assertEquals("crashed", files.read("window-1-1").name(), "now this window's copy");
            assertTrue(store.leftovers().isEmpty());
        }
    }

    @Test
    void aCopyIsFromAWindowStillOpen_onlyWhileItsProcessRuns() {
        String self = FileRecoveryStore.idOf(ProcessHandle.current());
        assertTrue(FileRecoveryStore.processStillRuns(self));
        assertFalse(
                FileRecoveryStore.processStillRuns(
                        "window-" + ProcessHandle.current().pid() + "-1"),
                "same pid, other start time: the pid was reused");
        assertFalse(FileRecoveryStore.processStillRuns("window-999999999-1"));
        assertFalse(FileRecoveryStore.processStillRuns("notes"));
    }

    @Test
    void aFolderThatCannotBeWritten_isSaidOnce_thenThatItWorksAgain_andToAWatcherThatStartsMeanwhile()
            throws Exception {
        // a folder whose parent is a file cannot be created, even by root
        Path blocker = Files.writeString(folder.resolve("not-a-folder"), "x");
        Path blocked = blocker.resolve("recovery");
        List<Path> said = new CopyOnWriteArrayList<>();
        AtomicInteger recovered = new AtomicInteger();
        // Each failed write is logged: counting them shows the second edit's write has been tried.
        Logger log = Logger.getLogger("dev.reelrank");
        AtomicInteger failedWrites = new AtomicInteger();
        Handler counter = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getMessage().startsWith("Could not keep a copy")) {
                    failedWrites.incrementAndGet();
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        log.addHandler(counter);
        try (FileRecoveryStore store = new FileRecoveryStore(
                new RecoveryFiles(blocked), "window-1-1", id -> false, clock, Duration.ofMillis(10))) {
            store.watchKeeping(said::add, recovered::incrementAndGet);
            store.keep(project.withName("first edit"), null);
            waitFor(() -> said.size() == 1 && failedWrites.get() == 1);
            store.keep(project.withName("second edit"), null);
            waitFor(() -> failedWrites.get() == 2);
            assertEquals(List.of(blocked), said, "said once, naming the folder, not at every edit");

            // the window rebuilt in another language watches anew: it hears at once
            List<Path> saidToTheNewWindow = new CopyOnWriteArrayList<>();
            store.watchKeeping(saidToTheNewWindow::add, recovered::incrementAndGet);
            assertEquals(List.of(blocked), saidToTheNewWindow);

            Files.delete(blocker);
            store.keep(project.withName("third edit"), null);
            waitFor(() -> recovered.get() == 1);
            assertEquals(
                    "third edit", new RecoveryFiles(blocked).read("window-1-1").name());
        } finally {
            log.removeHandler(counter);
        }
    }
}
