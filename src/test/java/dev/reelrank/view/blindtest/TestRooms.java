package dev.reelrank.view.blindtest;

import dev.reelrank.model.BlindTest;
import dev.reelrank.model.BlindTestPrompt;
import dev.reelrank.model.Clip;
import dev.reelrank.model.ClipLibrary;
import dev.reelrank.model.Project;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A blind test begun on the committed clips: three products, two prompts, seed 7. */
final class TestRooms {
    static final Path LIBRARY = Path.of("src/test/resources/clips/library").toAbsolutePath();

    private TestRooms() {}

    /** A window whose blind test is under way, its two prompts worded as given. */
    static MainViewModel begun(String cityPrompt, String sneakerPrompt) {
        List<BlindTestPrompt> prompts = List.of(
                new BlindTestPrompt("p1-city-at-night", cityPrompt),
                new BlindTestPrompt("p2-red-sneaker-on-table", sneakerPrompt));
        List<Clip> clips = new ArrayList<>();
        for (BlindTestPrompt prompt : prompts) {
            for (String product : List.of("kling-1.6", "sora", "veo-2")) {
                clips.add(new Clip(
                        prompt.id(),
                        product,
                        LIBRARY.resolve(prompt.id()).resolve(product + ".mp4").toString()));
            }
        }
        Project project = TestProjects.market().withClipLibrary(new ClipLibrary(prompts, clips));
        MainViewModel window = new MainViewModel(new ProjectSession(project, null), Texts.english());
        window.blindTest()
                .begin(new BlindTest(
                        "office",
                        Instant.parse("2026-11-30T09:00:00Z"),
                        7,
                        List.of("kling-1.6", "sora", "veo-2"),
                        prompts));
        return window;
    }
}
