package dev.reelrank.viewmodel.files;

import dev.reelrank.viewmodel.port.BackgroundWork;
import dev.reelrank.viewmodel.port.RecoveryStore;
import dev.reelrank.viewmodel.port.RecoveryStore.Leftover;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;

/**
 * Unsaved work that a window closed without saving (a crash, a power cut) left behind. The view
 * asks the user about each piece; restoring makes it this window's unsaved project, belonging to
 * its file; discarding deletes the copy; "not now" leaves it for the next start.
 */
public final class LeftoverWork {
    private final ProjectSession session;
    private final RecoveryStore store;
    private final BackgroundWork background;
    private final Texts texts;
    private final FilesViewModel.StatusLine status;

    public LeftoverWork(
            ProjectSession session,
            RecoveryStore store,
            BackgroundWork background,
            Texts texts,
            FilesViewModel.StatusLine status) {
        this.session = session;
        this.store = store;
        this.background = background;
        this.texts = texts;
        this.status = status;
    }

    /** Looks for leftovers off the FX thread; {@code found} gets them, newest first (often none). */
    public void find(Consumer<List<Leftover>> found) {
        background.run(
                store::leftovers,
                found,
                failure -> status.problem(texts.format("status.leftoversFailed", texts.failure(failure))));
    }

    /** What the leftover is, for the question: the file's name, else the project's. */
    public String name(Leftover leftover) {
        return leftover.file() != null ? String.valueOf(leftover.file().getFileName()) : leftover.name();
    }

    /** When the copy was kept, in the window's language. */
    public String keptAt(Leftover leftover) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(texts.locale())
                .withZone(ZoneId.systemDefault())
                .format(leftover.keptAt());
    }

    public void restore(Leftover leftover) {
        background.run(
                () -> store.adopt(leftover),
                project -> {
                    session.restore(project, leftover.file());
                    status.info(texts.format("status.restored", name(leftover)));
                },
                failure ->
                        status.problem(texts.format("status.restoreFailed", name(leftover), texts.failure(failure))));
    }

    public void discard(Leftover leftover) {
        background.run(
                () -> {
                    store.drop(leftover);
                    return leftover;
                },
                dropped -> status.info(texts.format("status.leftoverDiscarded", name(dropped))),
                failure ->
                        status.problem(texts.format("status.restoreFailed", name(leftover), texts.failure(failure))));
    }
}
