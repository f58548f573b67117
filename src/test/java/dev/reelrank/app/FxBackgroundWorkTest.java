package dev.reelrank.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.Project;
import dev.reelrank.model.Provenance;
import dev.reelrank.model.RatingSource;
import dev.reelrank.testing.OnFx;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.port.BackgroundWork;
import dev.reelrank.viewmodel.port.ProjectStore;
import dev.reelrank.viewmodel.port.RecentFiles;
import dev.reelrank.viewmodel.port.UserSettings;
import dev.reelrank.viewmodel.ratings.RatingSnapshot;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The desktop app's background work (issue 16, item 10), on the real FX thread: an Error in a task
 * clears the busy flag and reaches the status line and the log (it was swallowed, and the window
 * stayed busy), the pool is bounded, and a burst of head-to-head edits runs one or two bootstraps
 * to the end, not one each.
 */
class FxBackgroundWorkTest {
    private static final Provenance TYPED = new Provenance("Typed in a test", null, LocalDate.of(2026, 11, 29));
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private final Logger log = Logger.getLogger("dev.reelrank");
    private boolean parentHandlers;

    @BeforeAll
    static void startToolkit() {
        try {
            Platform.startup(() -> {});
        } catch (IllegalStateException alreadyStarted) {
            // One toolkit serves the whole test JVM.
        }
    }

    @BeforeEach
    void captureTheLog() {
        parentHandlers = log.getUseParentHandlers();
        log.setUseParentHandlers(false);
        log.addHandler(capture);
    }

    @AfterEach
    void restoreTheLog() {
        log.removeHandler(capture);
        log.setUseParentHandlers(parentHandlers);
    }

    private static <T> T onFx(Callable<T> body) throws Exception {
        return OnFx.call(body, Duration.ofSeconds(30));
    }

    private static void awaitOnFx(String what, Callable<Boolean> condition) throws Exception {
        OnFx.await(what, condition, Duration.ofSeconds(20));
    }

