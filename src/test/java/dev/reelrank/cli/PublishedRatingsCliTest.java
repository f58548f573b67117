package dev.reelrank.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reelrank.io.DefaultDataset;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.DemoVotes;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.VoteTally;
import dev.reelrank.testing.CliRun;
import dev.reelrank.testing.TestProjects;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ratings --source published} and {@code sample --demo-votes}. */
class PublishedRatingsCliTest {
    @TempDir
    Path folder;

    private static CliRun run(String... args) {
        return CliRun.of(new Cli(CliRun.noWindow()), args);
    }

    private Path market() throws Exception {
        Path file = folder.resolve(TestProjects.MARKET_FILE);
        ProjectFiles.write(TestProjects.publishedMarket(), file);
        return file;
    }

    @Test
    void oneBoardsRatings_bestFirst_asCsv_withWhatTheBoardPublished() throws Exception {
        CliRun run = run(
                "ratings",
                market().toString(),
                "--source",
                "published",
                "--board",
                "lmarena-text-to-video",
                "--format",
                "csv");
        assertEquals(0, run.code(), run.err());
        assertEquals(
                List.of(
                        "board,model,score,ci_low,ci_high,votes,date,source,url",
                        "lmarena-text-to-video,Veo 2,1250,1235,1265,14889,2026-05-12,Board page (test fixture),https://example.org/board",
                        "lmarena-text-to-video,Kling 1.6,1230,1210,1250,5000,2026-05-12,Board page (test fixture),https://example.org/board",
                        "lmarena-text-to-video,Sora,1200,1180,1220,9000,2026-05-12,Board page (test fixture),https://example.org/board"),
                run.out().lines().toList());
        assertEquals(
                "note: not on lmarena-text-to-video: Kling 1.0, Kling 1.5, Runway Gen-3 Alpha, Pika 1.5, "
                        + "Meta Movie Gen\n",
                run.err());
    }

    @Test
    void json_endsWithANewline_andParses() throws Exception {
        CliRun run = run(
                "ratings",
                market().toString(),
                "--source",
                "published",
                "--board",
                "lmarena-text-to-video",
                "--format",
                "json");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().endsWith("}\n") && !run.out().endsWith("\n\n"), run.out());
        assertEquals(3, new ObjectMapper().readTree(run.out()).get("ratings").size());
    }

    @Test
    void withoutABoard_theOneRatingTheMostProducts_inATableThatSaysItsScale() throws Exception {
        CliRun run = run("ratings", market().toString(), "--source", "published");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(
                "Artificial Analysis text-to-video: scores on the board's own scale, comparable only within it",
                lines.getFirst());
        assertTrue(lines.get(2).startsWith("Veo 2 ") && lines.get(2).contains("1180"), lines.get(2));
        assertTrue(
                lines.get(3).startsWith("Kling 1.6 ")
                        && lines.get(3).contains("1150")
                        && lines.get(3).contains("2026-05-01"),
                "the newest score: " + lines.get(3));
    }

    @Test
    void anUnknownBoard_aBoardWithoutRatings_orAProjectWithoutAny_isOneLine() throws Exception {
        Path file = market();
        CliRun unknown = run("ratings", file.toString(), "--source", "published", "--board", "lmarena");
        assertEquals(2, unknown.code());
        assertEquals(
                List.of("error: unknown board \"lmarena\"; expected one of artificial-analysis-text-to-video, "
                        + "artificial-analysis-image-to-video, lmarena-text-to-video, lmarena-image-to-video"),
                unknown.errLines());
        CliRun empty = run("ratings", file.toString(), "--source", "published", "--board", "lmarena-image-to-video");
        assertEquals(2, empty.code());
        assertEquals(1, empty.errLines().size(), empty.err());
        assertTrue(
                empty.err()
                        .contains(
                                "no published ratings on lmarena-image-to-video; boards with ratings: "
                                        + "artificial-analysis-text-to-video, lmarena-text-to-video, artificial-analysis-image-to-video"),
                empty.err());
        Path plain = folder.resolve("plain.reelrank.json");
        ProjectFiles.write(TestProjects.market(), plain);
        CliRun none = run("ratings", plain.toString(), "--source", "published");
        assertEquals(2, none.code());
        assertEquals(List.of("error: " + plain + ": no published ratings"), none.errLines());
        CliRun word = run("ratings", plain.toString(), "--source", "board");
        assertEquals(2, word.code());
        assertTrue(
                word.errLines().getFirst().contains("expected head-to-head or published, got \"board\""), word.err());
    }

    @Test
    void sampleWithDemoVotes_addsSampleTallies_andWithoutThemWritesTheDatasetAsItIs() throws Exception {
        Path plain = folder.resolve("plain.reelrank.json");
        assertEquals(0, run("sample", "--out", plain.toString()).code());
        assertEquals(DefaultDataset.load(), ProjectFiles.read(plain));

        Path demo = folder.resolve("demo.reelrank.json");
        CliRun run = run("sample", "--out", demo.toString(), "--demo-votes");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("with vote counts that are sample data, not published"), run.out());
        Project written = ProjectFiles.read(demo);
        Product veo = written.products().stream()
                .filter(p -> p.id().equals("veo-2"))
                .findFirst()
                .orElseThrow();
        VoteTally votes = veo.votes().orElseThrow();
        assertTrue(votes.sample(), "labelled sample data");
        assertEquals(List.of(1240L, 610L, 150L), List.of(votes.wins(), votes.losses(), votes.ties()));
        assertEquals(DemoVotes.SOURCE, votes.provenance().source());
    }

    @Test
    void demoVotes_neverReplaceRecordedVotes() {
        Project market = TestProjects.named("Recorded")
                .perSecond("veo-2", "Veo 2", "Veo", "0.5", "USD", 7, 8, 9)
                .perSecond("other", "Other", "Other", "0.5", "USD", 1, 2, 3)
                .sampleVotes()
                .build();
        Project demo = DemoVotes.addTo(market);
        assertEquals(market.products().getFirst(), demo.products().getFirst(), "recorded counts are kept");
        assertEquals(market.products().get(1), demo.products().get(1), "no demo numbers for an unknown product");
    }
}
