package dev.reelrank.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.reelrank.io.StartPictureFile;
import dev.reelrank.io.StartPictureFile.Picture;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop app image as a user gets it (mvn -Pdist verify): its own launcher starts the window
 * headless, quietly, on the AOT cache it was built with; the same launcher runs the command line;
 * the desktop entry installs for one user and passes desktop-file-validate.
 */
class LauncherIT {
    private static Path image;

    @TempDir
    Path home;

    @BeforeAll
    static void findImage() {
        image = Path.of(System.getProperty("reelrank.image", "target/dist/ReelRank"));
        assertTrue(Files.isExecutable(image.resolve("bin/ReelRank")), "no launcher in " + image);
    }

    private record Run(int code, String out, String err) {}

    private Run run(Map<String, String> extraEnvironment, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(image.resolve("bin/ReelRank").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // No display: the window is drawn on Monocle's headless screen. The user's settings stay untouched.
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        builder.environment().put("XDG_STATE_HOME", home.resolve(".local/state").toString());
        builder.environment().put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        builder.environment().put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        builder.environment().putAll(extraEnvironment);
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        Process process =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the launcher did not finish: " + command);
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void smoke_paintsTheFirstChart_printsTheTime_andNothingElse() throws Exception {
        Run run = run(Map.of(), "--smoke");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().matches("first paint in \\d+ ms\\R"), run.out());
        assertEquals("", run.err(), "a normal start prints no warnings");
    }

    @Test
    void theAotCache_matchesTheImage() throws Exception {
        assertTrue(Files.isRegularFile(image.resolve("lib/app/reelrank.aot")));
        assertTrue(Files.readString(image.resolve("lib/app/ReelRank-java.cfg"))
                .contains("-XX:AOTCache=$APPDIR/reelrank.aot"));
        // AOTMode=on refuses to start when the cache does not fit the runtime and class path.
        Run run = run(Map.of("JAVA_TOOL_OPTIONS", "-XX:AOTMode=on"), "--smoke");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("first paint in "), run.out());
        assertEquals(
                List.of("Picked up JAVA_TOOL_OPTIONS: -XX:AOTMode=on"),
                run.err().lines().toList());
    }

    /**
     * Issue 18: a start keeps the picture of its finished window; the next start with the same inputs
     * shows it first, builds the window behind it, and the window draws those very pixels (else the
     * picture would be rewritten and the difference logged). A damaged picture is a normal start.
     */
    @Test
    void aSecondStart_showsThePictureTheFirstKept_andTheWindowDrawsItsPixels() throws Exception {
        Path picture = home.resolve(".cache/reelrank/start-picture.bin");
        Path log = home.resolve(".local/state/reelrank/reelrank.log");
        List<String> traces = new ArrayList<>();
        for (int start = 1; start <= 3; start++) {
            Path trace = home.resolve("trace-" + start);
            Run run = run(Map.of("JAVA_TOOL_OPTIONS", "-Dreelrank.startupTrace=" + trace), "--smoke");
            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().startsWith("first paint in "), run.out());
            traces.add(String.join("|", Files.readAllLines(trace)));
            if (start == 1) {
                assertTrue(Files.size(picture) > 1000, "the first start keeps its picture");
            }
        }
        byte[] kept = Files.readAllBytes(picture);
        Files.write(home.resolve("kept.bin"), kept);
        assertFalse(
                traces.get(0).indexOf("first frame painted") < traces.get(0).indexOf("window shown"), traces.get(0));
        for (String later : traces.subList(1, 3)) {
            // The picture is on the screen before the window is even built.
            assertTrue(later.indexOf("first frame painted") < later.indexOf("window shown"), later);
            assertTrue(later.contains("window painted over the start's picture"), later);
        }
        assertFalse(
                Files.exists(log) && Files.readString(log).contains("other pixels"),
                "the window drew what the picture showed");

