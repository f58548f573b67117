package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.Leaderboard;
import dev.reelrank.model.Project;
import dev.reelrank.model.PublishedRating;
import dev.reelrank.model.RatingSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A product's published ratings and the view's board in the file: read strictly, written canonically. */
class PublishedRatingsFileTest {
    private static final String FILE = "test.reelrank.json";
    private static final String VOTES_END = "\"source\": \"sample\", \"asOf\": \"2025-03-10\"}";
    private static final String LMARENA = "{\"board\": \"lmarena-image-to-video\", \"date\": \"2026-05-12\", "
            + "\"score\": 1445, \"low\": 1430, \"high\": 1460, \"votes\": 14889, \"source\": \"datalearner.com\", "
            + "\"url\": \"https://example.org\", \"sourceKind\": \"reseller\"}";

    /** The valid test file with these entries as Kling 1.6's published ratings. */
    static String withPublished(String entries) {
        return TestProjects.with(VOTES_END, VOTES_END + ",\n      \"published\": [" + entries + "]");
    }

    private static Project read(String json) throws Exception {
        return ProjectReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    @Test
    void aPublishedRating_readsWithItsInterval_votesAndCitation_andWritesBackTheSame() throws Exception {
        Project project = read(withPublished(LMARENA + ", {\"board\": \"artificial-analysis-text-to-video\", "
                + "\"date\": \"2026-04-01\", \"score\": 1247.5, \"source\": \"awesomeagents.ai\"}"));
        PublishedRating lmarena = project.products().getFirst().published().getFirst();
        assertEquals(Leaderboard.LMARENA_IMAGE_TO_VIDEO, lmarena.board());
        assertEquals(LocalDate.of(2026, 5, 12), lmarena.date());
        assertEquals(new BigDecimal("1430"), lmarena.interval().orElseThrow().low());
        assertEquals(14_889L, lmarena.votes().orElseThrow());
        assertEquals("https://example.org", lmarena.citation().url().orElseThrow());
        PublishedRating analysis = project.products().getFirst().published().get(1);
        assertTrue(analysis.interval().isEmpty()
                && analysis.votes().isEmpty()
                && analysis.citation().kind().isEmpty());

        Project withBoard = project.withView(
                project.view().withRatingSource(RatingSource.PUBLISHED).withBoard(Leaderboard.LMARENA_IMAGE_TO_VIDEO));
        var written = new ByteArrayOutputStream();
        ProjectWriter.write(withBoard, written);
        String json = written.toString(StandardCharsets.UTF_8);
        assertTrue(
                json.contains("\"board\": \"lmarena-image-to-video\",\n          \"date\": \"2026-05-12\",\n"
                        + "          \"score\": 1445,\n          \"low\": 1430,\n          \"high\": 1460,\n"
                        + "          \"votes\": 14889,\n          \"source\": \"datalearner.com\",\n"
                        + "          \"url\": \"https://example.org\",\n          \"sourceKind\": \"reseller\"\n"),
                json);
        assertTrue(json.contains("\"ratingSource\": \"published\",\n    \"board\": \"lmarena-image-to-video\""), json);
        Project again = read(json);
        assertEquals(withBoard, again);
        var rewritten = new ByteArrayOutputStream();
        ProjectWriter.write(again, rewritten);
        assertEquals(json, rewritten.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aProductWithoutPublishedRatings_writesNoField() throws Exception {
        var written = new ByteArrayOutputStream();
        ProjectWriter.write(read(TestProjects.VALID), written);
        assertTrue(!written.toString(StandardCharsets.UTF_8).contains("\"published\": ["));
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of(
                        withPublished(LMARENA.replace("lmarena-image-to-video", "lmarena-video")),
                        "\"lmarena-video\"",
                        "products[0].published[0].board: expected one of "
                                + "artificial-analysis-text-to-video, artificial-analysis-image-to-video, "
                                + "lmarena-text-to-video, lmarena-image-to-video, got \"lmarena-video\""),
                Arguments.of(
                        withPublished(LMARENA.replace("\"score\": 1445", "\"score\": \"1445\"")),
                        "\"1445\"",
                        "products[0].published[0].score: expected a number, got text \"1445\""),
                Arguments.of(
                        withPublished(LMARENA.replace(", \"high\": 1460", "")),
                        "1430",
                        "products[0].published[0].low: needs \"high\" too: an interval has both ends or none"),
                Arguments.of(
                        withPublished(LMARENA.replace("\"low\": 1430", "\"low\": 1450")),
                        "1450",
                        "products[0].published[0].low: the score 1445 lies outside its interval 1450 to 1460"),
                Arguments.of(
                        withPublished(LMARENA.replace("\"votes\": 14889", "\"rank\": 1")),
                        "\"rank\"",
                        "products[0].published[0].rank: unknown field; expected one of board, date, score, low, "
                                + "high, votes, source, url, sourceKind"),
                Arguments.of(
                        withPublished(LMARENA.replace(", \"source\": \"datalearner.com\"", "")),
                        LMARENA.substring(0, 1),
                        "products[0].published[0].source: is missing; this field is required"),
                Arguments.of(
                        withPublished(LMARENA + ", " + LMARENA),
                        "[",
                        "products[0].published: holds two ratings of the board lmarena-image-to-video dated "
                                + "2026-05-12; keep one"),
                Arguments.of(
                        TestProjects.with("\"format\": 5,", "\"format\": 5, \"view\": {\"board\": \"aa\"},"),
                        "\"aa\"",
                        "view.board: expected one of artificial-analysis-text-to-video, "
                                + "artificial-analysis-image-to-video, lmarena-text-to-video, lmarena-image-to-video, "
                                + "got \"aa\""));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void aBadPublishedRating_isOneLine_namingTheLineColumnAndField(String json, String at, String expected) {
        var error = assertThrows(ProjectFileException.class, () -> read(json));
        String message = error.getMessage();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.matches("test\\.reelrank\\.json:\\d+:\\d+: .*"), message);
        assertEquals(expected, message.substring(message.indexOf(": ") + 2), message);
        int line = Integer.parseInt(message.split(":", -1)[1]);
        String[] lines = json.split("\n", -1);
        assertTrue(
                lines[line - 1].contains(at) || at.equals("["),
                "line " + line + " holds " + at + ": " + lines[line - 1]);
    }

    @Test
    void moreThanFiveHundredRatings_areRefusedWhileReading() {
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < 501; i++) {
            entries.append(i == 0 ? "" : ", ")
                    .append("{\"board\": \"lmarena-text-to-video\", \"date\": \"")
                    .append(LocalDate.of(2020, 1, 1).plusDays(i))
                    .append("\", \"score\": 1000, \"source\": \"s\"}");
        }
        var error = assertThrows(ProjectFileException.class, () -> read(withPublished(entries.toString())));
        assertTrue(
                error.getMessage()
                        .endsWith(
                                "products[0].published: holds more than 500 entries; " + "ReelRank reads at most 500"),
                error.getMessage());
    }
}
