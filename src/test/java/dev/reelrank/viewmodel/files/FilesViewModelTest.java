package dev.reelrank.viewmodel.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.app.FileProjectStore;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.Project;
import dev.reelrank.testing.DefaultLocale;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.MainViewModelTest;
import dev.reelrank.viewmodel.port.BackgroundWork;
import dev.reelrank.viewmodel.port.ProjectStore;
import dev.reelrank.viewmodel.port.RecentFiles;
import dev.reelrank.viewmodel.port.UserSettings;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.settings.Language;
import dev.reelrank.viewmodel.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesViewModelTest {
    @TempDir
    Path folder;

    // The desktop app's own adapter: reads and writes real files, with the stamps that guard a save.
    private final ProjectStore disk = new FileProjectStore();
    private final ProjectSession session =
            new ProjectSession(TestProjects.market(), null, () -> MainViewModelTest.TODAY);
    private final RecentFiles recent = RecentFiles.inMemory();
    private final MainViewModel viewModel = new MainViewModel(
            session,
            Texts.english(),
            disk,
            recent,
            BackgroundWork.immediate(),
            (file, progress, cancelled) -> {
                throw new IOException("not used");
            },
            UserSettings.inMemory());
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
        assertEquals(
                "q1.reelrank.json \u2014 ReelRank", viewModel.titleProperty().get());
        assertEquals(List.of(saved.toAbsolutePath()), files.recent());
        assertEquals(session.project(), ProjectFiles.read(saved), "save then reopen gives identical data");
        assertEquals("Saved q1.reelrank.json.", viewModel.statusProperty().get());
    }

    /**
     * Issue 16: an amount typed with 401 decimal places was taken, saved as a 402-digit number,
     * and the saved file could not be opened again.
     */
    @Test
    void anAmountTheFileCouldNotHold_isRefusedInTheCell_andWhatIsSavedOpensAgain() throws Exception {
        var amount = viewModel.products().row("kling-1.6").amount();
        assertFalse(amount.commit("0." + "0".repeat(400) + "1"));
        assertEquals(
                "A project keeps at most 12 decimal places; round the figure",
                amount.errorProperty().get());
        assertTrue(amount.commit("0.000000000001"));
        files.saveAs(folder.resolve("tiny"), () -> {});
        assertEquals(session.project(), ProjectFiles.read(folder.resolve("tiny.reelrank.json")));
    }

    @Test
    void save_withoutAFile_asksForOne() {
        assertFalse(files.save(() -> {}));
    }

    @Test
    void failedSave_keepsTheChanges_andSaysWhy() {
        viewModel.products().row("kling-1.6").amount().commit("0.2");
        files.saveAs(folder.resolve("missing-folder").resolve("x.reelrank.json"), () -> {});
        assertTrue(files.hasUnsavedChanges());
        assertTrue(viewModel.statusIsProblemProperty().get());
        assertTrue(
                viewModel.statusProperty().get().startsWith("Could not save x.reelrank.json"),
                viewModel.statusProperty().get());
    }

    @Test
    void open_replacesTheProject_andAFailedOpenKeepsTheCurrentOne() throws Exception {
        Path good = folder.resolve("good.reelrank.json");
        ProjectFiles.write(TestProjects.fiveProducts().withName("Opened"), good);
        files.open(good, () -> {});
        assertEquals("Opened", session.project().name());
        assertEquals(TestProjects.fiveProducts().withName("Opened"), session.project());
        assertFalse(session.canUndoProperty().get(), "a fresh history");
        Project before = session.project();
        Path bad = Files.writeString(folder.resolve("bad.reelrank.json"), "{\"format\": 1");
        files.open(bad, () -> {});
        assertSame(before, session.project());
        assertTrue(
                viewModel.statusProperty().get().contains("bad.reelrank.json"),
                viewModel.statusProperty().get());
        assertTrue(viewModel.statusIsProblemProperty().get());
    }

    @Test
    void aChineseWindow_explainsABrokenFileAndARefusedValue_inChinese() throws Exception {
        Texts chinese = new Texts(Language.CHINESE.locale(Locale.US));
        MainViewModel window = new MainViewModel(
                new ProjectSession(TestProjects.market(), null, chinese),
                chinese,
                disk,
                recent,
                BackgroundWork.immediate(),
                (file, progress, cancelled) -> {
                    throw new IOException("not used");
                },
                UserSettings.inMemory());
        Path bad = Files.writeString(folder.resolve("bad.reelrank.json"), "{\"format\": 9}");
        window.files().open(bad, () -> {});
        assertEquals(
                "\u65e0\u6cd5\u6253\u5f00\u6587\u4ef6\u3002" + bad + ":1:12: format: "
                        + "\u4e0d\u652f\u6301\u7684\u683c\u5f0f\u7248\u672c 9\uff1b\u6b64\u7248\u672c\u7684 ReelRank "
                        + "\u8bfb\u53d6\u7248\u672c 1 \u81f3 5",
                window.statusProperty().get());
        Path missing = folder.resolve("gone.reelrank.json");
        window.files().open(missing, () -> {});
        assertTrue(
                window.statusProperty().get().endsWith(missing + ": \u6587\u4ef6\u4e0d\u5b58\u5728"),
                window.statusProperty().get());
        ProjectSession chineseSession = new ProjectSession(TestProjects.market(), null, chinese);
        var first = chineseSession.project().products().getFirst();
        var refused = chineseSession.apply("twice", p -> p.withProducts(List.of(first, first)));
        assertEquals(
                "\u4ea7\u54c1\uff1a\u4e24\u4e2a\u4ea7\u54c1\u7684 ID \u90fd\u662f\"" + first.id() + "\"",
                refused.error());
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
        // From the project's name, "Video generators, test market"
        assertEquals("video-generators-test-market.reelrank.json", files.suggestedName());
    }

    /** Issue 16: in Turkey "VIDEO INDEX" lower-cased by the default locale is "vıdeo ındex". */
    @Test
    void theSuggestedName_isLowerCasedTheSameInTurkey() throws Exception {
        session.replace(session.project().withName("VIDEO INDEX"), null);
        assertEquals(
                "video-index.reelrank.json",
                DefaultLocale.during(Locale.forLanguageTag("tr-TR"), files::suggestedName));
    }
}