        Files.write(picture, Arrays.copyOf(kept, kept.length / 2));
        Run damaged = run(Map.of(), "--smoke");
        assertEquals(0, damaged.code(), damaged.err());
        assertEquals("", damaged.err());
        assertTrue(damaged.out().startsWith("first paint in "), damaged.out());
        Picture before = StartPictureFile.read(home.resolve("kept.bin")).orElseThrow();
        Picture after = StartPictureFile.read(picture).orElseThrow(() -> new AssertionError("no whole picture"));
        assertEquals(List.of(before.width(), before.height()), List.of(after.width(), after.height()));
        assertEquals(-1, before.pixels().mismatch(after.pixels()), "the damaged picture is replaced by the window's");
    }

    @Test
    void theFonts_areFilesOfTheImage_thatTheLauncherNames() throws Exception {
        for (String font : List.of("ReelRankSansCJK-Regular.otf", "ReelRankSansCJK-Bold.otf")) {
            assertTrue(Files.size(image.resolve("lib/app/fonts/" + font)) > 1_000_000, font);
        }
        assertTrue(Files.readString(image.resolve("lib/app/ReelRank-java.cfg"))
                .contains("-Dreelrank.fonts=$APPDIR/fonts"));
        assertTrue(Files.readString(image.resolve("bin/ReelRank")).contains("-Dreelrank.fonts=$app/fonts"));
    }

    @Test
    void theLauncher_runsTheCommandLineToo() throws Exception {
        Run version = run(Map.of(), "--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("ReelRank "), version.out());
        Path bad = Files.writeString(home.resolve("bad.reelrank.json"), "{\"format\": 9}");
        Run invalid = run(Map.of(), "validate", bad.toString());
        assertEquals(2, invalid.code());
        assertEquals(1, invalid.err().lines().count(), invalid.err());
        Path png = home.resolve("cost.png");
        Run export = run(
                Map.of(),
                "export",
                "--chart",
                "cost",
                "--out",
                png.toString(),
                "--width",
                "800",
                "--height",
                "450",
                "--lang",
                "zh");
        assertEquals(0, export.code(), export.err());
        assertEquals("", export.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(450, image.getHeight());
    }

    /**
     * Issue 16: under the C or POSIX locale Java reads file names as ASCII, fixed at its start; the
     * launcher starts it with a UTF-8 character type there, so Chinese file names open, and are written.
     */
    @Test
    void underTheCLocale_chineseFileNames_openAndPrint() throws Exception {
        assumeTrue(
                "UTF-8".equals(System.getProperty("sun.jnu.encoding")),
                "this test's own JVM must run in a UTF-8 locale");
        Path folder = Files.createDirectories(home.resolve("测试"));
        Path project = folder.resolve("项目.reelrank.json");
        for (Map<String, String> locale : List.of(Map.of("LC_ALL", "C"), Map.of("LC_ALL", "", "LANG", "POSIX"))) {
            Files.deleteIfExists(project);
            Run sample = run(locale, "sample", "--out", project.toString());
            assertEquals(0, sample.code(), sample.err());
            assertTrue(sample.out().startsWith("wrote " + project + ": "), sample.out());
            Run validate = run(locale, "validate", project.toString());
            assertEquals(0, validate.code(), validate.err());
            assertTrue(validate.out().startsWith("ok: "), validate.out());
        }
        Path png = folder.resolve("图.png");
        Run export = run(
                Map.of("LC_ALL", "C"),
                "export",
                project.toString(),
                "--chart",
                "rating",
                "--out",
                png.toString(),
                "--width",
                "640",
                "--height",
                "360",
                "--lang",
                "zh");
        assertEquals(0, export.code(), export.err());
        assertEquals("wrote " + png + ": 640 x 360 px\n", export.out());
        assertEquals(360, ImageIO.read(png.toFile()).getHeight());
    }

    @Test
    void theDesktopEntry_installsForOneUser_andIsValid() throws Exception {
        Path data = home.resolve("share");
        ProcessBuilder install =
                new ProcessBuilder("sh", image.resolve("lib/desktop/install.sh").toString()).redirectErrorStream(true);
        install.environment().put("XDG_DATA_HOME", data.toString());
        install.environment().put("HOME", home.toString());
        Process process = install.start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), said);
        Path entry = data.resolve("applications/dev.reelrank.ReelRank.desktop");
        String desktop = Files.readString(entry);
        assertTrue(
                desktop.contains("Exec=\""
                        + image.resolve("bin/ReelRank").toAbsolutePath().normalize() + "\" %f"),
                desktop);
        assertTrue(desktop.contains("MimeType=application/vnd.reelrank.project+json;"));
        assertTrue(Files.isRegularFile(data.resolve("icons/hicolor/256x256/apps/dev.reelrank.ReelRank.png")));
        assertTrue(Files.readString(data.resolve("mime/packages/dev.reelrank.ReelRank.xml"))
                .contains("<glob pattern=\"*.reelrank.json\""));
        if (onPath("gio") && onPath("update-mime-database")) {
            // What a GNOME file manager asks: the type of a project file, and what opens it.
            Path project = Files.writeString(home.resolve("q1.reelrank.json"), "{}");
            String type = gio(data, "info", "-a", "standard::content-type", project.toString());
            assertTrue(type.contains("application/vnd.reelrank.project+json"), type);
            String opener = gio(data, "mime", "application/vnd.reelrank.project+json");
            assertTrue(
                    opener.contains("Default application for \u201capplication/vnd.reelrank.project+json\u201d: "
                                    + "dev.reelrank.ReelRank.desktop")
                            || opener.contains(": dev.reelrank.ReelRank.desktop"),
                    opener);
        }
        assumeTrue(
                onPath("desktop-file-validate"), "desktop-file-validate is not installed (Debian: desktop-file-utils)");
        Process validate = new ProcessBuilder("desktop-file-validate", entry.toString())
                .redirectErrorStream(true)
                .start();
        String verdict = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(validate.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, validate.exitValue(), verdict);
        assertEquals("", verdict.strip(), "no hints or warnings either");
    }

    private static String gio(Path data, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("gio"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_DATA_HOME", data.toString());
        builder.environment().put("XDG_DATA_DIRS", data + ":/usr/share");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(1, TimeUnit.MINUTES));
        return output;
    }

    private static boolean onPath(String tool) throws IOException {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":", -1)) {
            if (Files.isExecutable(Path.of(folder, tool))) {
                return true;
            }
        }
        return false;
    }
}
