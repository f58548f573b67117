import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Builds ReelRank's desktop app image (mvn -Pdist package runs it with the JDK the build selected):
 * a trimmed runtime with JavaFX as named modules, the app on the class path, a native launcher with
 * the icon, the desktop entry and file type, and an AOT cache trained on the image itself.
 *
 * <p>Arguments: the project folder, the build folder (target), the version.
 */
public final class BuildImage {
    private static final String NAME = "ReelRank";
    private static final List<String> JAVAFX = List.of("base", "graphics", "controls", "media");
    private static final String MODULES = String.join(",", "java.base", "java.desktop", "java.logging",
            "java.management", "java.prefs", "java.xml", "java.sql", "jdk.unsupported", "jdk.localedata",
            "javafx.base", "javafx.graphics", "javafx.controls", "javafx.media");
    /** The launcher's JVM options; the AOT cache is added once it is trained. */
    private static final List<String> JAVA_OPTIONS = List.of(
            "--enable-native-access=javafx.graphics,javafx.media,ALL-UNNAMED",
            // JavaFX 21's rasteriser uses sun.misc.Unsafe, which JDK 24+ warns about; as a property,
            // not the option of the same name, so a runtime of JDK 21 or 22 starts too.
            "-Dsun.misc.unsafe.memory.access=allow",
            "-XX:+UseSerialGC",
            // A small first heap: the window with 1,000 products stays under 250 MB resident
            // (about 345 MB with the default first heap); it grows as needed.
            "-Xms24m",
            // A cap: without one the serial collector grows the heap rather than collect it while a
            // blind test plays clips (each clip's frame texture, 3.7 MB at 720p, is freed several GCs
            // late), 1.5 GB resident after 200 pairs; with it, about 700 MB and flat. The heaviest work
            // measured, a 1M-battle import and its bootstrap, runs in it. docs/benchmarks.md, "Media".
            "-Xmx256m",
            // C1 only: on 2 cores the first frame comes 0.4 s sooner (1.6 -> 1.2 s); heavy number
            // crunching (a 1M-battle bootstrap) is about 15 % slower. docs/benchmarks.md has the figures.
            "-XX:TieredStopAtLevel=1",
            // glibc keeps what GStreamer frees between a blind test's pairs: without a trim every 2 s,
            // resident memory grew 31-55 MB over 200 pairs, with it 12 MB (docs/benchmarks.md, "Media").
            // A product option since JDK 21.0.4; the image's runtime is JDK 25 (its AOT cache needs it).
            "-XX:TrimNativeHeapInterval=2000",
            // The fonts as files: JavaFX copies a font read from the jar to a temporary file first,
            // about 20 ms of the start for the two 2.9 MB fonts.
            "-Dreelrank.fonts=$APPDIR/fonts");

    private final Path project;
    private final Path target;
    private final String version;
    private final Path jdk = Path.of(System.getProperty("java.home"));
    private final Path work;

