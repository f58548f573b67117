package dev.reelrank.viewmodel.slides;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.Battle;
import dev.reelrank.model.BlindTest;
import dev.reelrank.model.BlindTestPrompt;
import dev.reelrank.model.Project;
import dev.reelrank.model.VoteOutcome;
import dev.reelrank.model.VoteScope;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.MainViewModelTest;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.settings.Language;
import dev.reelrank.viewmodel.text.Texts;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A slide of a blind test's votes cites them in the slide's own language, with the day of the last vote. */
class BlindTestSourcesTest {
    private static final Instant NINE = Instant.parse("2026-11-24T09:00:00Z");

    private static Project roomVotes() {
        Project project = TestProjects.market()
                .withBlindTest(new BlindTest(
                        "office", NINE, 7, List.of("veo-2", "sora"), List.of(new BlindTestPrompt("p1", "A cat"))))
                .withBattles(
                        List.of(new Battle("office", "veo-2", "sora", VoteOutcome.A, "p1", NINE.plusSeconds(5), 6)));
        return project.withView(project.view().withVotes(VoteScope.blindTest("office")));
    }

    private static String sources(Texts texts, SlideKind kind) {
        MainViewModel window =
                new MainViewModel(new ProjectSession(roomVotes(), null, () -> MainViewModelTest.TODAY), texts);
        return window.slides().texts(kind).sources().replace('\u00a0', ' ');
    }

    @Test
    void inChinese_theVotesAreCitedAsABlindTestInChinese() {
        Texts chinese = new Texts(Language.CHINESE.locale(Locale.US));
        for (SlideKind kind : List.of(SlideKind.BLIND_TEST, SlideKind.HEATMAP)) {
            String cited = sources(chinese, kind);
            assertTrue(cited.contains("ReelRank 盲测 office，2026年11月24日"), cited);
            assertFalse(cited.contains("blind test"), cited);
        }
    }

    @Test
    void inEnglish_theVotesAreCitedAsABlindTest() {
        String cited = sources(Texts.english(), SlideKind.BLIND_TEST);
        assertTrue(cited.contains("ReelRank blind test office, Nov 24, 2026"), cited);
    }
}
