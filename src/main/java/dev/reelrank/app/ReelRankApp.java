package dev.reelrank.app;

import dev.reelrank.cli.Version;
import dev.reelrank.export.WindowImages;
import dev.reelrank.io.DefaultDataset;
import dev.reelrank.io.FileStamp;
import dev.reelrank.io.ProjectFileException;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.io.StartPictureFile.Picture;
import dev.reelrank.model.LocalText;
import dev.reelrank.model.Project;
import dev.reelrank.view.FirstPaint;
import dev.reelrank.view.MainWindow;
import dev.reelrank.view.StartPicture;
import dev.reelrank.view.controls.ErrorDialogs;
import dev.reelrank.view.controls.Fonts;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.port.BackgroundWork;
import dev.reelrank.viewmodel.port.RecentFiles;
import dev.reelrank.viewmodel.port.RecoveryStore;
import dev.reelrank.viewmodel.port.UserSettings;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.settings.Language;
import dev.reelrank.viewmodel.text.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.EventHandler;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.InputEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;

/** The JavaFX application and composition root: wires the model, view models and views of a window. */
public final class ReelRankApp extends Application {
    private static volatile CompletableFuture<Prepared> prepared;
    private static final FxThreadOnceStarted FX_THREAD = new FxThreadOnceStarted();
    private static volatile boolean smoke;
    private static volatile long firstPaintMillis = -1;
    private FileRecoveryStore recovery;

    /** In a smoke test the window closes once its first chart is painted. */
    static void smokeTest() {
        smoke = true;
    }

    static long firstPaintMillis() {
        return firstPaintMillis;
    }

    /** The project a window opens on, or the reason the requested file could not be opened. */
    record InitialProject(Project project, Path file, FileStamp stamp, LocalText problem) {}

    /**
     * The project and its view models, made while JavaFX starts, with what the start's picture would
     * be keyed by (empty: this start shows none and keeps none) and the picture the last start kept.
     */
    private record Prepared(
            InitialProject project,
            MainViewModel viewModel,
            Optional<List<String>> pictureInputs,
            Optional<Picture> kept) {}

    /**
     * Reads the project and builds the view models on another core while JavaFX starts (about 140
     * ms of a 2-core machine's start), so that neither costs time before the first frame. View models
     * hold only javafx.beans properties, which need no FX thread; what they hand to the FX thread
     * before it runs waits for it.
     */
    static void prepare(Path file) {
        prepared = CompletableFuture.supplyAsync(() -> {
            InitialProject project = load(file);
            StartupTrace.mark("project read");
            // A smoke test starts as the user would, but leaves their window place and choices as they were.
            UserSettings settings = smoke ? AppPreferences.forUser().readOnly() : AppPreferences.forUser();
            MainViewModel viewModel =
                    viewModel(project, PreferencesRecentFiles.forUser(), new FxBackgroundWork(FX_THREAD), settings);
            StartupTrace.mark("view models built");
            // After the view models: a start may change a preference (the recent files), and the next
            // start reads them as this one leaves them.
            Optional<List<String>> inputs = project.problem() == null
                    ? StartPictures.inputs(project.file(), project.stamp(), Locale.getDefault())
                    : Optional.empty();
            Optional<Picture> kept = inputs.flatMap(StartPictures::kept);
            StartupTrace.mark("start picture read");
            return new Prepared(project, viewModel, inputs, kept);
        });
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("JavaFX started");
        FX_THREAD.started();
        CompletableFuture<Prepared> ready = prepared;
        if (ready == null) {
            prepare(null);
            ready = prepared;
        }
        Prepared made = ready.join();
        Optional<String> key = made.pictureInputs().flatMap(StartPictures::key);
        Optional<Picture> shown =
                made.kept().filter(picture -> key.isPresent() && picture.key().equals(key.get()));
        if (shown.isEmpty()) {
            open(stage, made, key, null, shown);
            return;
        }
        WritableImage picture;
        try {
            picture = StartPictures.image(shown.get());
        } catch (RuntimeException e) {
            ErrorLog.record("The start picture could not be shown", e);
            open(stage, made, key, null, Optional.empty());
            return;
        }
        StartPicture.show(stage, made.viewModel(), picture, () -> {
            firstFramePainted();
            open(stage, made, key, picture, shown);
        });
    }

