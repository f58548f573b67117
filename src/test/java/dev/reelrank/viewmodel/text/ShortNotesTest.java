package dev.reelrank.viewmodel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.RatingSource;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.MainViewModelTest;
import dev.reelrank.viewmodel.session.ProjectSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A note under a chart names a few products and counts the rest, however many the project holds
 * (247 products after importing many pairs of unknown names named them all, and the note covered
 * the chart).
 */
class ShortNotesTest {
    private final ProjectSession session =
            new ProjectSession(TestProjects.manyMostlyUnlisted(), null, () -> MainViewModelTest.TODAY);
    private final MainViewModel viewModel = new MainViewModel(session, Texts.english());

    @Test
    void someNames_listsAFew_thenCountsTheRest_inEnglishAndChinese() {
        Texts english = Texts.english();
        assertEquals("a, b", english.someNames(List.of("a", "b")));
        assertEquals("a, b, c, d, e", english.someNames(List.of("a", "b", "c", "d", "e")));
        assertEquals("a, b, c, d, e and 2 more", english.someNames(List.of("a", "b", "c", "d", "e", "f", "g")));
        assertEquals("a, b and 1 more", english.someNames(List.of("a", "b", "c"), 2));
        assertEquals(
                "a, b, c, d, e and 1,234 more",
                english.someNames(IntStream.range(0, 1239)
                        .mapToObj(i -> i < 5 ? String.valueOf((char) ('a' + i)) : "x")
                        .toList()));
        Texts chinese = new Texts(Locale.SIMPLIFIED_CHINESE);
        assertEquals("a、b、c、d、e 及另外 2 个", chinese.someNames(List.of("a", "b", "c", "d", "e", "f", "g")));
    }

    @Test
    void everyChartNote_namesAtMostAFewProducts() {
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put(
                "rating (published)",
                viewModel.ratingChart().sourceNoteProperty().get());
        notes.put("trend", viewModel.trendChart().noteProperty().get());
        notes.put("value", viewModel.valueChart().noteProperty().get());
        notes.put("price history", viewModel.priceHistoryChart().noteProperty().get());
        notes.put("cost", viewModel.costChart().footnoteProperty().get());
        notes.put("scenario", viewModel.scenario().noteProperty().get());
        viewModel.ratings().useSource(RatingSource.HEAD_TO_HEAD);
        notes.put(
                "rating (head to head)",
                viewModel.ratingChart().sourceNoteProperty().get());
        assertTrue(
                notes.get("rating (published)").contains("Not on this board: Product number 5"),
                notes.get("rating (published)"));
        assertTrue(notes.get("rating (published)").contains(" and 240 more."), notes.get("rating (published)"));
        assertTrue(notes.get("trend").contains(" and 240 more."), notes.get("trend"));
        // The board's note names the products not on it; the trend's own "Not shown" said it again.
        assertEquals(
                1,
                Pattern.compile("Product number 5(?!\\d)")
                        .matcher(notes.get("trend"))
                        .results()
                        .count(),
                notes.get("trend"));
        assertTrue(notes.get("value").contains(" and 240 more."), notes.get("value"));
        notes.forEach((chart, note) -> {
            assertFalse(
                    note.contains("Product number 10,") || note.contains("Product number 200"),
                    chart + " names at most five: " + note);
            assertTrue(note.length() < 2000, chart + ": " + note.length() + " characters");
        });
    }
}
