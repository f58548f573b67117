package dev.reelrank.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.app.ReelRankApp;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.Project;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.port.RecoveryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A window whose unsaved work cannot be copied for crash recovery says so, in a bar, once (issue 16). */
@ExtendWith(ApplicationExtension.class)
class RecoveryWarningTest {
    @TempDir
    static Path folder;

    private MainViewModel viewModel;

    /** A recovery folder that cannot be written: every copy fails, as the real store reports it. */
    private static final class Unwritable implements RecoveryStore {
        private Consumer<Path> failed = folder -> {};
        private final Path where = Path.of("/nowhere/recovery");

        @Override
        public void watchKeeping(Consumer<Path> folder, Runnable recovered) {
            failed = folder;
        }

        @Override
        public void keep(Project project, Path file) {
            failed.accept(where);
        }

        @Override
        public void discard() {}

        @Override
        public List<Leftover> leftovers() {
            return List.of();
        }

        @Override
        public Project adopt(Leftover leftover) throws IOException {
            throw new IOException("none");
        }

        @Override
        public void drop(Leftover leftover) {}
    }

    @Start
    void start(Stage stage) throws IOException {
        Path opened = Files.createTempFile(folder, "five", ProjectFiles.EXTENSION);
        ProjectFiles.write(TestProjects.fiveProducts(), opened);
        viewModel = ReelRankApp.openMainWindow(stage, opened);
        viewModel.keepUnsavedWorkIn(new Unwritable());
    }

    @Test
    void anEditThatCannotBeKeptForRecovery_showsAWarningBar_untilClosed(FxRobot robot) {
        Label warning = robot.lookup("#recovery-warning").queryAs(Label.class);
        assertFalse(warning.getParent().isVisible(), "nothing to say before an edit");

        robot.interact(() -> viewModel.products().rows().getFirst().name().commit("Renamed"));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(warning.getParent().isVisible(), "the bar is shown");
        assertTrue(
                warning.getText().contains("/nowhere/recovery")
                        && warning.getText().contains("a crash would lose it"),
                warning.getText());
        Bounds bar = warning.getParent().localToScene(warning.getParent().getBoundsInLocal());
        assertTrue(
                bar.getHeight() >= 20
                        && bar.getMinX() >= 0
                        && bar.getMaxX() <= warning.getScene().getWidth() + 0.5,
                "drawn across the window, under the toolbar: " + bar);
        Label status = robot.lookup("#status-message").queryAs(Label.class);
        assertFalse(status.getText().contains("a crash would lose it"), "said once, in the bar: " + status.getText());

        robot.clickOn("#recovery-warning-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(warning.getParent().isVisible(), "closed by the user");
    }
}