    /**
     * For tests: a desktop start's picture path on the default dataset, with settings kept in memory:
     * {@code picture} is shown, then the window is built over it, charts first, and handed to
     * {@code built}.
     */
    static void openOverPicture(Stage stage, Image picture, Consumer<MainWindow> built) {
        InitialProject initial = load(null);
        MainViewModel viewModel =
                viewModel(initial, RecentFiles.inMemory(), BackgroundWork.immediate(), UserSettings.inMemory());
        StartPicture.show(
                stage, viewModel, picture, () -> built.accept(show(stage, viewModel, initial, true, picture)));
    }

    private static void firstFramePainted() {
        StartupTrace.mark("first frame painted");
        if (smoke) {
            firstPaintMillis = ProcessStart.millisSince();
        }
    }

    /**
     * Builds the window, charts first, in {@code stage}; over {@code picture} when the stage shows the
     * start's picture. Once the whole window is on the screen, keeps its picture for the next start.
     */
    private void open(Stage stage, Prepared made, Optional<String> key, Image picture, Optional<Picture> shown) {
        MainWindow window = show(stage, made.viewModel(), made.project(), true, picture);
        MainViewModel viewModel = window.viewModel();
        // Only a window nobody has used yet shows what the next start with the same inputs will show. A
        // pointer resting over it is no use (the window often opens under it), unless it highlights a part.
        BooleanProperty touched = new SimpleBooleanProperty();
        EventHandler<InputEvent> input = event -> {
            if (!Set.of(
                            MouseEvent.MOUSE_MOVED,
                            MouseEvent.MOUSE_ENTERED,
                            MouseEvent.MOUSE_EXITED,
                            MouseEvent.MOUSE_ENTERED_TARGET,
                            MouseEvent.MOUSE_EXITED_TARGET)
                    .contains(event.getEventType())) {
                touched.set(true);
            }
        };
        stage.getScene().addEventFilter(InputEvent.ANY, input);
        // A smoke test takes the normal start's path: the recovery store too (it writes nothing
        // until an edit), so that its figure is the one a user waits for.
        recovery = FileRecoveryStore.forThisProcess();
        viewModel.keepUnsavedWorkIn(recovery);
        ErrorLog.reportTo(line -> Platform.runLater(
                () -> viewModel.reportProblem(viewModel.texts().format("status.unexpected", line))));
        window.whenChartsPainted(() -> {
            if (picture == null) {
                firstFramePainted();
            } else {
                StartupTrace.mark("window painted over the start's picture");
            }
            // The table and the tiles come right after the charts' frame. The smoke test sees them painted
            // too, so a part that cannot be built fails it rather than going unnoticed.
            Platform.runLater(() -> FirstPaint.whenPainted(stage.getScene(), () -> {
                stage.getScene().removeEventFilter(InputEvent.ANY, input);
                // A smoke test ends once the picture is written, so that a second one shows it.
                Runnable then = smoke ? () -> Platform.runLater(Platform::exit) : () -> {};
                if (key.isPresent() && !touched.get() && !StartPicture.pointerOnAHighlightedPart(stage.getScene())) {
                    StartPictures.keep(stage.getScene(), key.get(), shown, then);
                } else {
                    then.run();
                }
            }));
            if (!smoke) {
                Platform.runLater(window::offerLeftoverWork);
            }
        });
    }

    /**
     * Opens the main window on a project file, or on the default dataset when the file is null or
     * cannot be read (the reason is shown, and the file is left untouched).
     */
    public static MainViewModel openMainWindow(Stage stage, Path file, boolean chartsFirst) {
        return show(
                        stage,
                        load(file),
                        RecentFiles.inMemory(),
                        BackgroundWork.immediate(),
                        UserSettings.inMemory(),
                        chartsFirst)
                .viewModel();
    }

    public static MainViewModel openMainWindow(Stage stage, Path file) {
        return show(
                        stage,
                        load(file),
                        RecentFiles.inMemory(),
                        BackgroundWork.immediate(),
                        UserSettings.inMemory(),
                        false)
                .viewModel();
    }

