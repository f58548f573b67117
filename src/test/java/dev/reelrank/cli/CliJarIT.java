package dev.reelrank.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.io.DefaultDataset;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.Project;
import dev.reelrank.testing.PngText;
import dev.reelrank.testing.TestProjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged jar the way the README says, {@code java -jar target/reelrank.jar ...}, and
 * checks exactly what a user sees: stdout, stderr and the exit code.
 */
class CliJarIT {
    @TempDir
    Path folder;

    private record Run(int code, String out, String err) {}

    private static Run java(String... args) throws IOException, InterruptedException {
        return run(Map.of(), List.of(), args);
    }

    private static Run java(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return run(environment, List.of(), args);
    }

    private static Run javaWith(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        return run(Map.of(), jvmOptions, args);
    }

    private static Run run(Map<String, String> environment, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        String jar = System.getProperty("reelrank.jar", "target/reelrank.jar");
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "finished");
        return new Run(
                process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void version() throws Exception {
        Run run = java("--version");
        assertEquals(0, run.code());
        assertTrue(run.out().matches("ReelRank \\d+\\.\\d+\\.\\d+\\S*\\R"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void export_drawsAPngWithoutADisplay() throws Exception {
        Path png = folder.resolve("cost.png");
        Run run = java(
                "export",
                "--chart",
                "cost",
                "--lang",
                "zh",
                "--width",
                "800",
                "--height",
                "450",
                "--scale",
                "2",
                "--out",
                png.toString());
        assertEquals(0, run.code(), run.err());
        var image = ImageIO.read(png.toFile());
        assertEquals(1600, image.getWidth());
        assertEquals(900, image.getHeight());
        // The slide names its sources short; the file keeps each one whole.
        Map<String, String> text = PngText.of(Files.readAllBytes(png));
        assertEquals("ReelRank", text.get("Software"));
        assertTrue(text.get("Description").contains("(ReelRank did not open the page itself)"), text.toString());
        Run bad = java(
                "export",
                "--chart",
                "rating",
                "--scale",
                "4",
                "--out",
                folder.resolve("x.png").toString());
        assertEquals(2, bad.code());
        assertEquals("error: --scale must be 1, 2 or 3, not 4\n", bad.err());
    }

    @Test
    void sampleThenValidate_printsTheSummary_andNothingOnStderr() throws Exception {
        Path file = folder.resolve("sample.reelrank.json");
        Run sample = java("sample", "--out", file.toString());
        assertEquals(0, sample.code(), sample.err());
        assertEquals("", sample.err(), "a headless command starts no JavaFX, so prints no JavaFX warnings");
        Run validate = java("validate", file.toString());
        assertEquals(0, validate.code());
        Project dataset = DefaultDataset.load();
        assertEquals(
                "ok: " + dataset.products().size() + " products, " + dataset.priceOptionCount() + " price options ("
                        + ValidateCommand.kinds(dataset) + "), " + dataset.voteTallyCount() + " vote tallies\n",
                validate.out());
        assertEquals("", validate.err());
    }

    @Test
    void validate_eachKindOfBadFile_exactlyOneLine_code2_fileByteIdentical() throws Exception {
        // TestProjects.market(): Veo 2 costs 0.5 USD a second, from Google, and won 1,500 votes.
        Path validFile = folder.resolve("valid.reelrank.json");
        ProjectFiles.write(TestProjects.market(), validFile);
        String valid = Files.readString(validFile);
        List<String> bad = List.of(
                valid.replace("\"format\": 5", "\"format\": 7"),
                valid.replace("\"amount\": 0.5", "\"amount\": \"0.5\""),
                valid.replace("\"vendor\": \"Google\",", ""),
                valid.replace("\"amount\": 0.5", "\"amount\": -0.5"),
                valid.replace("\"amount\": 0.5", "\"amount\": NaN"),
                valid.replace("\"amount\": 0.5", "\"amount\": 1e12"),
                valid.replace("\"wins\": 1500", "\"wins\": 1500000000000000"),
                valid.replace("\"id\": \"sora\"", "\"id\": \"veo-2\""),
                valid.replace("\"currency\": \"USD\"", "\"currency\": \"US$\""),
                valid.replace("\"name\": \"Sora\",", "\"name\": \"Sora\", \"name\": \"Sora\","),
                valid + "\n{}",
                "",
                "\u0000\u0001 not json");
        for (String content : bad) {
            assertNotEquals(valid, content, "each bad file differs from the valid one");
            Path file = folder.resolve("bad.reelrank.json");
            Files.writeString(file, content);
            byte[] before = Files.readAllBytes(file);
            Run run = java("validate", file.toString());
            assertEquals(2, run.code(), run.err());
            assertEquals("", run.out());
            List<String> lines = run.err().lines().toList();
            assertEquals(1, lines.size(), run.err());
            assertTrue(lines.getFirst().startsWith("error: " + file), lines.getFirst());
            assertArrayEquals(before, Files.readAllBytes(file));
        }
    }

    /** Issue 16: under LC_ALL=C the JVM's streams are ASCII, and '可灵 1.6' printed as '?? 1.6'. */
    @Test
    void underTheCLocale_stdoutAndStderr_areUtf8() throws Exception {
        Path file = folder.resolve("zh.reelrank.json");
        assertEquals(0, java("sample", "--out", file.toString()).code());
        Files.writeString(file, Files.readString(file).replace("\"name\": \"Kling 1.6\"", "\"name\": \"可灵 1.6\""));
        Run run = java(Map.of("LC_ALL", "C"), "ratings", file.toString(), "--source", "published");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains(" \u2013 "), "the interval's dash: " + run.out());
        assertTrue(run.err().contains("可灵 1.6"), run.err());
        assertFalse(run.out().contains("?") || run.err().contains("?"), run.out() + run.err());
    }

    /**
     * Issue 16: under LC_ALL=C the JVM reads file names as ASCII, fixed at its start (-Dsun.jnu.encoding
     * is ignored), so a Chinese file name cannot be opened by {@code java -jar}. It was exit 2 with an
     * InvalidPathException, the usage and the name as question marks; now one line names the file and the fix.
     */
    @Test
    void underTheCLocale_aChinesePath_isOneLine_namingTheFileAndTheFix() throws Exception {
        Assumptions.assumeTrue(
                "UTF-8".equals(System.getProperty("sun.jnu.encoding")),
                "this test's own JVM must run in a UTF-8 locale");
        Path file = Files.createDirectories(folder.resolve("测试")).resolve("项目.reelrank.json");
        assertEquals(
                0,
                java(Map.of("LC_ALL", "C.UTF-8"), "sample", "--out", file.toString())
                        .code());
        Run run = java(Map.of("LC_ALL", "C"), "validate", file.toString());
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertEquals(
                "error: cannot open " + file + ": under this locale Java reads file names as US-ASCII, which has no "
                        + "such characters; set LC_ALL or LANG to a UTF-8 locale (for example LC_ALL=C.UTF-8) and run again\n",
                run.err());
        Run fixed = java(Map.of("LC_ALL", "C.UTF-8"), "validate", file.toString());
        assertEquals(0, fixed.code(), fixed.err());
        assertTrue(fixed.out().startsWith("ok: "), fixed.out());
    }

    @Test
    void usageError_code2_unwritableOutput_code1() throws Exception {
        Run usage = java("validate", "a", "b");
        assertEquals(2, usage.code());
        assertTrue(usage.err().startsWith("error: "), usage.err());
        Path file = Files.writeString(folder.resolve("a-file"), "x");
        Run unwritable = java("sample", "--out", file.resolve("x.reelrank.json").toString());
        assertEquals(1, unwritable.code());
        assertEquals(1, unwritable.err().lines().count(), unwritable.err());
    }

    @Test
    void outOfMemory_isOneLine_exit1() throws Exception {
        // 800 models, every pair: the ratings need far more than 16 MB of heap
        StringBuilder rows = new StringBuilder("model_a,model_b,winner\n");
        for (int a = 0; a < 800; a++) {
            for (int b = a + 1; b < 800; b++) {
                rows.append("model-").append(a).append(",model-").append(b).append(",model_a\n");
            }
        }
        Path csv = Files.writeString(folder.resolve("all-pairs.csv"), rows);
        Run run = javaWith(List.of("-Xmx16m"), "ratings", "--battles", csv.toString());
        assertEquals(1, run.code(), run.err());
        assertEquals(
                "error: out of memory; give Java more with -Xmx (for example JAVA_TOOL_OPTIONS=-Xmx4g), "
                        + "or split the input\n",
                run.err(),
                "one line, no stack trace");
    }

    @Test
    void export_withTheFlagTheReadmeGives_printsOnlyItsResult() throws Exception {
        Path png = folder.resolve("cost.png");
        Run run = javaWith(
                List.of("-Dsun.misc.unsafe.memory.access=allow"),
                "export",
                "--chart",
                "cost",
                "--width",
                "800",
                "--height",
                "450",
                "--out",
                png.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err(), "no JavaFX or JDK warnings");
        assertEquals("wrote " + png + ": 800 x 450 px\n", run.out());
    }
}