    private BuildImage(Path project, Path target, String version) {
        this.project = project;
        this.target = target;
        this.version = version;
        this.work = target.resolve("dist-work");
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: BuildImage PROJECT_DIR BUILD_DIR VERSION");
        }
        new BuildImage(Path.of(args[0]), Path.of(args[1]), args[2]).build();
    }

    private void build() throws Exception {
        long start = System.nanoTime();
        for (Path needed : List.of(target.resolve("reelrank.jar"), target.resolve("lib"))) {
            if (!Files.exists(needed)) {
                throw new IllegalStateException(needed + " is missing: BuildImage runs after the jar and the "
                        + "dependency copy (mvn -Pdist package)");
            }
        }
        deleteTree(work);
        Path dist = target.resolve("dist");
        deleteTree(dist);
        Path modules = javafxModules();
        Path input = appInput();
        Path runtime = runtime(modules);
        jpackage(input, runtime, dist);
        Path image = dist.resolve(NAME);
        desktopFiles(image.resolve("lib/desktop"));
        trainAotCache(image);
        System.out.printf("BuildImage: %s ready in %.1f s (%,d MB on disk)%n", image,
                (System.nanoTime() - start) / 1e9, size(image) / 1_000_000);
    }

    /** JavaFX's Linux jars as modules, with Monocle (headless rendering) added to javafx.graphics. */
    private Path javafxModules() throws Exception {
        Path modules = Files.createDirectories(work.resolve("modules"));
        Path lib = target.resolve("lib");
        for (String part : JAVAFX) {
            Files.copy(only(lib, "javafx-" + part + "-", "-linux.jar"), modules.resolve("javafx-" + part + ".jar"));
        }
        Path monocle = Files.createDirectories(work.resolve("monocle"));
        unzip(only(lib, "openjfx-monocle-", ".jar"), monocle, name -> name.startsWith("com/"));
        run(List.of(tool("jar"), "--update", "--file", modules.resolve("javafx-graphics.jar").toString(),
                "-C", monocle.toString(), "com"));
        return modules;
    }

    /**
     * The app's jar and every library that is not JavaFX (the jar's manifest finds them in lib/), and
     * the bundled fonts as files of their own (see the reelrank.fonts option).
     */
    private Path appInput() throws IOException {
        Path input = Files.createDirectories(work.resolve("input/lib"));
        Files.copy(target.resolve("reelrank.jar"), input.getParent().resolve("reelrank.jar"));
        Path fonts = Files.createDirectories(input.getParent().resolve("fonts"));
        try (Stream<Path> files = Files.list(project.resolve("assets/fonts"))) {
            for (Path font : files.filter(f -> f.toString().endsWith(".otf")).toList()) {
                Files.copy(font, fonts.resolve(font.getFileName()));
            }
        }
        try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
            for (Path jar : jars.toList()) {
                String name = jar.getFileName().toString();
                if (!name.startsWith("javafx-") && !name.startsWith("openjfx-monocle")) {
                    Files.copy(jar, input.resolve(name));
                }
            }
        }
        return input.getParent();
    }

    private Path runtime(Path modules) throws Exception {
        Path runtime = work.resolve("runtime");
        run(List.of(tool("jlink"), "--module-path", modules.toString(), "--add-modules", MODULES,
                "--include-locales=en,zh", "--strip-debug", "--no-header-files", "--no-man-pages",
                // The native libraries go to lib/, where JavaFX looks first; copies in the modules would
                // only be unpacked to a cache folder on the first run.
                "--exclude-resources=regex:/javafx\\.[a-z]+/[^/]*\\.so",
                "--output", runtime.toString()));
        for (String part : JAVAFX) {
            unzip(modules.resolve("javafx-" + part + ".jar"), runtime.resolve("lib"), name -> name.endsWith(".so"));
        }
        return runtime;
    }

    private void jpackage(Path input, Path runtime, Path dist) throws Exception {
        List<String> command = new ArrayList<>(List.of(tool("jpackage"), "--type", "app-image", "--name", NAME,
                "--dest", dist.toString(), "--input", input.toString(), "--main-jar", "reelrank.jar",
                "--main-class", "dev.reelrank.app.Main", "--runtime-image", runtime.toString(),
                "--icon", project.resolve("assets/icons/reelrank-256.png").toString(),
                "--app-version", numericVersion(), "--vendor", "ReelRank",
                "--description", "Compare AI video generators on cost and blind-test ratings",
                "--copyright", "The ReelRank authors, Apache License 2.0"));
        for (String option : JAVA_OPTIONS) {
            command.add("--java-options");
            command.add(option);
        }
        run(command);
        localeProofLauncher(dist.resolve(NAME));
        Path legal = dist.resolve(NAME + "/lib");
        Files.copy(project.resolve("LICENSE"), legal.resolve("LICENSE"));
        Files.copy(project.resolve("THIRD-PARTY-NOTICES.md"), legal.resolve("THIRD-PARTY-NOTICES.md"));
        Files.copy(project.resolve("assets/fonts/OFL.txt"), legal.resolve("OFL.txt"));
    }

    /**
     * bin/ReelRank becomes a small script that starts the runtime's java itself, with the options and
     * class path of jpackage's launcher, which stays beside it as ReelRank-java (its configuration
     * follows its name). The script sets a UTF-8 character type where the locale's is not: Java fixes
     * the character set of file names when it starts, and under LC_ALL=C could not open a Chinese file
     * name. Calling java directly also skips jpackage's launcher, which asks rpm and dpkg at every
     * start which package it came from (about 130 ms on the way to the window).
     */
    private void localeProofLauncher(Path image) throws IOException {
        Path bin = image.resolve("bin");
        Files.move(bin.resolve(NAME), bin.resolve(NAME + "-java"));
        Files.move(image.resolve("lib/app/" + NAME + ".cfg"), image.resolve("lib/app/" + NAME + "-java.cfg"));
        writeScript(image);
    }

    /** Writes bin/ReelRank from src/dist/ReelRank.sh and the options jpackage's launcher would pass. */
    private void writeScript(Path image) throws IOException {
        List<String> options = new ArrayList<>();
        List<String> classPath = new ArrayList<>();
        String mainClass = null;
        for (String line : Files.readAllLines(image.resolve("lib/app/" + NAME + "-java.cfg"), StandardCharsets.UTF_8)) {
            String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", "$app");
            if (line.startsWith("java-options=")) {
                options.add('"' + value + '"');
            } else if (line.startsWith("app.classpath=")) {
                classPath.add(value);
            } else if (line.startsWith("app.mainclass=")) {
                mainClass = value;
            }
        }
        if (mainClass == null || classPath.isEmpty()) {
            throw new IllegalStateException("jpackage's launcher configuration names no main class or class path");
        }
        String java = String.join(" ", options) + " -cp \"" + String.join(":", classPath) + "\" " + mainClass;
        Path script = image.resolve("bin/" + NAME);
        String template = Files.readString(project.resolve("src/dist/ReelRank.sh"), StandardCharsets.UTF_8);
        Files.writeString(script, template.replace("@JAVA@", java), StandardCharsets.UTF_8);
        script.toFile().setExecutable(true, false);
    }

    /** The desktop entry, the file type, the icons and the script that installs them for one user. */
    private void desktopFiles(Path desktop) throws IOException {
        Path icons = Files.createDirectories(desktop.resolve("icons"));
        Path linux = project.resolve("src/dist/linux");
        try (Stream<Path> files = Files.list(linux)) {
            for (Path file : files.toList()) {
                Files.copy(file, desktop.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        try (Stream<Path> files = Files.list(project.resolve("assets/icons"))) {
            for (Path file : files.toList()) {
                Files.copy(file, icons.resolve(file.getFileName()));
            }
        }
        desktop.resolve("install.sh").toFile().setExecutable(true, false);
    }

    /**
     * Runs the image's launcher once, headless unless a display is at hand, with the JVM recording
     * an AOT cache; then tells the launcher to use it. Start-up to the first frame drops by about
     * 40 % (docs/benchmarks.md).
     */
    private void trainAotCache(Path image) throws Exception {
        Path cache = image.resolve("lib/app/reelrank.aot");
        Path launcher = image.resolve("bin/" + NAME);
        ProcessBuilder training = new ProcessBuilder(launcher.toString(), "--smoke").redirectErrorStream(true);
        training.environment().put("JAVA_TOOL_OPTIONS", "-XX:AOTCacheOutput=" + cache);
        // The training run's settings and recent files must not touch the builder's own.
        Path home = Files.createDirectories(work.resolve("home"));
        training.environment().put("HOME", home.toString());
        training.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        training.environment().put("XDG_STATE_HOME", home.resolve(".local/state").toString());
        String output = run(training, "training the AOT cache");
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("no AOT cache was written:\n" + output);
        }
        Path config = image.resolve("lib/app/" + NAME + "-java.cfg");
        String text = Files.readString(config, StandardCharsets.UTF_8);
        text = text.replace("[JavaOptions]\n", "[JavaOptions]\njava-options=-XX:AOTCache=$APPDIR/reelrank.aot\n");
        Files.writeString(config, text, StandardCharsets.UTF_8);
        writeScript(image);
    }

    /** jpackage wants 1 to 3 numbers: 0.1.0-SNAPSHOT becomes 0.1.0. */
    private String numericVersion() {
        String numbers = version.replaceAll("[^0-9.].*$", "");
        return numbers.isEmpty() ? "1.0.0" : numbers;
    }

    private String tool(String name) {
        return jdk.resolve("bin").resolve(name).toString();
    }

    private static Path only(Path folder, String prefix, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(suffix)).toList();
            if (found.size() != 1) {
                throw new IllegalStateException("expected one " + prefix + "*" + suffix + " in " + folder + ", found "
                        + found);
            }
            return found.getFirst();
        }
    }

    private static void unzip(Path jar, Path into, java.util.function.Predicate<String> wanted) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (!entry.isDirectory() && wanted.test(entry.getName())) {
                    Path out = into.resolve(entry.getName()).normalize();
                    if (!out.startsWith(into)) {
                        throw new IOException("unsafe entry " + entry.getName() + " in " + jar);
                    }
                    Files.createDirectories(out.getParent());
                    Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void run(List<String> command) throws Exception {
        run(new ProcessBuilder(command).redirectErrorStream(true), command.getFirst());
    }

    private static String run(ProcessBuilder builder, String what) throws Exception {
        Process process = builder.start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(what + " failed:\n" + output);
        }
        return output;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
