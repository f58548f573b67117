package dev.reelrank.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.io.DefaultDataset;
import dev.reelrank.io.ProjectFileException;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesViewModelTest {
    @TempDir
    Path folder;

    private final ProjectStore disk = new ProjectStore() {
        @Override
        public Project read(Path file) throws IOException {
            try {
                return ProjectFiles.read(file);
            } catch (ProjectFileException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        @Override
        public void write(Project project, Path file) throws IOException {
            ProjectFiles.write(project, file);
        }

        @Override
        public Project blank() {
            return DefaultDataset.load().withProducts(List.of());
        }
    };
    private final ProjectSession session = new ProjectSession(DefaultDataset.load(), null, () -> MainViewModelTest.TODAY);
    private final RecentFiles recent = RecentFiles.inMemory();
    private final MainViewModel viewModel = new MainViewModel(session, Texts.english(), disk, recent,
            BackgroundWork.immediate(), (file, progress, cancelled) -> {
                throw new IOException("not used");
            }, UserSettings.inMemory());
    private final FilesViewModel files = viewModel.files();

    @Test
    void saveAs_writesTheFile_clearsTheDirtyMark_andRemembersIt() throws Exception {
        viewModel.products().row("kling-1.6").amount().commit("0.2");
        assertTrue(files.hasUnsavedChanges());
        AtomicBoolean done = new AtomicBoolean();
        files.saveAs(folder.resolve("q1"), () -> done.set(true));
        Path saved = folder.resolve("q1.reelrank.json");
        assertTrue(done.get());
        assertFalse(files.hasUnsavedChanges());
        assertEquals(saved, session.fileProperty().get());
        assertEquals("q1.reelrank.json \u2014 ReelRank", viewModel.titleProperty().get());
        assertEquals(List.of(saved.toAbsolutePath()), files.recent());
        assertEquals(session.project(), ProjectFiles.read(saved), "save then reopen gives identical data");
        assertEquals("Saved q1.reelrank.json.", viewModel.statusProperty().get());
    }

    @Test
    void save_withoutAFile_asksForOne() {
        assertFalse(files.save(() -> { }));
    }

    @Test
    void failedSave_keepsTheChanges_andSaysWhy() {
        viewModel.products().row("kling-1.6").amount().commit("0.2");
        files.saveAs(folder.resolve("missing-folder").resolve("x.reelrank.json"), () -> { });
        assertTrue(files.hasUnsavedChanges());
        assertTrue(viewModel.statusIsProblemProperty().get());
        assertTrue(viewModel.statusProperty().get().startsWith("Could not save x.reelrank.json"),
                viewModel.statusProperty().get());
    }

    @Test
    void open_replacesTheProject_andAFailedOpenKeepsTheCurrentOne() throws Exception {
        Path good = folder.resolve("good.reelrank.json");
        ProjectFiles.write(DefaultDataset.load().withName("Opened"), good);
        files.open(good, () -> { });
        assertEquals("Opened", session.project().name());
        assertFalse(session.canUndoProperty().get(), "a fresh history");
        Project before = session.project();
        Path bad = Files.writeString(folder.resolve("bad.reelrank.json"), "{\"format\": 1");
        files.open(bad, () -> { });
        assertSame(before, session.project());
        assertTrue(viewModel.statusProperty().get().contains("bad.reelrank.json"), viewModel.statusProperty().get());
        assertTrue(viewModel.statusIsProblemProperty().get());
    }

    @Test
    void newProject_isEmpty_butKeepsTheRates() {
        files.newProject();
        assertTrue(session.project().products().isEmpty());
        assertFalse(session.project().exchangeRates().isEmpty());
        assertEquals(null, session.fileProperty().get());
    }

    @Test
    void withExtension_addsTheProjectExtensionOnce() {
        assertEquals(Path.of("a.reelrank.json"), FilesViewModel.withExtension(Path.of("a")));
        assertEquals(Path.of("a.reelrank.json"), FilesViewModel.withExtension(Path.of("a.json")));
        assertEquals(Path.of("a.reelrank.json"), FilesViewModel.withExtension(Path.of("a.reelrank.json")));
        assertEquals("ai-video-generators-early-2025.reelrank.json", files.suggestedName());
    }
}
