package dev.reelrank.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reelrank.io.DefaultDataset;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.slides.SlideKind;
import dev.reelrank.viewmodel.text.Texts;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A built-in view's name reads in the window's language wherever the window names it: a Chinese
 * user saw "Today's market (late 2026)" in the toolbar, the title and every slide (2026-11-30).
 * Renamed, the project is the user's and keeps the name typed.
 */
class BuiltInNamesTest {
    private final ProjectSession session =
            new ProjectSession(DefaultDataset.load(), null, () -> MainViewModelTest.TODAY);

    @Test
    void aChineseWindow_namesTheBuiltInViewInChinese_inItsToolbarTitleAndSlides() {
        MainViewModel chinese = new MainViewModel(session, new Texts(Locale.SIMPLIFIED_CHINESE));
        assertEquals("今日市场（2026 年末）", chinese.projectNameProperty().get());
        assertEquals("今日市场（2026 年末）", chinese.files().shownName());
        assertEquals("今日市场（2026 年末）", chinese.slides().texts(SlideKind.COST).subtitle());
        MainViewModel english = new MainViewModel(session, Texts.english());
        assertEquals("Today's market (late 2026)", english.projectNameProperty().get());
        assertEquals(
                "Today's market (late 2026)",
                english.slides().texts(SlideKind.COST).subtitle());
    }

    @Test
    void aRenamedProject_keepsItsOwnName_inEveryLanguage() {
        session.apply("rename", p -> p.withName("Q4 vendor review"));
        MainViewModel chinese = new MainViewModel(session, new Texts(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Q4 vendor review", chinese.projectNameProperty().get());
        assertEquals("Q4 vendor review", chinese.slides().texts(SlideKind.COST).subtitle());
    }
}
