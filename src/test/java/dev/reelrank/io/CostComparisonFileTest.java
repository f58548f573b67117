package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.reelrank.model.CostComparison;
import dev.reelrank.model.Project;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The optional {@code costComparison} field: written only when not the default, read back, refused when wrong. */
class CostComparisonFileTest {
    private static final JsonSchema SCHEMA = schema();

    private static JsonSchema schema() {
        try (InputStream in = Files.newInputStream(Path.of("docs", "project.schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String written(Project project) throws Exception {
        var out = new ByteArrayOutputStream();
        ProjectWriter.write(project, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Project read(String json) throws Exception {
        return ProjectReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "c.reelrank.json");
    }

    private static String withComparison(String comparison) {
        return TestProjects.with("\"format\": 5,", "\"format\": 5, \"costComparison\": " + comparison + ",");
    }

    @Test
    void theDefault_isNotWritten_andAFileWithoutTheField_readsAsTheDefault() throws Exception {
        Project market = dev.reelrank.testing.TestProjects.market();
        assertEquals(CostComparison.DEFAULT, market.costComparison());
        assertFalse(written(market).contains("costComparison"));
        assertEquals(
                new CostComparison("kling-1.6", List.of("veo-2", "sora")),
                read(TestProjects.VALID).costComparison());
    }

    @Test
    void anotherComparison_isWrittenAfterTheView_satisfiesTheSchema_andReadsBack() throws Exception {
        // Sora is compared with a product the project does not hold (deleted since): that is kept as it is.
        CostComparison chosen = new CostComparison("sora", List.of("kling-1.6", "gone-1"));
        Project project = dev.reelrank.testing.TestProjects.market().withCostComparison(chosen);
        String json = written(project);
        assertTrue(json.contains("""
                  "costComparison": {
                    "reference": "sora",
                    "against": [
                      "kling-1.6",
                      "gone-1"
                    ]
                  }
                }
                """), json);
        assertEquals(0, SCHEMA.validate(new ObjectMapper().readTree(json)).size());
        assertEquals(project, read(json));
        assertEquals(
                chosen,
                read(withComparison("{\"reference\": \"sora\", \"against\": [\"kling-1.6\", \"gone-1\"]}"))
                        .costComparison());
    }

    static Stream<Arguments> badComparisons() {
        return Stream.of(
                Arguments.of("{\"reference\": \"kling-1.6\"}", "costComparison.against: is missing"),
                Arguments.of("{\"against\": [\"veo-2\"]}", "costComparison.reference: is missing"),
                Arguments.of(
                        "{\"reference\": \"kling-1.6\", \"against\": []}",
                        "costComparison.against: must name at least one product to compare with"),
                Arguments.of(
                        "{\"reference\": \"kling-1.6\", \"against\": [\"veo-2\", \"veo-2\"]}",
                        "costComparison.against: names \"veo-2\" twice"),
                Arguments.of(
                        "{\"reference\": \"kling-1.6\", \"against\": [\"kling-1.6\"]}",
                        "costComparison.against: must not name \"kling-1.6\", the product compared with them"),
                Arguments.of(
                        "{\"reference\": \"Kling 1.6\", \"against\": [\"veo-2\"]}",
                        "costComparison.reference: must be 1 to 64 lower-case letters"),
                Arguments.of(
                        "{\"reference\": \"kling-1.6\", \"against\": [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\"]}",
                        "costComparison.against: holds more than 6 entries; ReelRank reads at most 6"),
                Arguments.of(
                        "{\"reference\": \"kling-1.6\", \"against\": \"veo-2\"}",
                        "costComparison.against: expected the products compared with (a list in [])"),
                Arguments.of(
                        "{\"reference\": \"kling-1.6\", \"against\": [\"veo-2\"], \"others\": []}",
                        "costComparison.others: unknown field; expected one of reference, against"));
    }

    @ParameterizedTest
    @MethodSource("badComparisons")
    void aWrongComparison_isRefusedByTheReaderInOneLine_andByTheSchema(String comparison, String expected)
            throws Exception {
        String json = withComparison(comparison);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> read(json));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        if (!comparison.contains("[\"kling-1.6\"]")) {
            // The one rule a schema cannot say: the reference among the products compared with it.
            assertFalse(SCHEMA.validate(new ObjectMapper().readTree(json)).isEmpty(), "the schema refuses it too");
        }
    }
}
