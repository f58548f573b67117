package dev.reelrank.viewmodel.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.ChartView;
import dev.reelrank.model.CostBasis;
import dev.reelrank.model.Project;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModelTest;
import dev.reelrank.viewmodel.text.Parsed;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProjectSessionTest {
    private final Project original = TestProjects.market();
    private final ProjectSession session = new ProjectSession(original, null, () -> MainViewModelTest.TODAY);

    @Test
    void apply_recordsAnUndoableEdit_andMarksTheProjectDirty() {
        assertFalse(session.isDirty());
        session.apply("rename", p -> p.withName("Q1 review"));
        assertTrue(session.isDirty());
        assertTrue(session.canUndoProperty().get());
        assertEquals("rename", session.undoDescriptionProperty().get());
        session.undo();
        assertSame(original, session.project());
        assertFalse(session.isDirty());
        assertTrue(session.canRedoProperty().get());
        session.redo();
        assertEquals("Q1 review", session.project().name());
    }

    @Test
    void aChartView_isSavedWithTheProject_butIsNotAnEdit() {
        session.apply("rename", p -> p.withName("Q1 review"));
        ChartView perClip = ChartView.DEFAULT.withCostBasis(CostBasis.PER_FIVE_SECOND_CLIP);
        session.showAs(perClip);
        assertEquals("rename", session.undoDescriptionProperty().get(), "choosing a view is not undone");
        session.undo();
        assertEquals(original.name(), session.project().name());
        assertEquals(perClip, session.project().view(), "undoing an edit keeps the view");
        assertTrue(session.isDirty(), "the view is saved with the project, so it is an unsaved change");
        session.showAs(ChartView.DEFAULT);
        assertEquals(original, session.project());
        assertFalse(session.isDirty());
    }

    @Test
    void refusedEdit_changesNothing_andSaysWhy() {
        Parsed<Project> result = session.apply("rename", p -> p.withName("  "));
        assertFalse(result.isValid());
        assertEquals("Name: must not be empty", result.error());
        assertSame(original, session.project());
        assertFalse(session.canUndoProperty().get());
    }

    @Test
    void editThatChangesNothing_isNotRecorded() {
        session.apply("same name", p -> p.withName(p.name()));
        assertFalse(session.canUndoProperty().get());
    }

    @Test
    void newEdit_clearsRedo_andSavingClearsDirty() {
        session.apply("a", p -> p.withName("A"));
        session.undo();
        session.apply("b", p -> p.withName("B"));
        assertFalse(session.canRedoProperty().get());
        session.markSaved(session.project(), Path.of("b.reelrank.json"));
        assertFalse(session.isDirty());
        assertEquals(Path.of("b.reelrank.json"), session.fileProperty().get());
        session.undo();
        assertTrue(session.isDirty(), "undoing past the save makes it dirty again");
    }
}
