package dev.reelrank.viewmodel.files;

import dev.reelrank.model.BattleMerge;
import dev.reelrank.viewmodel.port.BackgroundWork;
import dev.reelrank.viewmodel.port.BattleFiles;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Importing battles in the window: the file is read off the FX thread with progress and a cancel
 * button; names that match no product are offered as new products before anything changes; the
 * import itself is one undoable edit.
 */
public final class BattleImportViewModel {
    private final ProjectSession session;
    private final BattleFiles files;
    private final BackgroundWork background;
    private final Texts texts;
    private final FilesViewModel.StatusLine status;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ObservableList<String> unknownNames = FXCollections.observableArrayList();
    private AtomicBoolean cancelled = new AtomicBoolean();
    private BattleFiles.Contents pending;
    private Path pendingFile;

    public BattleImportViewModel(
            ProjectSession session,
            BattleFiles files,
            BackgroundWork background,
            Texts texts,
            FilesViewModel.StatusLine status) {
        this.session = session;
        this.files = files;
        this.background = background;
        this.texts = texts;
        this.status = status;
    }

    /** Reads the file in the background; {@code whenRead} runs on the FX thread once it is read. */
    public void start(Path file, Runnable whenRead) {
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        running.set(true);
        progress.set(0);
        status.info(texts.format("import.reading", file.getFileName()));
        AtomicBoolean posted = new AtomicBoolean();
        background.run(
                () -> files.read(
                        file,
                        fraction -> {
                            // Hand progress to the FX thread at most one update at a time.
                            if (posted.compareAndSet(false, true)) {
                                background.onUi(() -> {
                                    posted.set(false);
                                    progress.set(fraction);
                                });
                            }
                        },
                        stop::get),
                contents -> {
                    running.set(false);
                    progress.set(1);
                    pending = contents;
                    pendingFile = file;
                    unknownNames.setAll(BattleMerge.unknownNames(session.project(), contents.battles()));
                    whenRead.run();
                },
                failure -> {
                    running.set(false);
                    pending = null;
                    status.problem(
                            stop.get()
                                    ? texts.get("import.cancelled")
                                    : texts.format("import.failed", texts.failure(failure)));
                });
    }

    public void cancel() {
        cancelled.set(true);
    }

    /** Adds the votes read, creating products for unknown names when {@code addUnknown}. */
    public void merge(boolean addUnknown) {
        if (pending == null) {
            return;
        }
        BattleFiles.Contents contents = pending;
        Path file = pendingFile;
        pending = null;
        long[] counted = new long[2];
        BattleMerge.Result[] done = new BattleMerge.Result[1];
        var result = session.apply(texts.format("edit.import", file.getFileName()), project -> {
            var merged = BattleMerge.merge(
                    project,
                    contents.battles(),
                    addUnknown,
                    texts.format("import.source", file.getFileName()),
                    session.today());
            counted[0] = merged.battles();
            counted[1] = merged.addedProducts().size();
            done[0] = merged;
            return merged.project();
        });
        if (!result.isValid()) {
            status.problem(result.error());
            return;
        }
        String skipped = contents.skipped() == 0
                ? ""
                : " "
                        + texts.format(
                                "import.skipped",
                                String.format(Locale.ROOT, "%,d", contents.skipped()),
                                texts.text(contents.firstProblem()));
        if (!done[0].sameProduct().isEmpty()) {
            skipped += " "
                    + texts.format(
                            "import.sameProduct",
                            String.format(Locale.ROOT, "%,d", done[0].sameProductRows()),
                            texts.text(done[0].sameProduct().getFirst().explanation()));
        }
        status.info(texts.format(
                        "import.done", String.format(Locale.ROOT, "%,d", counted[0]), file.getFileName(), counted[1])
                + skipped);
    }

    /** Drops what was read. */
    public void discard() {
        pending = null;
        status.info(texts.get("import.discarded"));
    }

    public List<String> unknownNames() {
        return List.copyOf(unknownNames);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
