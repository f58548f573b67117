package dev.reelrank.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.app.ReelRankApp;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+S on a file someone else changed since the window opened it: the window asks before
 * writing, and each answer does what it says (issue 16: no silent lost update).
 */
@ExtendWith(ApplicationExtension.class)
class SaveConflictWindowTest {
    @TempDir
    static Path folder;

    private Path file;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        file = Files.createTempFile(folder, "shared", ProjectFiles.EXTENSION);
        ProjectFiles.write(TestProjects.fiveProducts(), file);
        viewModel = ReelRankApp.openMainWindow(stage, file);
    }

    /** Renames the first product in the window, someone else saves the file, then Ctrl+S. */
    private byte[] editChangeOnDiskAndSave(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.products().rows().getFirst().name().commit("Mine"));
        ProjectFiles.write(TestProjects.fiveProducts().withName("Theirs"), file);
        byte[] theirs = Files.readAllBytes(file);
        robot.clickOn("#products-table");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#changed-dialog").tryQuery().isPresent());
        assertArrayEquals(theirs, Files.readAllBytes(file), "nothing written before the answer");
        return theirs;
    }

    @Test
    void overwrite_savesTheWindowsVersion_andKeepsTheirsAsTheBackup(FxRobot robot) throws Exception {
        byte[] theirs = editChangeOnDiskAndSave(robot);
        robot.clickOn("Overwrite");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !viewModel.files().hasUnsavedChanges());
        assertEquals("Mine", ProjectFiles.read(file).products().getFirst().name());
        assertArrayEquals(theirs, Files.readAllBytes(ProjectFiles.backupOf(file)));
    }

    @Test
    void reload_dropsTheWindowsEdit_andShowsTheirs(FxRobot robot) throws Exception {
        byte[] theirs = editChangeOnDiskAndSave(robot);
        robot.clickOn("Reload");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> "Theirs".equals(viewModel.session().project().name()));
        assertFalse(viewModel.files().hasUnsavedChanges());
        assertArrayEquals(theirs, Files.readAllBytes(file), "the file is untouched");
        assertTrue(viewModel.products().rows().stream()
                .noneMatch(row -> row.name().getText().equals("Mine")));
    }

    @Test
    void cancel_writesNothing_andKeepsTheEdit(FxRobot robot) throws Exception {
        byte[] theirs = editChangeOnDiskAndSave(robot);
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(theirs, Files.readAllBytes(file));
        assertTrue(viewModel.files().hasUnsavedChanges(), "the edit is still the window's, unsaved");
    }

    @Test
    void enter_cancels_neverDroppingTheEditNorTheirWork(FxRobot robot) throws Exception {
        byte[] theirs = editChangeOnDiskAndSave(robot);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#changed-dialog").tryQuery().isPresent(), "the dialog closed");
        assertArrayEquals(theirs, Files.readAllBytes(file), "their version is untouched");
        assertTrue(
                viewModel.products().rows().stream()
                        .anyMatch(row -> row.name().getText().equals("Mine")),
                "the window keeps its edit (Enter used to Reload and drop it)");
    }
}
