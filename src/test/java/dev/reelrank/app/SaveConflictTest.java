package dev.reelrank.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.io.ProjectFiles;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.port.BackgroundWork;
import dev.reelrank.viewmodel.port.RecentFiles;
import dev.reelrank.viewmodel.port.UserSettings;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's Save used to overwrite a file someone changed on disk since it was opened. Through
 * the real file store: the save is refused, the window is asked (reload, save as, overwrite), and
 * Overwrite replaces the file while keeping the other version as NAME.bak.
 */
class SaveConflictTest {
    @TempDir
    Path folder;

    @Test
    void saveAfterAChangeOnDisk_asks_andOverwriteKeepsTheirVersionAsBackup() throws Exception {
        Path file = folder.resolve("shared.reelrank.json");
        ProjectFiles.write(TestProjects.market(), file);
        Texts texts = Texts.english();
        ProjectSession session = new ProjectSession(TestProjects.market(), null, texts);
        MainViewModel window = new MainViewModel(
                session,
                texts,
                new FileProjectStore(),
                RecentFiles.inMemory(),
                BackgroundWork.immediate(),
                new CsvBattleFiles(),
                UserSettings.inMemory());
        List<Path> asked = new ArrayList<>();
        window.files().onChangedOnDisk((changed, whenSaved) -> asked.add(changed));
        window.files().open(file, () -> {});
        assertEquals(file, session.fileProperty().get());

        ProjectFiles.write(TestProjects.market().withName("Changed by a colleague"), file);
        byte[] theirs = Files.readAllBytes(file);
        session.apply("rename", p -> p.withName("My edit"));
        window.files().save(() -> {});

        assertEquals(List.of(file), asked, "the window asks what to do");
        assertArrayEquals(theirs, Files.readAllBytes(file), "nothing was written over their change");
        assertTrue(
                window.statusProperty()
                        .get()
                        .startsWith("shared.reelrank.json was changed on disk since this "
                                + "window opened it, so it was not saved"),
                window.statusProperty().get());

        window.files().overwrite(file, () -> {});
        assertEquals("My edit", ProjectFiles.read(file).name());
        assertArrayEquals(theirs, Files.readAllBytes(ProjectFiles.backupOf(file)), "their version is kept beside it");

        session.apply("again", p -> p.withName("My second edit"));
        window.files().save(() -> {});
        assertEquals(1, asked.size(), "after the window's own save, the next save goes through");
        assertEquals("My second edit", ProjectFiles.read(file).name());
    }
}
