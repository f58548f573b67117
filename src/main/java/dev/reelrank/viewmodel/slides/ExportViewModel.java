package dev.reelrank.viewmodel.slides;

import dev.reelrank.viewmodel.files.FilesViewModel;
import dev.reelrank.viewmodel.port.BackgroundWork;
import dev.reelrank.viewmodel.port.ProjectStore;
import dev.reelrank.viewmodel.text.EditableField;
import dev.reelrank.viewmodel.text.Texts;
import dev.reelrank.viewmodel.text.TypedNumbers;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The export dialog: which chart, its size, scale and background, and the words on it. The image
 * itself is drawn by the view (it owns the nodes); this view model checks the request, suggests a
 * file name, and encodes and writes the image off the FX thread.
 */
public final class ExportViewModel {
    /** Beyond this many pixels a side, images outgrow what slides need and what memory holds. */
    public static final int MAX_PIXELS = 8192;

    public static final int MIN_SIDE = 320;
    private final Texts texts;
    private final TypedNumbers typed;
    private final SlideContent main;
    private final ProjectStore store;
    private final BackgroundWork background;
    private final FilesViewModel.StatusLine status;
    private final ObjectProperty<SlideKind> kind = new SimpleObjectProperty<>(SlideKind.COST);
    private final ObjectProperty<SizePreset> preset = new SimpleObjectProperty<>(SizePreset.FULL_HD);
    private final IntegerProperty scale = new SimpleIntegerProperty(1);
    private final ObjectProperty<SlideTheme> theme = new SimpleObjectProperty<>(SlideTheme.LIGHT);
    private final StringProperty title = new SimpleStringProperty("");
    // Read off the FX thread by the encoding task, after the drawing that set it.
    private volatile SlideTexts drawnWords;
    private final StringProperty subtitle = new SimpleStringProperty("");
    private final EditableField width;
    private final EditableField height;
    private int customWidth = 1600;
    private int customHeight = 900;
    private final ReadOnlyStringWrapper pixelSize = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private AtomicBoolean stop = new AtomicBoolean();

    public ExportViewModel(
            SlideContent main,
            Texts texts,
            ProjectStore store,
            BackgroundWork background,
            FilesViewModel.StatusLine status) {
        this.main = main;
        this.texts = texts;
        this.typed = new TypedNumbers(texts);
        this.store = store;
        this.background = background;
        this.status = status;
        width = new EditableField(draft -> sideProblem(draft), draft -> {
            customWidth =
                    (int) (long) typed.count(draft, TypedNumbers.Counted.WHOLE).value();
            refresh();
            return null;
        });
        height = new EditableField(draft -> sideProblem(draft), draft -> {
            customHeight =
                    (int) (long) typed.count(draft, TypedNumbers.Counted.WHOLE).value();
            refresh();
            return null;
        });
        kind.addListener((obs, old, value) -> refreshWords());
        preset.addListener((obs, old, value) -> refresh());
        scale.addListener((obs, old, value) -> refresh());
        refresh();
    }

    private String sideProblem(String draft) {
        var parsed = typed.count(draft, TypedNumbers.Counted.WHOLE);
        if (!parsed.isValid()) {
            return parsed.error();
        }
        return parsed.value() < MIN_SIDE || parsed.value() > MAX_PIXELS
                ? texts.format("export.sideRange", MIN_SIDE, MAX_PIXELS)
                : null;
    }

    /**
     * The charts there is something to draw for: no heatmap without head-to-head votes, no blind-test
     * results unless the head-to-head views show a blind test's votes.
     */
    public List<SlideKind> kinds() {
        boolean pairs = !main.session().project().pairVotes().isEmpty();
        boolean blindTest = main.session().project().votedTest().isPresent();
        return Arrays.stream(SlideKind.values())
                .filter(k -> pairs || k != SlideKind.HEATMAP)
                .filter(k -> blindTest || k != SlideKind.BLIND_TEST)
                .toList();
    }

    /** How each chart is named in the chart list. */
    public String kindName(SlideKind shown) {
        return texts.get("export.kind." + shown.code());
    }

    /** The sizes offered, the custom one last. */
    public List<SizePreset> presets() {
        return List.of(SizePreset.values());
    }

    public String presetName(SizePreset size) {
        return size == SizePreset.CUSTOM ? texts.get("export.custom") : size.width() + " \u00d7 " + size.height();
    }

    /** The pixel densities offered: 1× for screens, 2× and 3× for print and high-density slides. */
    public List<Integer> scales() {
        return List.of(1, 2, 3);
    }

    public String scaleName(int factor) {
        return factor + "\u00d7";
    }

    public List<SlideTheme> themes() {
        return List.of(SlideTheme.values());
    }

