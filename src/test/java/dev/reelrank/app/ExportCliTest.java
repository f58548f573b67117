package dev.reelrank.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.cli.Cli;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.ChartView;
import dev.reelrank.model.CostBasis;
import dev.reelrank.model.Project;
import dev.reelrank.model.Provenance;
import dev.reelrank.testing.CliRun;
import dev.reelrank.testing.TestProjects;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxToolkit;

/** {@code reelrank export} draws every kind of chart headless, at exactly the size asked for. */
class ExportCliTest {
    @TempDir
    Path folder;

    @BeforeAll
    static void startToolkitTheWayTestFxDoes() throws Exception {
        // Other test classes share this JVM through TestFX, which must be the one to start JavaFX.
        FxToolkit.registerPrimaryStage();
    }

    private static CliRun run(String... args) {
        return CliRun.of(new Cli(CliRun.noWindow(), new HeadlessImageExporter()), args);
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cost", "rating", "trend", "price-history", "value", "heatmap", "dashboard"})
    void everyChart_isDrawnAtExactlyWidthTimesScale(String chart) throws Exception {
        Path png = folder.resolve(chart + ".png");
        Path project = folder.resolve("h2h.reelrank.json");
        ProjectFiles.write(withHeadToHead(), project);
        CliRun run = run(
                "export",
                project.toString(),
                "--chart",
                chart,
                "--out",
                png.toString(),
                "--width",
                "640",
                "--height",
                "360",
                "--scale",
                "2");
        assertEquals(0, run.code(), run.err());
        assertEquals("wrote " + png + ": 1280 x 720 px", run.out().strip());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(720, image.getHeight());
        assertTrue(colours(image) > 20, chart + " looks blank: " + colours(image) + " colours");
    }

    /** A test market with blind-test votes between three products, so that every chart has data. */
    private static Project withHeadToHead() {
        var provenance = new Provenance("test votes", null, LocalDate.of(2025, 3, 1));
        return TestProjects.market()
                .withPair("veo-2", "kling-1.6", 60, 40, 5, provenance)
                .withPair("veo-2", "sora", 55, 45, 3, provenance)
                .withPair("kling-1.6", "sora", 52, 48, 4, provenance);
    }

    @Test
    void thePriceHistory_isDrawnFromAFileWithHistories() throws Exception {
        Path png = folder.resolve("history.png");
        Path project = folder.resolve("history.reelrank.json");
        ProjectFiles.write(TestProjects.priceHistory(), project);
        CliRun run = run(
                "export",
                project.toString(),
                "--chart",
                "price-history",
                "--out",
                png.toString(),
                "--width",
                "1920",
                "--height",
                "1080");
        assertEquals(0, run.code(), run.err());
        assertTrue(colours(ImageIO.read(png.toFile())) > 20);
    }

    @Test
    void aHeatmapWithoutHeadToHeadVotes_isAOneLineError() throws Exception {
        Path png = folder.resolve("empty.png");
        Path project = folder.resolve("no-h2h.reelrank.json");
        ProjectFiles.write(TestProjects.market(), project);
        CliRun run = run("export", project.toString(), "--chart", "heatmap", "--out", png.toString());
        assertEquals(2, run.code());
        assertEquals(
                "error: " + project + " has no head-to-head votes to draw a heatmap from; import battles "
                        + "first (reelrank import-battles)",
                run.err().strip());
        assertFalse(Files.exists(png));
    }

    @Test
    void theTitle_isReallyDrawn() throws Exception {
        Path with = folder.resolve("with.png");
        Path without = folder.resolve("without.png");
        assertEquals(
                0,
                run("export", "--chart", "cost", "--out", with.toString(), "--width", "960", "--height", "540")
                        .code());
        assertEquals(
                0,
                run(
                                "export",
                                "--chart",
                                "cost",
                                "--out",
                                without.toString(),
                                "--width",
                                "960",
                                "--height",
                                "540",
                                "--title",
                                "")
                        .code());
        BufferedImage a = ImageIO.read(with.toFile());
        BufferedImage b = ImageIO.read(without.toFile());
        int[] top = a.getRGB(0, 0, 960, 60, null, 0, 960);
        int[] blankTop = b.getRGB(0, 0, 960, 60, null, 0, 960);
        assertFalse(Arrays.equals(top, blankTop), "the title band is the same with and without a title");
        assertTrue(colours(a.getSubimage(0, 0, 960, 60)) > colours(b.getSubimage(0, 0, 960, 60)));
    }

    @Test
    void theProjectsSavedChartView_choosesWhatTheChartShows() throws Exception {
        Path perMinute = folder.resolve("minute.reelrank.json");
        Path perClip = folder.resolve("clip.reelrank.json");
        var project = TestProjects.market();
        ProjectFiles.write(project, perMinute);
        ProjectFiles.write(project.withView(ChartView.DEFAULT.withCostBasis(CostBasis.PER_FIVE_SECOND_CLIP)), perClip);
        Path a = folder.resolve("a.png");
        Path b = folder.resolve("b.png");
        Path c = folder.resolve("c.png");
        for (Path[] job : new Path[][] {{perMinute, a}, {perClip, b}, {perClip, c}}) {
            CliRun run = run(
                    "export",
                    job[0].toString(),
                    "--chart",
                    "cost",
                    "--out",
                    job[1].toString(),
                    "--width",
                    "960",
                    "--height",
                    "540",
                    "--title",
                    "x");
            assertEquals(0, run.code(), run.err());
        }
        // The same title on all three: only the chart itself can make the per-clip images differ.
        int[] minute = ImageIO.read(a.toFile()).getRGB(0, 80, 960, 400, null, 0, 960);
        int[] clip = ImageIO.read(b.toFile()).getRGB(0, 80, 960, 400, null, 0, 960);
        int[] clipAgain = ImageIO.read(c.toFile()).getRGB(0, 80, 960, 400, null, 0, 960);
        assertTrue(Arrays.equals(clip, clipAgain), "one project, one picture");
        assertFalse(Arrays.equals(minute, clip), "the per-clip view draws another chart");
    }

    @Test
    void transparentTheme_leavesTheBackgroundClear() throws Exception {
        Path png = folder.resolve("clear.png");
        assertEquals(
                0,
                run(
                                "export",
                                "--chart",
                                "rating",
                                "--theme",
                                "transparent",
                                "--out",
                                png.toString(),
                                "--width",
                                "640",
                                "--height",
                                "360")
                        .code());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(0, image.getRGB(2, 2) >>> 24, "the corner should be fully transparent");
    }

    @Test
    void badRequests_areOneLineErrors_andWriteNothing() throws Exception {
        Path png = folder.resolve("x.png");
        CliRun unknown = run("export", "--chart", "pie", "--out", png.toString());
        assertEquals(2, unknown.code());
        assertEquals(
                "error: --chart must be one of cost, rating, trend, price-history, value, heatmap, dashboard, blind-test, not \"pie\"",
                unknown.err().strip());
        assertEquals(
                2,
                run("export", "--chart", "cost", "--out", png.toString(), "--width", "0")
                        .code());
        CliRun root = run("export", "--chart", "cost", "--out", "/");
        assertEquals(2, root.code());
        assertEquals("error: / does not end in .png", root.err().strip());
        CliRun huge = run(
                "export",
                "--chart",
                "cost",
                "--out",
                png.toString(),
                "--width",
                "3840",
                "--height",
                "2160",
                "--scale",
                "3");
        assertEquals(2, huge.code());
        assertEquals(1, huge.err().lines().count());
        assertTrue(huge.err().contains("11520 x 6480 px; at most 8192"), huge.err());
        assertFalse(Files.exists(png));
        CliRun noFolder = run(
                "export",
                "--chart",
                "cost",
                "--out",
                folder.resolve("missing/x.png").toString());
        assertEquals(2, noFolder.code());
        assertTrue(noFolder.err().startsWith("error: the folder "), noFolder.err());

        Files.writeString(png, "keep me");
        CliRun exists = run("export", "--chart", "cost", "--out", png.toString());
        assertEquals(2, exists.code());
        assertEquals("keep me", Files.readString(png));

        Path locked = Files.createDirectory(folder.resolve("locked"));
        assertTrue(locked.toFile().setWritable(false));
        try {
            CliRun unwritable = run(
                    "export",
                    "--chart",
                    "cost",
                    "--out",
                    locked.resolve("x.png").toString(),
                    "--width",
                    "640",
                    "--height",
                    "360");
            if (!locked.toFile().canWrite()) {
                assertEquals(1, unwritable.code());
                assertEquals(1, unwritable.err().lines().count(), unwritable.err());
                assertArrayEquals(new String[0], locked.toFile().list());
            }
        } finally {
            locked.toFile().setWritable(true);
        }
    }
}
