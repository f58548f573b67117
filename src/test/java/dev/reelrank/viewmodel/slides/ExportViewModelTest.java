package dev.reelrank.viewmodel.slides;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.Provenance;
import dev.reelrank.testing.NoProjectFiles;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.MainViewModelTest;
import dev.reelrank.viewmodel.port.BackgroundWork;
import dev.reelrank.viewmodel.port.RecentFiles;
import dev.reelrank.viewmodel.port.UserSettings;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.settings.Language;
import dev.reelrank.viewmodel.text.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exporting slides as images, on {@link TestProjects#market()}. */
class ExportViewModelTest {
    private final Map<Path, byte[]> written = new HashMap<>();
    private boolean diskFull;
    private final ProjectSession session =
            new ProjectSession(TestProjects.market(), null, () -> MainViewModelTest.TODAY);
    private final MainViewModel viewModel = new MainViewModel(
            session,
            Texts.english(),
            new NoProjectFiles(() -> session.project()) {
                @Override
                public void writeImage(Path file, byte[] png) throws IOException {
                    if (diskFull) {
                        throw new IOException("no space left on the disk");
                    }
                    written.put(file, png);
                }
            },
            RecentFiles.inMemory(),
            BackgroundWork.immediate(),
            (file, progress, cancelled) -> {
                throw new IOException("unused");
            },
            UserSettings.inMemory());
    private final ExportViewModel exports = viewModel.exports();

    @Test
    void theHeatmap_isOfferedOnlyWhenThereAreHeadToHeadVotes() {
        assertFalse(exports.kinds().contains(SlideKind.HEATMAP));
        exports.start(SlideKind.HEATMAP);
        assertEquals(SlideKind.COST, exports.kindProperty().get());
        viewModel
                .session()
                .apply(
                        "votes",
                        p -> p.withPair(
                                "veo-2", "sora", 3, 2, 0, new Provenance("test", null, MainViewModelTest.TODAY)));
        assertTrue(exports.kinds().contains(SlideKind.HEATMAP));
        exports.start(SlideKind.HEATMAP);
        assertEquals(SlideKind.HEATMAP, exports.kindProperty().get());
    }

    @Test
    void startingOnAChart_takesItsTitleAndTheProjectName_andNamesTheFileByChartAndDay() {
        exports.start(SlideKind.RATING);
        assertEquals(
                "Blind-test rating (95 % interval)", exports.titleProperty().get());
        assertEquals("Video generators, test market", exports.subtitleProperty().get(), "the project's name");
        assertEquals("reelrank-rating-" + MainViewModelTest.TODAY + ".png", exports.suggestedFileName());
        exports.titleProperty().set("Veo 2 leads");
        SlideTexts words = exports.words();
        assertEquals("Veo 2 leads", words.title());
        assertTrue(words.sample());
        assertTrue(words.stamp().endsWith("Vote counts are sample data, not published counts."), words.stamp());
        assertTrue(
                words.sources()
                        .replace('\u00a0', ' ')
                        .startsWith("Votes \u2014 Kling 1.0, Kling 1.5, Kling 1.6, Veo 2, Sora: "
                                + TestProjects.SAMPLE_VOTES_SOURCE),
                words.sources());
    }

    @Test
    void costSlides_citeEveryPriceSourceWithItsDate_andTheEditedMark() {
        viewModel.products().row("kling-1.6").amount().commit("0.05");
        exports.start(SlideKind.COST);
        String sources = exports.words().sources().replace('\u00a0', ' ');
        assertTrue(sources.contains("Veo 2: Vertex AI price list (test fixture), Feb 20, 2025"), sources);
        assertTrue(sources.contains("(edited "), sources);
        assertTrue(sources.contains("Exchange rates \u2014 1 USD = 7.0 CNY"), sources);
        assertFalse(exports.words().sample(), "a cost chart shows no votes");
    }

    /**
     * Issue 16: the window writes numbers and dates as its region does (an English window in Germany
     * reads 20.02.2025 and 1.191), but the image it exports uses the conventions of its language.
     */
    @Test
    void theWindowsImages_useTheLanguagesConventions_notTheWindowsRegion() {
        for (Locale system : List.of(Locale.GERMANY, Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("ar-EG"))) {
            for (Language language : Language.values()) {
                Texts window = new Texts(language.locale(system));
                MainViewModel shown = new MainViewModel(
                        new ProjectSession(TestProjects.market(), null, () -> MainViewModelTest.TODAY), window);
                ExportViewModel export = shown.exports();
                export.start(SlideKind.COST);
                SlideContent drawing = export.drawing();
                assertEquals(language.imageLocale(), drawing.texts().locale(), language + " under " + system);
                String sources = export.words(drawing).sources().replace('\u00a0', ' ');
                MainViewModel reference = new MainViewModel(
                        new ProjectSession(TestProjects.market(), null, () -> MainViewModelTest.TODAY),
                        new Texts(language.imageLocale()));
                reference.exports().start(SlideKind.COST);
                assertEquals(
                        reference.exports().words().sources().replace('\u00a0', ' '),
                        sources,
                        language + " under " + system);
                assertEquals(
                        reference.exports().words().stamp(), export.words().stamp(), language + " under " + system);
                if (language == Language.ENGLISH) {
                    assertTrue(sources.contains("Feb 20, 2025"), sources);
                }
                assertEquals(window.locale(), shown.texts().locale(), "the window itself keeps its region");
            }
        }
        assertEquals(Locale.forLanguageTag("en-US"), Language.ENGLISH.imageLocale());
        assertEquals(Locale.forLanguageTag("zh-CN"), Language.CHINESE.imageLocale());
    }

    @Test
    void customSizes_areChecked_andTooManyPixelsAreRefused() {
        exports.presetProperty().set(SizePreset.CUSTOM);
        assertFalse(exports.width().commit("100"));
        assertEquals(
                "Type a whole number from 320 to 8,192",
                exports.width().errorProperty().get());
        assertTrue(exports.width().commit("4000"));
        assertTrue(exports.height().commit("3000"));
        exports.scaleProperty().set(3);
        assertEquals(
                "The image would be 12000 \u00d7 9000 px; at most 8,192 px a side. Lower the scale or the size.",
                exports.problemProperty().get());
        exports.scaleProperty().set(2);
        assertEquals("", exports.problemProperty().get());
        assertEquals("8000 \u00d7 6000 px", exports.pixelSizeProperty().get());
    }

    @Test
    void saving_writesTheEncodedBytes_andReportsFailuresInOneLine() {
        Path file = Path.of("/tmp/chart.png");
        boolean[] done = new boolean[1];
        exports.save(file, () -> new byte[] {1, 2, 3}, () -> done[0] = true);
        assertArrayEquals(new byte[] {1, 2, 3}, written.get(file));
        assertTrue(done[0]);
        assertEquals(
                "Exported chart.png (1920 \u00d7 1080 px).",
                viewModel.statusProperty().get());
        assertFalse(exports.busyProperty().get());

        diskFull = true;
        exports.save(Path.of("/tmp/other.png"), () -> new byte[] {4}, () -> {});
        assertEquals(
                "Could not export other.png: no space left on the disk",
                viewModel.statusProperty().get());
        assertTrue(viewModel.statusIsProblemProperty().get());
        diskFull = false;
        exports.save(
                Path.of("/tmp/huge.png"),
                () -> {
                    throw new ExportViewModel.OutOfMemoryErrorReport(new OutOfMemoryError("Java heap space"));
                },
                () -> {});
        assertEquals(
                "Could not export huge.png: not enough memory for an image this large; lower the scale or "
                        + "the size",
                viewModel.statusProperty().get());
        assertFalse(written.containsKey(Path.of("/tmp/huge.png")));
    }

    @Test
    void cancellingWhileTheImageIsEncoded_writesNothing_andSaysSo() {
        Path file = Path.of("/tmp/cancelled.png");
        boolean[] done = new boolean[1];
        exports.save(
                file,
                () -> {
                    assertTrue(exports.busyProperty().get(), "busy while encoding, so the window shows Cancel");
                    exports.cancel(); // the user presses Cancel while the encoder runs
                    return new byte[] {9};
                },
                () -> done[0] = true);
        assertFalse(written.containsKey(file));
        assertTrue(done[0]);
        assertFalse(exports.busyProperty().get());
        assertEquals(
                "Export cancelled; cancelled.png was not written.",
                viewModel.statusProperty().get());
        assertFalse(viewModel.statusIsProblemProperty().get());
        exports.save(file, () -> new byte[] {7}, () -> {});
        assertArrayEquals(new byte[] {7}, written.get(file), "a cancel does not stick to the next export");
    }
}
