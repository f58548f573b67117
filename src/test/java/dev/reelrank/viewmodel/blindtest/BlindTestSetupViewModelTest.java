package dev.reelrank.viewmodel.blindtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.BlindTestPrompt;
import dev.reelrank.model.Clip;
import dev.reelrank.model.ClipLibrary;
import dev.reelrank.model.LocalText;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.blindtest.BlindTestSetupViewModel.Unfinished;
import dev.reelrank.viewmodel.port.BackgroundWork;
import dev.reelrank.viewmodel.port.ClipLibraries;
import dev.reelrank.viewmodel.port.ClipProbe;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Getting a blind test ready without a window: a library whose products the project lacks, clips
 * that do not play, and what the plan says.
 */
class BlindTestSetupViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-30T10:15:00Z");
    private final Texts texts = Texts.english();
    private final ProjectSession session = new ProjectSession(TestProjects.market(), null, texts);
    private final BlindTestViewModel room = new BlindTestViewModel(session, texts, Runnable::run, () -> NOW);

    /** Every clip plays but those whose file name says "broken". */
    private static final ClipProbe PROBE = clip -> clip.toString().contains("broken")
            ? new ClipProbe.Unplayable(ClipProbe.Problem.NOT_A_VIDEO, LocalText.of("clip.notVideo", "media invalid"))
            : new ClipProbe.Playable(Duration.ofSeconds(2), 1280, 720, OptionalDouble.of(24));

    /** A folder read: two prompts; Kling 1.6 and Veo 2 known, "Hailuo 02" not; Veo 2's second clip broken. */
    private static final ClipLibraries FOLDER = (source, project, today) -> {
        List<BlindTestPrompt> prompts =
                List.of(new BlindTestPrompt("p1", "A city"), new BlindTestPrompt("p2", "A cat"));
        List<Clip> known = new ArrayList<>(List.of(
                new Clip("p1", "kling-1.6", "/clips/p1/kling.mp4"),
                new Clip("p1", "veo-2", "/clips/p1/veo.mp4"),
                new Clip("p2", "kling-1.6", "/clips/p2/kling.mp4"),
                new Clip("p2", "veo-2", "/clips/p2/veo-broken.mp4")));
        return new ClipLibraries.Read(
                List.of("Hailuo 02"),
                List.of(LocalText.of("clip.missing")),
                List.of(),
                p -> p.withClipLibrary(new ClipLibrary(prompts, known)),
                p -> {
                    List<Product> products = new ArrayList<>(p.products());
                    products.add(p.products().getFirst().withId("hailuo-02").withName("Hailuo 02"));
                    Project added = p.withProducts(products);
                    List<Clip> all = new ArrayList<>(known);
                    all.add(new Clip("p1", "hailuo-02", "/clips/p1/hailuo.mp4"));
                    all.add(new Clip("p2", "hailuo-02", "/clips/p2/hailuo.mp4"));
                    return added.withClipLibrary(new ClipLibrary(prompts, all));
                });
    };

    private BlindTestSetupViewModel setup() {
        return new BlindTestSetupViewModel(
                session, texts, BackgroundWork.immediate(), PROBE, FOLDER, room, () -> NOW, () -> 42);
    }

    @Test
    void theChoosersStartInTheLibrarysFolder_elseTheProjectsFolder() {
        // A user trial: the folder chooser opened on GTK's "Recent" every time, never at the clips.
        assertEquals(Optional.empty(), setup().startFolder(), "no library and no file: the chooser's own start");
        session.markSaved(session.project(), Path.of("/work/launch/office.reelrank.json"));
        assertEquals(Optional.of(Path.of("/work/launch")), setup().startFolder());
        BlindTestSetupViewModel setup = setup();
        setup.readLibrary(Path.of("/clips"));
        setup.addUnknown(false, Path.of("/clips"));
        assertEquals(Optional.of(Path.of("/clips")), setup.startFolder(), "the folder above a clip's prompt folder");
    }

    @Test
    void productsTheProjectLacks_areAskedAbout_andAddedOnlyWhenTheUserSaysSo() {
        BlindTestSetupViewModel setup = setup();
        setup.readLibrary(Path.of("/clips"));

        assertEquals(List.of("Hailuo 02"), setup.unknownProductsProperty().get(), String.valueOf(setup.lines()));
        assertTrue(session.project().clipLibrary().isEmpty(), "nothing changes before the answer");

        setup.addUnknown(true, Path.of("/clips"));

        assertTrue(session.project().product("hailuo-02").isPresent());
        assertEquals(6, session.project().clipLibrary().clips().size());
        assertEquals(
                List.of("kling-1.6", "veo-2", "hailuo-02"),
                setup.products().stream()
                        .map(BlindTestSetupViewModel.ProductChoice::id)
                        .toList());
        // Veo 2's clip for p2 does not play: with all three products only p1 is left.
        assertEquals(
                "3 products, 1 prompt: the room votes on 3 pairs of clips; each pair of products meets once, and every prompt is used. Seed 42.\nPrompt p2 is left out: no playable clip from Veo 2.",
                setup.planProperty().get());
        assertTrue(
                setup.lines().stream().anyMatch(line -> line.startsWith("p2/veo-broken.mp4: left out")),
                String.valueOf(setup.lines()));
    }

    @Test
    void leavingTheUnknownProductsOut_keepsTheProjectsProducts_andTheClipsOfKnownOnes() {
        BlindTestSetupViewModel setup = setup();
        int products = session.project().products().size();
        setup.readLibrary(Path.of("/clips"));
        setup.addUnknown(false, Path.of("/clips"));

        assertEquals(products, session.project().products().size());
        assertEquals(4, session.project().clipLibrary().clips().size());
        setup.products().stream()
                .filter(p -> p.id().equals("veo-2"))
                .findFirst()
                .orElseThrow()
                .chosen()
                .set(false);
        assertFalse(setup.readyProperty().get(), setup.planProperty().get());
        assertEquals(
                "Choose at least two products with clips that play.",
                setup.planProperty().get());
    }

    @Test
    void startMakesTheTestFromTheChoice_withTheSeedShown() {
        BlindTestSetupViewModel setup = setup();
        setup.readLibrary(Path.of("/clips"));
        setup.addUnknown(false, Path.of("/clips"));
        setup.seedProperty().set("12x");
        assertTrue(
                setup.planProperty().get().startsWith("The seed must be a whole number of up to 18 digits."),
                setup.planProperty().get());
        assertFalse(setup.readyProperty().get());
        setup.seedProperty().set("777");

        assertNull(setup.start());

        var test = session.project().blindTests().getFirst();
        assertEquals("blind-20261130-1015", test.id());
        assertEquals(777, test.seed());
        assertEquals(List.of("kling-1.6", "veo-2"), test.products());
        assertEquals(
                List.of("p1"), test.prompts().stream().map(BlindTestPrompt::id).toList());
        assertTrue(room.runningProperty().get());
    }

    @Test
    void anUnfinishedTest_whoseClipsAreGoneFromTheLibrary_cannotResume() {
        BlindTestSetupViewModel setup = setup();
        setup.readLibrary(Path.of("/clips"));
        setup.addUnknown(false, Path.of("/clips"));
        assertNull(setup.start());
        room.leave();
        String id = session.project().blindTests().getFirst().id();
        assertTrue(setup.unfinished().getFirst().resumable(), String.valueOf(setup.unfinished()));

        // Another folder read: its clips are of other prompts.
        session.apply(
                "other clips",
                p -> p.withClipLibrary(new ClipLibrary(
                        List.of(new BlindTestPrompt("q1", "A dog")),
                        List.of(new Clip("q1", "kling-1.6", "/other/q1/kling.mp4")))));

        Unfinished gone = setup.unfinished().getFirst();
        assertFalse(gone.resumable());
        assertEquals(
                "its clips are not in the clip library now: read its clip folder again to resume it", gone.missing());
        setup.resume(id);
        assertFalse(room.runningProperty().get(), "no test that would show 'no clip' and still take votes");
    }
}
