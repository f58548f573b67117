package dev.reelrank.viewmodel.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.Project;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.MainViewModelTest;
import dev.reelrank.viewmodel.port.RecoveryStore;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A window keeps a copy of its unsaved work while there is any, and takes up work a crash left. */
class LeftoverWorkTest {
    private final ProjectSession session =
            new ProjectSession(TestProjects.market(), null, () -> MainViewModelTest.TODAY);
    private final MainViewModel viewModel = new MainViewModel(session, Texts.english());
    private final List<String> calls = new ArrayList<>();
    private final List<Project> kept = new ArrayList<>();
    private final Project crashed = TestProjects.fiveProducts().withName("Before the crash");
    private final RecoveryStore.Leftover leftover = new RecoveryStore.Leftover(
            "window-9-9", "Before the crash", Path.of("/work/q1.reelrank.json"), Instant.parse("2026-11-25T09:30:00Z"));

    private final RecoveryStore store = new RecoveryStore() {
        @Override
        public void keep(Project project, Path file) {
            calls.add("keep");
            kept.add(project);
        }

        @Override
        public void discard() {
            calls.add("discard");
        }

        @Override
        public List<Leftover> leftovers() {
            return List.of(leftover);
        }

        @Override
        public Project adopt(Leftover chosen) throws IOException {
            calls.add("adopt " + chosen.id());
            return crashed;
        }

        @Override
        public void drop(Leftover chosen) {
            calls.add("drop " + chosen.id());
        }
    };

    @Test
    void anEdit_isKept_andUndoingBackToTheSavedProject_dropsTheCopy() {
        viewModel.keepUnsavedWorkIn(store);
        assertEquals(List.of("discard"), calls, "nothing unsaved at first");
        viewModel.products().row("kling-1.6").amount().commit("0.2");
        assertEquals("keep", calls.getLast());
        assertEquals(session.project(), kept.getLast(), "the copy is the project as edited");
        viewModel.undo();
        assertEquals("discard", calls.getLast());
    }

    @Test
    void restoringLeftoverWork_makesItThisWindowsUnsavedProject_belongingToItsFile() {
        viewModel.keepUnsavedWorkIn(store);
        LeftoverWork leftovers = viewModel.leftoverWork();
        List<RecoveryStore.Leftover> found = new ArrayList<>();
        leftovers.find(found::addAll);
        assertEquals(List.of(leftover), found);
        assertEquals("q1.reelrank.json", leftovers.name(leftover));
        leftovers.restore(found.getFirst());
        assertTrue(calls.contains("adopt window-9-9"));
        assertEquals(crashed, session.project());
        assertEquals(Path.of("/work/q1.reelrank.json"), session.fileProperty().get(), "Save writes to its file");
        assertTrue(session.isDirty());
        assertEquals(
                "\u2022 q1.reelrank.json \u2014 ReelRank",
                viewModel.titleProperty().get());
        assertEquals(
                "Restored the unsaved changes to q1.reelrank.json. Save to keep them.",
                viewModel.statusProperty().get());
        assertEquals(crashed, kept.getLast(), "and it is kept again as this window's work");
    }

    @Test
    void discardingLeftoverWork_deletesItsCopy() {
        viewModel.keepUnsavedWorkIn(store);
        viewModel.leftoverWork().discard(leftover);
        assertEquals("drop window-9-9", calls.getLast());
        assertEquals(
                "Discarded the unsaved changes to q1.reelrank.json.",
                viewModel.statusProperty().get());
    }
}