    public String themeName(SlideTheme theme) {
        return texts.get(
                switch (theme) {
                    case LIGHT -> "export.themeLight";
                    case DARK -> "export.themeDark";
                    case TRANSPARENT -> "export.themeTransparent";
                });
    }

    /** Opens the dialog on the chart the user is looking at, with that chart's own title. */
    public void start(SlideKind shown) {
        kind.set(kinds().contains(shown) ? shown : SlideKind.COST);
        refreshWords();
    }

    private void refreshWords() {
        SlideTexts words = main.slides().texts(kind.get());
        title.set(words.title());
        subtitle.set(words.subtitle());
    }

    private void refresh() {
        width.show(String.valueOf(layoutWidth()));
        height.show(String.valueOf(layoutHeight()));
        long w = (long) layoutWidth() * scale.get();
        long h = (long) layoutHeight() * scale.get();
        pixelSize.set(texts.format("export.pixels", String.valueOf(w), String.valueOf(h)));
        problem.set(
                w > MAX_PIXELS || h > MAX_PIXELS
                        ? texts.format("export.tooLarge", String.valueOf(w), String.valueOf(h), MAX_PIXELS)
                        : "");
    }

    public int layoutWidth() {
        return preset.get() == SizePreset.CUSTOM ? customWidth : preset.get().width();
    }

    public int layoutHeight() {
        return preset.get() == SizePreset.CUSTOM ? customHeight : preset.get().height();
    }

    /** The words for the image: the chart's sources and stamp, with the title and subtitle as typed. */
    public SlideTexts words() {
        return words(drawing());
    }

    /** The words for an image drawn from {@code drawing} ({@link #drawing}): its sources and stamp, in its conventions. */
    public SlideTexts words(SlideContent drawing) {
        SlideTexts words = drawing.slides().texts(kind.get()).headed(title.get(), subtitle.get());
        drawnWords = words;
        return words;
    }

    /** The words of the image drawn last ({@link #words(SlideContent)}), which its file keeps as text. */
    public SlideTexts drawnWords() {
        return drawnWords == null ? words() : drawnWords;
    }

    public String suggestedFileName() {
        return main.slides().fileName(kind.get());
    }

    /**
     * Encodes (the view's task) and writes the image off the FX thread, then reports on the status
     * line; {@code done} runs on the FX thread either way.
     */
    public void save(Path file, Callable<byte[]> encode, Runnable done) {
        AtomicBoolean cancelled = new AtomicBoolean();
        stop = cancelled;
        busy.set(true);
        status.info(texts.format("export.saving", file.getFileName()));
        background.run(
                () -> {
                    byte[] png = encode.call();
                    // Past this point the file is replaced in one step; a later Cancel no longer stops it.
                    if (cancelled.get()) {
                        throw new CancellationException();
                    }
                    store.writeImage(file, png);
                    return png.length;
                },
                bytes -> {
                    busy.set(false);
                    status.info(texts.format("export.saved", file.getFileName(), pixelSize.get()));
                    done.run();
                },
                failure -> {
                    busy.set(false);
                    if (failure instanceof CancellationException) {
                        status.info(texts.format("export.cancelled", file.getFileName()));
                    } else {
                        String reason = failure instanceof OutOfMemoryErrorReport
                                ? texts.get("export.noMemory")
                                : texts.failure(failure);
                        status.problem(texts.format("export.failed", file.getFileName(), reason));
                    }
                    done.run();
                });
    }

    /** Stops the running export before it writes anything; the file on disk stays as it was. */
    public void cancel() {
        stop.set(true);
    }

    /** An encoding that ran out of memory, reported as an exception so that the window carries on. */
    public static final class OutOfMemoryErrorReport extends Exception {
        private static final long serialVersionUID = 1L;

        public OutOfMemoryErrorReport(OutOfMemoryError cause) {
            super(cause.getMessage(), cause);
        }
    }

    public void reportCopied() {
        status.info(texts.format("export.copied", pixelSize.get()));
    }

    public ObjectProperty<SlideKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<SizePreset> presetProperty() {
        return preset;
    }

    public IntegerProperty scaleProperty() {
        return scale;
    }

    public ObjectProperty<SlideTheme> themeProperty() {
        return theme;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty subtitleProperty() {
        return subtitle;
    }

    public EditableField width() {
        return width;
    }

    public EditableField height() {
        return height;
    }

    public ReadOnlyStringProperty pixelSizeProperty() {
        return pixelSize.getReadOnlyProperty();
    }

    /** Why the image cannot be made as asked (too many pixels), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A copy of the view models to draw from, so drawing can never change the project. */
    public SlideContent drawing() {
        return main.forSlides();
    }

    Texts texts() {
        return texts;
    }
}
