package dev.reelrank.app;

import dev.reelrank.io.DefaultDataset;
import dev.reelrank.io.ProjectFileException;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.Project;
import dev.reelrank.view.ErrorDialogs;
import dev.reelrank.view.Fonts;
import dev.reelrank.view.MainWindow;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.Texts;
import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: composes the model, view model and view of the main window. */
public final class ReelRankApp extends Application {
    private static volatile Path initialProject;

    static void setInitialProject(Path project) {
        initialProject = project;
    }

    @Override
    public void start(Stage stage) {
        openMainWindow(stage, initialProject);
    }

    /**
     * Opens the main window on a project file, or on the default dataset when the file is null or
     * cannot be read (the reason is shown, and the file is left untouched).
     */
    public static void openMainWindow(Stage stage, Path project) {
        Fonts.load();
        Texts texts = Texts.english();
        String problem = null;
        Project loaded = null;
        if (project != null) {
            try {
                loaded = ProjectFiles.read(project);
            } catch (ProjectFileException e) {
                problem = e.getMessage();
            } catch (IOException e) {
                problem = project + ": " + e.getMessage();
            }
        }
        MainViewModel viewModel = loaded == null
                ? new MainViewModel(DefaultDataset.load(), null, texts)
                : new MainViewModel(loaded, project, texts);
        new MainWindow(viewModel).show(stage);
        if (problem != null) {
            ErrorDialogs.showOpenFailure(stage, texts, problem);
        }
    }
}
