package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.reelrank.model.ChartView;
import dev.reelrank.model.CostBasis;
import dev.reelrank.model.Leaderboard;
import dev.reelrank.model.Project;
import dev.reelrank.model.RatingSource;
import dev.reelrank.model.TrendMetric;
import dev.reelrank.model.VoteScope;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** docs/project.schema.json describes what the reader accepts: both agree on valid and invalid files. */
class ProjectSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = loadSchema();

    private static JsonSchema loadSchema() {
        try (InputStream in = Files.newInputStream(Path.of("docs", "project.schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<ValidationMessage> schemaErrors(String json) throws Exception {
        JsonNode node = JSON.readTree(json);
        return SCHEMA.validate(node);
    }

    @Test
    void defaultDataset_satisfiesTheSchema() throws Exception {
        String shipped;
        try (var in = DefaultDataset.openResource()) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(Set.of(), schemaErrors(shipped));
        assertEquals(Set.of(), schemaErrors(TestProjects.VALID));
        assertEquals(Set.of(), schemaErrors(BlindTestFileTest.withBlindTest("", "")));
        assertEquals(Set.of(), schemaErrors(ClipLibraryFileTest.withLibrary("", "")));
        assertEquals(
                1,
                schemaErrors(BlindTestFileTest.withBlindTest("\"outcome\": \"a\"", "\"outcome\": \"left\""))
                        .size(),
                "the schema knows the outcomes");
        assertEquals(
                Set.of(),
                schemaErrors(
                        PriceHistoryFileTest.withHistory(
                                "{\"date\": \"2025-01-20\", \"amount\": 1, \"source\": \"a\", \"url\": \"u\", \"sourceKind\": \"press\"}")));
    }

    @Test
    void everyKindOfContentTheWriterWrites_satisfiesTheSchema() throws Exception {
        var written = new ByteArrayOutputStream();
        ProjectWriter.write(ProjectFilesTest.everyKindOfContent(), written);
        assertEquals(Set.of(), schemaErrors(written.toString(StandardCharsets.UTF_8)));
    }

    @Test
    void aSavedChartView_satisfiesTheSchema_andReadsBack() throws Exception {
        ChartView view = new ChartView(
                        CostBasis.PER_FIVE_SECOND_CLIP,
                        TrendMetric.COST_PER_MINUTE,
                        false,
                        RatingSource.AGGREGATE_VOTES)
                .withCurrentOnly(true)
                .withVotes(new VoteScope("office-test", "p2"));
        var written = new ByteArrayOutputStream();
        ProjectWriter.write(dev.reelrank.testing.TestProjects.market().withView(view), written);
        String json = written.toString(StandardCharsets.UTF_8);
        assertEquals(Set.of(), schemaErrors(json));
        assertEquals(
                view,
                ProjectReader.read(new ByteArrayInputStream(written.toByteArray()), "v.reelrank.json")
                        .view());
        String partial =
                TestProjects.with("\"format\": 5,", "\"format\": 5, \"view\": {\"trendMetric\": \"cost-per-minute\"},");
        assertEquals(Set.of(), schemaErrors(partial));
        assertEquals(
                ChartView.DEFAULT.withTrendMetric(TrendMetric.COST_PER_MINUTE),
                ProjectReader.read(
                                new ByteArrayInputStream(partial.getBytes(StandardCharsets.UTF_8)), "p.reelrank.json")
                        .view());
    }

    @Test
    void publishedRatings_andTheViewsBoard_satisfyTheSchema() throws Exception {
        Project project = dev.reelrank.testing.TestProjects.publishedMarket();
        project = project.withView(
                project.view().withRatingSource(RatingSource.PUBLISHED).withBoard(Leaderboard.LMARENA_TEXT_TO_VIDEO));
        var written = new ByteArrayOutputStream();
        ProjectWriter.write(project, written);
        assertEquals(Set.of(), schemaErrors(written.toString(StandardCharsets.UTF_8)));
    }

    @Test
    void aWrittenClipLibrary_satisfiesTheSchema() throws Exception {
        var written = new ByteArrayOutputStream();
        ProjectWriter.write(
                ProjectReader.read(
                        new ByteArrayInputStream(
                                ClipLibraryFileTest.withLibrary("", "").getBytes(StandardCharsets.UTF_8)),
                        "c.reelrank.json"),
                written);
        String json = written.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"clipLibrary\""), json);
        assertEquals(Set.of(), schemaErrors(json));
    }

    static Stream<String> invalidFiles() {
        return Stream.of(
                TestProjects.with("\"format\": 5", "\"format\": 6"),
                TestProjects.with("\"amount\": 0.83", "\"amount\": -1"),
                TestProjects.with("\"amount\": 0.83", "\"amount\": 1e10"),
                TestProjects.with("\"amount\": 0.83", "\"amount\": \"0.83\""),
                TestProjects.with("      \"vendor\": \"Kuaishou\",\n", ""),
                TestProjects.with("\"version\": \"1.6\",", "\"version\": \"1.6\", \"price\": 1,"),
                TestProjects.with("\"type\": \"per-clip\"", "\"type\": \"per-frame\""),
                TestProjects.with("\"clipSeconds\": 5", "\"clipSeconds\": 5, \"allowance\": 3"),
                TestProjects.with("\"clipSeconds\": 5", "\"clipSeconds\": 0"),
                TestProjects.with("\"status\": \"published\"", "\"status\": \"not-public\""),
                TestProjects.with("\"wins\": 1", "\"wins\": 1.5"),
                TestProjects.with("\"ties\": 3", "\"ties\": 2000000000000"),
                TestProjects.with("\"id\": \"kling-1.6\"", "\"id\": \"Kling 1.6\""),
                TestProjects.with("\"releaseDate\": \"2024-12-19\"", "\"releaseDate\": \"19.12.2024\""),
                TestProjects.with("\"modes\": [\"text-to-video\"]", "\"modes\": []"),
                TestProjects.with("\"format\": 5,", "\"format\": 5, \"view\": {\"costBasis\": \"per-hour\"},"),
                TestProjects.with("\"format\": 5,", "\"format\": 5, \"view\": {\"zoom\": 2},"),
                TestProjects.with("\"format\": 5,", "\"format\": 5, \"view\": {\"logCostAxis\": \"yes\"},"),
                TestProjects.with("\"format\": 5,", "\"format\": 5, \"view\": {\"board\": \"lmarena\"},"),
                PublishedRatingsFileTest.withPublished("{\"board\": \"lmarena-video\", \"date\": \"2026-05-12\", "
                        + "\"score\": 1445, \"source\": \"s\"}"),
                PublishedRatingsFileTest.withPublished(
                        "{\"board\": \"lmarena-text-to-video\", \"date\": \"2026-05-12\", "
                                + "\"score\": 1445, \"low\": 1430, \"source\": \"s\"}"),
                PublishedRatingsFileTest.withPublished(
                        "{\"board\": \"lmarena-text-to-video\", \"date\": \"2026-05-12\", "
                                + "\"score\": 1445, \"rank\": 1, \"source\": \"s\"}"),
                PublishedRatingsFileTest.withPublished(
                        "{\"board\": \"lmarena-text-to-video\", \"date\": \"2026-05-12\", " + "\"score\": 1445}"),
                PriceHistoryFileTest.withHistory("{\"date\": \"2025-01-20\", \"amount\": -1, \"source\": \"a\"}"),
                PriceHistoryFileTest.withHistory("{\"date\": \"2025-01-20\", \"amount\": 1}"),
                PriceHistoryFileTest.withHistory(
                        "{\"date\": \"2025-01-20\", \"amount\": 1, \"source\": \"a\", \"x\": 1}"),
                PriceHistoryFileTest.withHistory("{\"date\": \"20.01.2025\", \"amount\": 1, \"source\": \"a\"}"),
                ClipLibraryFileTest.withLibrary("\"product\": \"kling-1.6\", \"file", "\"model\": \"x\", \"file"),
                ClipLibraryFileTest.withLibrary(", \"file\": \"clips/p1/kling-1.6.mp4\"", ""),
                ClipLibraryFileTest.withLibrary("\"file\": \"clips/p1/kling-1.6.mp4\"", "\"file\": \" \""),
                ClipLibraryFileTest.withLibrary("\"product\": \"kling-1.6\"", "\"product\": \"Kling 1.6\""),
                ClipLibraryFileTest.withLibrary("\"clips\": [", "\"folder\": \"x\", \"clips\": ["));
    }

    @ParameterizedTest
    @MethodSource("invalidFiles")
    void invalidFile_isRefusedByBothTheSchemaAndTheReader(String json) throws Exception {
        assertFalse(schemaErrors(json).isEmpty(), "the schema refuses it");
        assertThrows(
                ProjectFileException.class,
                () -> ProjectReader.read(
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x.reelrank.json"));
    }
}
