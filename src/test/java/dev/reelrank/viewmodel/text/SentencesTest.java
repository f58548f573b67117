package dev.reelrank.viewmodel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void englishSentences_areSpaced_chineseOnes_runOn_andEmptyOnesAreSkipped() {
        assertEquals(
                "Votes: 12. Ratings compare within one pool.",
                Sentences.join(List.of("Votes: 12.", "", "Ratings compare within one pool.")));
        assertEquals("投票 12 票。评分只在同一投票池内可比。", Sentences.join(List.of("投票 12 票。", "评分只在同一投票池内可比。")));
        assertEquals("（示例数据）Sample", Sentences.join(List.of("（示例数据）", "Sample")));
        assertEquals("Computing\u2026 Ratings", Sentences.join(List.of("Computing\u2026", "Ratings")));
    }

    @Test
    void aChineseRatingNote_hasNoSpaceAfterItsFullStops() {
        // A user trial: "…。 评分只在…" under the rating chart in Chinese.
        Texts chinese = new Texts(Locale.SIMPLIFIED_CHINESE);
        String pool = chinese.get("chart.rating.poolNote");
        String joined = Sentences.join(List.of(chinese.get("chart.rating.pending"), pool));
        assertEquals(chinese.get("chart.rating.pending") + pool, joined);
    }
}
