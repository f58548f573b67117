package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.reelrank.model.Battle;
import dev.reelrank.model.Project;
import dev.reelrank.model.VoteOutcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Blind tests and their votes in the project file (format 4): read, written back, and bad ones refused. */
class BlindTestFileTest {
    private static final String FILE = "test.reelrank.json";

    static final String BLIND_TEST = """
              "blindTests": [
                {
                  "id": "office-test",
                  "created": "2026-11-30T09:00:00Z",
                  "seed": -42,
                  "products": ["kling-1.6", "veo-2", "sora"],
                  "prompts": [{"id": "p1", "text": "A cat on a windowsill, 可灵 test"}]
                }
              ],
              "battles": [
                {"blindTest": "office-test", "a": "veo-2", "b": "kling-1.6", "outcome": "a", "prompt": "p1",
                 "time": "2026-11-30T09:05:12Z", "voters": 1},
                {"blindTest": "office-test", "a": "sora", "b": "veo-2", "outcome": "both-bad", "prompt": "p1",
                 "time": "2026-11-30T09:06:00.250Z", "voters": 7}
              ],
            """;

    static String withBlindTest(String from, String to) {
        return TestProjects.with("\"format\": 5,", "\"format\": 5," + BLIND_TEST.replace(from, to));
    }

    private static Project read(String json) throws Exception {
        return ProjectReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    @Test
    void votesAreRead_withTheirTestProductsPromptTimeAndShowOfHands_andWrittenBackAsTheyWere() throws Exception {
        Project project = read(withBlindTest("", ""));
        assertEquals(-42, project.blindTests().getFirst().seed());
        assertEquals(
                new Battle(
                        "office-test",
                        "sora",
                        "veo-2",
                        VoteOutcome.BOTH_BAD,
                        "p1",
                        Instant.parse("2026-11-30T09:06:00.250Z"),
                        7),
                project.battles().get(1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProjectWriter.write(project, out);
        assertEquals(project, read(out.toString(StandardCharsets.UTF_8)));
    }

    /**
     * A blind test saved in format 4 had its schedule made by the first rules; it keeps them, written out
     * when saved, so that it resumes on the order of pairs its votes were cast on. A new test gets the
     * latest rules.
     */
    @Test
    void aFormat4BlindTest_keepsTheFirstScheduleRules_andSavesThem() throws Exception {
        String format4 = withBlindTest("", "").replace("\"format\": 5,", "\"format\": 4,");
        Project project = read(format4);
        var test = project.blindTests().getFirst();
        assertEquals(dev.reelrank.model.BlindTest.FIRST_SCHEDULE_RULES, test.scheduleRules());
        assertEquals(
                dev.reelrank.model.blindtest.BlindTestSchedule.make(
                        test.products(),
                        java.util.List.of("p1"),
                        -42,
                        3,
                        dev.reelrank.model.BlindTest.FIRST_SCHEDULE_RULES),
                dev.reelrank.model.blindtest.BlindTestProgress.scheduleOf(test));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProjectWriter.write(project, out);
        String saved = out.toString(StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(saved.contains("\"scheduleRules\": 1"), saved);
        assertEquals(project, read(saved));
        var made = new dev.reelrank.model.BlindTest(
                "new-test", Instant.parse("2026-12-01T09:00:00Z"), 7, test.products(), test.prompts());
        assertEquals(dev.reelrank.model.BlindTest.LATEST_SCHEDULE_RULES, made.scheduleRules());
    }

    @Test
    void scheduleRulesThisReelRankDoesNotKnow_areRefusedInOneLine() {
        var problem = assertThrows(
                ProjectFileException.class,
                () -> read(withBlindTest("\"seed\": -42,", "\"seed\": -42, \"scheduleRules\": 3,")));
        org.junit.jupiter.api.Assertions.assertTrue(
                problem.getMessage()
                        .contains("scheduleRules: is 3, schedule rules this ReelRank does not know (it knows 1 to 2)"),
                problem.getMessage());
        org.junit.jupiter.api.Assertions.assertFalse(problem.getMessage().contains("\n"), problem.getMessage());
    }

    static Stream<Arguments> badVotes() {
        return Stream.of(
                Arguments.of(
                        "a vote of a blind test the file does not hold",
                        withBlindTest(
                                "{\"blindTest\": \"office-test\", \"a\": \"sora\"",
                                "{\"blindTest\": \"other\", \"a\": \"sora\""),
                        "a vote names the blind test \"other\", which this project does not hold"),
                Arguments.of(
                        "a product the blind test did not compare",
                        withBlindTest(
                                "\"a\": \"veo-2\", \"b\": \"kling-1.6\"", "\"a\": \"pika\", \"b\": \"kling-1.6\""),
                        "a vote names \"pika\", which is not part of the blind test \"office-test\""),
                Arguments.of(
                        "a prompt the blind test did not use",
                        withBlindTest(
                                "\"outcome\": \"a\", \"prompt\": \"p1\"", "\"outcome\": \"a\", \"prompt\": \"p9\""),
                        "a vote names \"p9\", which is not part of the blind test \"office-test\""),
                Arguments.of(
                        "no voters",
                        withBlindTest("\"voters\": 7", "\"voters\": 0"),
                        "battles[1].voters: must be 1 or more (got 0)"),
                Arguments.of(
                        "an outcome that is not a word of the format",
                        withBlindTest("\"outcome\": \"a\"", "\"outcome\": \"left\""),
                        "outcome: expected one of a, b, tie, both-bad"),
                Arguments.of(
                        "a time without its zone",
                        withBlindTest("\"time\": \"2026-11-30T09:05:12Z\"", "\"time\": \"2026-11-30 09:05\""),
                        "expected a time like \"2026-11-30T14:05:00Z\" (UTC), got \"2026-11-30 09:05\""),
                Arguments.of(
                        "a blind test of one product",
                        withBlindTest("[\"kling-1.6\", \"veo-2\", \"sora\"]", "[\"kling-1.6\"]"),
                        "a blind test needs at least two different products"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badVotes")
    void aBadVoteOrBlindTest_isRefusedWithOneLineThatSaysWhat(String what, String json, String expected) {
        ProjectFileException problem = assertThrows(ProjectFileException.class, () -> read(json));
        String message = problem.getMessage();
        assertEquals(true, message.contains(expected), message);
        assertEquals(false, message.contains("\n"), message);
    }
}
