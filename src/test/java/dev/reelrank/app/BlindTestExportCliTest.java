package dev.reelrank.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.cli.Cli;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.Battle;
import dev.reelrank.model.BlindTest;
import dev.reelrank.model.BlindTestPrompt;
import dev.reelrank.model.VoteOutcome;
import dev.reelrank.testing.CliRun;
import dev.reelrank.testing.TestProjects;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** export --chart blind-test draws a blind test's results slide, as a whole process would. */
class BlindTestExportCliTest {
    private static final Instant NINE = Instant.parse("2026-11-30T09:00:00Z");

    @TempDir
    Path folder;

    @BeforeAll
    static void startToolkitTheWayTestFxDoes() throws Exception {
        // TestFX must be the one to start JavaFX when GUI tests share this JVM: started by the exporter's
        // own Platform.startup, later GUI tests lost their mouse and keys.
        FxToolkit.registerPrimaryStage();
    }

    private static CliRun run(String... args) {
        return CliRun.of(new Cli(CliRun.noWindow(), new HeadlessImageExporter()), args);
    }

    private Path projectWithATest() throws Exception {
        BlindTest office = new BlindTest(
                "office",
                NINE,
                7,
                List.of("kling-1.6", "veo-2", "sora"),
                List.of(new BlindTestPrompt("p1", "A city at night"), new BlindTestPrompt("p2", "A cat")));
        Path file = folder.resolve("room.reelrank.json");
        ProjectFiles.write(
                TestProjects.market()
                        .withBlindTest(office)
                        .withBattles(List.of(
                                new Battle("office", "veo-2", "sora", VoteOutcome.A, "p1", NINE.plusSeconds(5), 6),
                                new Battle("office", "veo-2", "sora", VoteOutcome.B, "p1", NINE.plusSeconds(5), 2),
                                new Battle("office", "kling-1.6", "veo-2", VoteOutcome.B, "p2", NINE.plusSeconds(9), 1),
                                new Battle(
                                        "office",
                                        "sora",
                                        "kling-1.6",
                                        VoteOutcome.TIE,
                                        "p2",
                                        NINE.plusSeconds(20),
                                        1))),
                file);
        return file;
    }

    @Test
    void theResultsSlide_isDrawnForTheTestAskedFor() throws Exception {
        Path project = projectWithATest();
        Path png = folder.resolve("results.png");

        CliRun done =
                run("export", project.toString(), "--chart", "blind-test", "--test", "office", "--out", png.toString());

        assertEquals(0, done.code(), done.err());
        assertEquals("wrote " + png + ": 1920 x 1080 px", done.out().strip());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(List.of(1920, 1080), List.of(image.getWidth(), image.getHeight()));
        assertTrue(darkPixels(image) > 2_000, "text is drawn: " + darkPixels(image));
    }

    @Test
    void withoutTest_theResultsAreThoseOfTheLatestBlindTest() throws Exception {
        Path png = folder.resolve("latest.png");
        CliRun done = run("export", projectWithATest().toString(), "--chart", "blind-test", "--out", png.toString());
        assertEquals(0, done.code(), done.err());
        assertTrue(Files.size(png) > 0);
    }

    @Test
    void anUnknownTest_orAProjectWithoutOne_isOneLineAndExitTwo_andNoFile() throws Exception {
        Path png = folder.resolve("none.png");
        CliRun unknown = run(
                "export",
                projectWithATest().toString(),
                "--chart",
                "blind-test",
                "--test",
                "lab",
                "--out",
                png.toString());
        assertEquals(2, unknown.code());
        assertEquals(1, unknown.errLines().size(), unknown.err());
        assertTrue(unknown.err().contains("has no blind test lab; it has office"), unknown.err());

        CliRun none = run("export", "--chart", "blind-test", "--out", png.toString());
        assertEquals(2, none.code());
        assertEquals(
                List.of("error: the default dataset has no blind test; run one in the window (View > Blind Test...)"),
                none.errLines());
        assertFalse(Files.exists(png));
    }

    private static long darkPixels(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int luminance = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (luminance < 200) {
                    dark++;
                }
            }
        }
        return dark;
    }

    @Test
    void validate_countsTheBlindTestsAndTheirVotes() throws Exception {
        // A user trial: validate said "0 vote tallies" of a project holding three blind tests, and nothing else.
        CliRun validate = run("validate", projectWithATest().toString());
        assertEquals(0, validate.code(), validate.err());
        assertTrue(validate.out().endsWith(" vote tallies, 1 blind test (10 votes)\n"), validate.out());
    }
}