    /** A window with the given settings (theme, language), keeping nothing; for tests and the screen gallery. */
    public static MainViewModel openMainWindow(Stage stage, Path file, UserSettings settings) {
        return openMainWindow(stage, file, settings, false);
    }

    /** The same, optionally painting the charts before the table and the KPI cards, as the desktop app starts. */
    public static MainViewModel openMainWindow(Stage stage, Path file, UserSettings settings, boolean chartsFirst) {
        return show(stage, load(file), RecentFiles.inMemory(), BackgroundWork.immediate(), settings, chartsFirst)
                .viewModel();
    }

    /** A window on the default dataset that keeps its unsaved work in {@code recovery}, for tests. */
    static MainWindow openKeepingUnsavedWork(Stage stage, RecoveryStore recovery) {
        MainWindow window = show(
                stage, load(null), RecentFiles.inMemory(), BackgroundWork.immediate(), UserSettings.inMemory(), false);
        window.viewModel().keepUnsavedWorkIn(recovery);
        return window;
    }

    /** The window closed as the user wanted: the copy of its unsaved work goes (a crash leaves it). */
    @Override
    public void stop() {
        if (recovery != null) {
            recovery.close();
        }
    }

    private static MainWindow show(
            Stage stage,
            InitialProject initial,
            RecentFiles recent,
            BackgroundWork background,
            UserSettings settings,
            boolean chartsFirst) {
        return show(stage, viewModel(initial, recent, background, settings), initial, chartsFirst, null);
    }

    private static MainViewModel viewModel(
            InitialProject initial, RecentFiles recent, BackgroundWork background, UserSettings settings) {
        // The language the user chose last, else the operating system's; numbers and dates follow its region.
        Locale system = Locale.getDefault();
        Texts texts = new Texts(settings.language().orElse(Language.of(system)).locale(system));
        ProjectSession session = new ProjectSession(startingCurrency(initial, settings), initial.file(), texts);
        if (initial.file() != null) {
            recent.remember(initial.file().toAbsolutePath());
        }
        return new MainViewModel(
                session, texts, new FileProjectStore(), recent, background, new CsvBattleFiles(), settings);
    }

    /**
     * The window; charts first over {@code picture} when the stage shows the start's picture (else
     * null).
     */
    private static MainWindow show(
            Stage stage, MainViewModel viewModel, InitialProject initial, boolean chartsFirst, Image picture) {
        Fonts.load();
        // Made on the first probe: the media classes stay out of the start-up.
        viewModel.useClipProbe(clip -> ClipProbes.media().probe(clip));
        viewModel.useClipLibraries(new FileClipLibraries());
        MainWindow window = new MainWindow(viewModel, new WindowImages(), Version.current());
        if (chartsFirst) {
            window.showChartsFirst(stage, picture);
        } else {
            window.show(stage);
        }
        StartupTrace.mark("window shown");
        if (initial.problem() != null) {
            Texts texts = viewModel.texts();
            ErrorDialogs.showOpenFailure(stage, texts, texts.text(initial.problem()));
        }
        return window;
    }

    /**
     * The default dataset in the display currency chosen last time, when its rates reach it; a
     * project file keeps the currency it was saved with.
     */
    private static Project startingCurrency(InitialProject initial, UserSettings settings) {
        Project project = initial.project();
        if (initial.file() != null) {
            return project;
        }
        return settings.displayCurrency()
                .filter(currency -> project.products().stream()
                        .filter(p -> p.compared().hasFigure())
                        .allMatch(p -> project.rates()
                                .factor(p.compared().price().currency(), currency)
                                .isPresent()))
                .map(project::withDisplayCurrency)
                .orElse(project);
    }

    private static InitialProject load(Path file) {
        if (file != null) {
            try {
                ProjectFiles.Stamped read = ProjectFiles.readStamped(file);
                FileProjectStore.remember(file, read.stamp());
                return new InitialProject(read.project(), file, read.stamp(), null);
            } catch (ProjectFileException e) {
                return new InitialProject(DefaultDataset.load(), null, null, e.explanation());
            } catch (IOException e) {
                return new InitialProject(
                        DefaultDataset.load(), null, null, LocalText.verbatim(file + ": " + e.getMessage()));
            }
        }
        return new InitialProject(DefaultDataset.load(), null, null, null);
    }
}
