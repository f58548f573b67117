package dev.reelrank.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.io.RecoveryFiles;
import dev.reelrank.model.Project;
import dev.reelrank.testing.DefaultLocale;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.view.MainWindow;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.products.ProductRowViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window offers work that a crashed ReelRank left unsaved, and restores or discards it as asked. */
@ExtendWith(ApplicationExtension.class)
class LeftoverWorkWindowTest {
    /** The window's language follows the system's; the buttons are clicked by their English names. */
    @RegisterExtension
    static final DefaultLocale LOCALE = DefaultLocale.of(Locale.US);

    @TempDir
    static Path folder;

    private Stage stage;
    private MainWindow window;
    private RecoveryFiles files;
    private FileRecoveryStore store;
    private final Path original = Path.of("/work/q1-review.reelrank.json");
    /** The window opens on the default dataset, whatever it holds; this is what it had when the window opened. */
    private Project openedOn;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path recovery = Files.createTempDirectory(folder, "recovery");
        files = new RecoveryFiles(recovery);
        // What the crashed window had: a test market, with Kling 1.6 edited to 0.2 CNY a credit from 0.1.
        MainViewModel before = new MainViewModel(new ProjectSession(TestProjects.market(), null), Texts.english());
        before.products().row("kling-1.6").amount().commit("0.2");
        files.write("window-999999999-1", before.session().project(), original, Instant.parse("2026-11-25T09:30:00Z"));
        store = new FileRecoveryStore(
                files,
                "window-1-1",
                id -> false,
                Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC),
                FileRecoveryStore.DELAY);
        window = ReelRankApp.openKeepingUnsavedWork(stage, store);
        openedOn = window.viewModel().session().project();
    }

    private List<ProductRowViewModel> rows(FxRobot robot) {
        TableView<?> table =
                robot.from(stage.getScene().getRoot()).lookup("#products-table").queryTableView();
        return table.getItems().stream().map(ProductRowViewModel.class::cast).toList();
    }

    private String klingAmount(FxRobot robot) {
        return rows(robot).stream()
                .filter(r -> r.id().equals("kling-1.6"))
                .findFirst()
                .orElseThrow()
                .amount()
                .getText();
    }

    @Test
    void restore_bringsBackTheEdits_unsaved_andBelongingToTheirFile(FxRobot robot) throws Exception {
        Project crashed = files.read("window-999999999-1");
        assertFalse(crashed.equals(openedOn), "the window does not show the crashed work yet");
        Platform.runLater(window::offerLeftoverWork);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#leftover-dialog").tryQuery().isPresent(), "the window asks");
        robot.clickOn("Restore");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(crashed, window.viewModel().session().project());
        assertEquals(
                crashed.products().stream().map(p -> p.id()).toList(),
                rows(robot).stream().map(ProductRowViewModel::id).toList(),
                "the table shows the restored work");
        assertEquals("0.2", klingAmount(robot));
        assertEquals("\u2022 q1-review.reelrank.json \u2014 ReelRank", stage.getTitle());
        assertEquals(original, window.viewModel().session().fileProperty().get());
        assertEquals("window-1-1", files.list().getFirst().id(), "the copy is now this window's");
        store.close();
    }

    @Test
    void notNow_keepsTheCopyForNextTime_andDiscardDeletesIt(FxRobot robot) throws Exception {
        Platform.runLater(window::offerLeftoverWork);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Not Now");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(openedOn, window.viewModel().session().project(), "the window's project is as it was");
        assertEquals(1, files.list().size());
        Platform.runLater(window::offerLeftoverWork);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Discard");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(files.list().isEmpty());
        assertFalse(window.viewModel().session().isDirty());
        store.close();
    }
}