    /** A store whose reads and writes throw what they are given, as a disk full or a bug would. */
    private static ProjectStore throwing(Throwable onRead, Throwable onWrite) {
        return new ProjectStore() {
            @Override
            public Project read(Path file) {
                throw sneaky(onRead);
            }

            @Override
            public void write(Project project, Path file) {
                throw sneaky(onWrite);
            }

            @Override
            public Project blank() {
                return TestProjects.market();
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable failure) throws E {
        throw (E) failure;
    }

    private static MainViewModel window(Project project, ProjectStore store, BackgroundWork background) {
        Texts texts = Texts.english();
        return new MainViewModel(
                new ProjectSession(project, null, texts),
                texts,
                store,
                RecentFiles.inMemory(),
                background,
                new CsvBattleFiles(),
                UserSettings.inMemory());
    }

    @Test
    void anErrorInATask_clearsTheBusyFlag_showsOneLineInTheStatusLine_andIsLogged() throws Exception {
        MainViewModel window = onFx(() -> window(
                TestProjects.market(),
                throwing(new StackOverflowError(), new OutOfMemoryError("Java heap space")),
                new FxBackgroundWork()));

        onFx(() -> {
            window.files().open(Path.of("/tmp/deep.reelrank.json"), () -> {});
            return null;
        });
        awaitOnFx(
                "the window stops being busy after a StackOverflowError",
                () -> !window.files().busyProperty().get());
        assertEquals(
                "Could not open the file. StackOverflowError",
                onFx(() -> window.statusProperty().get()));
        assertTrue(onFx(() -> window.statusIsProblemProperty().get()));

        onFx(() -> {
            window.files().saveAs(Path.of("/tmp/big.reelrank.json"), () -> {});
            return null;
        });
        awaitOnFx(
                "the window stops being busy after an OutOfMemoryError",
                () -> !window.files().busyProperty().get());
        String status = onFx(() -> window.statusProperty().get());
        assertTrue(status.contains("OutOfMemoryError: Java heap space"), status);
        assertFalse(status.contains("\n"), "one line");
        assertTrue(logged.stream().anyMatch(r -> r.getThrown() instanceof StackOverflowError), "logged with its trace");
        assertTrue(logged.stream().anyMatch(r -> r.getThrown() instanceof OutOfMemoryError), "logged with its trace");
    }

    @Test
    void aBurstOfWork_runsOnAFewNamedDaemonThreads() throws Exception {
        FxBackgroundWork background = new FxBackgroundWork();
        int tasks = 8;
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch finished = new CountDownLatch(tasks);
        for (int i = 0; i < tasks; i++) {
            background.run(
                    () -> {
                        threads.add(Thread.currentThread());
                        Thread.sleep(50);
                        return null;
                    },
                    done -> finished.countDown(),
                    failed -> finished.countDown());
        }
        assertTrue(finished.await(20, TimeUnit.SECONDS));
        assertTrue(threads.size() <= 2, "a thread each before: " + threads.size());
        for (Thread thread : threads) {
            assertTrue(thread.isDaemon(), thread.getName());
            assertTrue(thread.getName().startsWith("reelrank-background-"), thread.getName());
        }
    }

    @Test
    void cancelledWork_neverStartsOrIsInterrupted_andItsHandlersDoNotRun() throws Exception {
        FxBackgroundWork background = new FxBackgroundWork(
                FxBackgroundWork.pool(1),
                Platform::runLater,
                (what, failure) -> logged.add(new LogRecord(Level.SEVERE, what)),
                (what, failure) -> {});
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        AtomicInteger handled = new AtomicInteger();
        AtomicInteger startedLater = new AtomicInteger();
        BackgroundWork.Handle first = background.run(
                () -> {
                    running.countDown();
                    try {
                        Thread.sleep(20_000);
                    } catch (InterruptedException e) {
                        interrupted.countDown();
                        throw e;
                    }
                    return null;
                },
                done -> handled.incrementAndGet(),
                failed -> handled.incrementAndGet());
        BackgroundWork.Handle second = background.run(
                () -> startedLater.incrementAndGet(),
                done -> handled.incrementAndGet(),
                failed -> handled.incrementAndGet());
        assertTrue(running.await(10, TimeUnit.SECONDS));
        second.cancel();
        first.cancel();
        assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the running work is interrupted");
        assertTrue(first.isDone() && second.isDone());
        CountDownLatch after = new CountDownLatch(1);
        background.run(() -> null, done -> after.countDown(), failed -> after.countDown());
        assertTrue(after.await(10, TimeUnit.SECONDS));
        assertEquals(0, startedLater.get(), "work cancelled before it started never runs");
        assertEquals(0, handled.get(), "nobody is told about cancelled work");
        assertTrue(logged.isEmpty(), "a cancellation is no failure");
    }

    @Test
    void aHandlerThatThrows_isLoggedAndShown_andLaterWorkStillRuns() throws Exception {
        List<String> shown = new CopyOnWriteArrayList<>();
        FxBackgroundWork background = new FxBackgroundWork(
                FxBackgroundWork.pool(1),
                Platform::runLater,
                (what, failure) -> {},
                (what, failure) -> shown.add(what + ": " + failure));
        background.run(
                () -> 1,
                result -> {
                    throw new IllegalStateException("a bug in a handler");
                },
                failed -> {});
        CountDownLatch later = new CountDownLatch(1);
        background.run(() -> 2, result -> later.countDown(), failed -> {});
        assertTrue(later.await(10, TimeUnit.SECONDS));
        assertEquals(
                List.of("A background task's handler failed: java.lang.IllegalStateException: a bug in a handler"),
                shown);
    }

    /** Counts the bootstraps that ran to the end, whatever runs them. */
    private static final class Counting implements BackgroundWork {
        private final BackgroundWork inner;
        final AtomicInteger completed = new AtomicInteger();
        /** Bootstraps started and not yet ended (finished, failed or stopped by a cancel). */
        final AtomicInteger running = new AtomicInteger();

        Counting(BackgroundWork inner) {
            this.inner = inner;
        }

        @Override
        public <T> Handle run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            return inner.run(
                    () -> {
                        running.incrementAndGet();
                        try {
                            T result = work.call();
                            completed.incrementAndGet();
                            return result;
                        } finally {
                            running.decrementAndGet();
                        }
                    },
                    onSuccess,
                    onFailure);
        }

        @Override
        public void onUi(Runnable task) {
            inner.onUi(task);
        }
    }

    @Test
    void twentyQuickHeadToHeadEdits_runAtMostTwoBootstrapsToTheEnd_andShowTheFinalVotesIntervals() throws Exception {
        Counting background = new Counting(new FxBackgroundWork());
        MainViewModel window = onFx(() -> {
            MainViewModel opened = window(TestProjects.headToHeadSpread(), throwing(null, null), background);
            opened.ratings().useSource(RatingSource.HEAD_TO_HEAD);
            return opened;
        });
        awaitOnFx("the first intervals", () -> !window.ratings().snapshot().intervalsPending());
        background.completed.set(0);

        // Twenty edits, each an event of its own on the FX thread, as twenty quick keystrokes are.
        for (int i = 1; i <= 20; i++) {
            long wins = i;
            Platform.runLater(() -> window.session()
                    .apply("votes " + wins, p -> p.withPair("alpha", "beta", wins, 40 - wins, 1, TYPED)));
        }
        awaitOnFx(
                "the last edit",
                () -> window.session().project().pair("alpha", "beta").firstWins() == 20);
        awaitOnFx("the final intervals", () -> !window.ratings().snapshot().intervalsPending());
        // A superseded bootstrap still between rounds would end now, counted if it ran to the end.
        awaitOnFx("no bootstrap still running", () -> background.running.get() == 0);
        assertTrue(background.completed.get() <= 2, background.completed.get() + " bootstraps ran to the end");
        Project last = onFx(() -> window.session().project());
        RatingSnapshot expected = MainViewModel.ratingsOf(last, Texts.english());
        RatingSnapshot shown = onFx(() -> window.ratings().snapshot());
        assertEquals(RatingSource.HEAD_TO_HEAD, expected.source());
        assertEquals(expected.ratings(), shown.ratings(), "the intervals of the final votes");
    }
}
