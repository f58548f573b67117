package dev.reelrank.app;

import dev.reelrank.io.FileStamp;
import dev.reelrank.io.StartPictureFile;
import dev.reelrank.io.StartPictureFile.Picture;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Screen;

/**
 * The picture of the main window as the last start showed it, and when it may be shown again.
 *
 * <p>Why: on a 2-core machine without a GPU, building, styling and painting the window takes about
 * 0.35 s after JavaFX has started, and no part of it can be left out of the first frame without the
 * window looking unfinished (docs/benchmarks.md, issue 18). A start whose every input is the same as
 * the last start's will draw the same pixels; it can show them at once and build the window behind
 * them. So each start keeps a picture of its finished window, keyed by everything the window is drawn
 * from: this build and its Java runtime, the project's bytes, every ReelRank preference, the locale,
 * time zone and date, the screens and their scale, and the rendering settings. One different input and
 * the key differs, and the start is a normal one.
 *
 * <p>The window built behind the picture is compared with it pixel for pixel once it is on the screen;
 * if they differ (an input the key misses), the picture is replaced and the difference logged.
 */
final class StartPictures {
    private StartPictures() {}

    /** $XDG_CACHE_HOME/reelrank/start-picture.bin, else ~/.cache/reelrank/start-picture.bin. */
    static Path file() {
        return UserFolders.cache().resolve("start-picture.bin");
    }

    /**
     * What a start draws its window from, apart from the screens (known once JavaFX has started):
     * empty when a start cannot be keyed, as when the app runs from a folder of classes rather than
     * its jar, whose build cannot be told apart from the next.
     *
     * @param project the project file's stamp, or null for the built-in dataset
     * @param system the locale the window takes from the system
     */
    static Optional<List<String>> inputs(Path file, FileStamp project, Locale system) {
        return build().flatMap(build ->
                inputs(build, file, project, system, Preferences.userRoot().node("dev/reelrank")));
    }

    /**
     * The same, for a build told apart by {@code build}, in the system's locale {@code system} (the
     * window's texts, numbers and dates follow it), with the preferences under {@code preferences}.
     */
    static Optional<List<String>> inputs(
            String build, Path file, FileStamp project, Locale system, Preferences preferences) {
        List<String> inputs = new ArrayList<>();
        inputs.add("build " + build);
        inputs.add("runtime " + runtime());
        inputs.add(file == null ? "project built-in" : "project " + file.toAbsolutePath() + " " + project.digest());
        inputs.add("locale " + system.toLanguageTag());
        inputs.add("time zone " + TimeZone.getDefault().getID());
        inputs.add("date " + LocalDate.now(ZoneId.systemDefault()));
        for (String variable : List.of("GDK_SCALE", "GDK_DPI_SCALE")) {
            inputs.add("environment " + variable + "=" + System.getenv(variable));
        }
        try {
            preferences(preferences, inputs);
        } catch (BackingStoreException | IllegalStateException e) {
            // Preferences that cannot be read might differ from the last start's.
            return Optional.empty();
        }
        return Optional.of(inputs);
    }

    /**
     * The whole key: {@code inputs} and the screens and rendering settings, hashed. Empty on a screen
     * whose scale is not 1, where a picture taken at 1 would show blurred.
     */
    static Optional<String> key(List<String> inputs) {
        List<String> all = new ArrayList<>(inputs);
        for (Screen screen : Screen.getScreens()) {
            if (screen.getOutputScaleX() != 1 || screen.getOutputScaleY() != 1) {
                return Optional.empty();
            }
            all.add("screen " + screen.getBounds() + " " + screen.getVisualBounds() + " " + screen.getDpi());
        }
        new TreeMap<>(System.getProperties()).forEach((name, value) -> {
            String property = String.valueOf(name);
            if (property.startsWith("prism.") || property.startsWith("glass.")) {
                all.add("property " + property + "=" + value);
            }
        });
        return Optional.of(digest(inputs) + "/" + digest(all));
    }

    private static String digest(List<String> lines) {
        return FileStamp.ofBytes(String.join("\n", lines).getBytes(StandardCharsets.UTF_8))
                .digest();
    }

    /**
     * The picture kept by the last start, if it was drawn from the same {@code inputs} (its screens are
     * checked with the whole key); read on a background thread.
     */
    static Optional<Picture> kept(List<String> inputs) {
        String drawnFrom = digest(inputs) + "/";
        return StartPictureFile.read(file(), key -> key.startsWith(drawnFrom));
    }

    /** The kept picture as an image that shows its bytes without a copy. */
    static WritableImage image(Picture picture) {
        return new WritableImage(new PixelBuffer<>(
                picture.width(), picture.height(), picture.pixels(), PixelFormat.getByteBgraPreInstance()));
    }

    /**
     * Takes the picture of {@code scene} as it is on the screen now (on the FX thread), and keeps it
     * for the next start under {@code key}, unless it is the picture this start showed; the comparison
     * and the file are written on another thread, which then runs {@code then}.
     */
    static void keep(Scene scene, String key, Optional<Picture> shown, Runnable then) {
        Picture now;
        try {
            if (!StartPictureFile.fits((int) scene.getWidth(), (int) scene.getHeight())) {
                then.run();
                return;
            }
            now = picture(scene, key);
        } catch (RuntimeException e) {
            // A snapshot JavaFX cannot take (it fails on very large scenes): no picture, a normal next start.
            ErrorLog.record("The start picture could not be taken", e);
            then.run();
            return;
        }
        Thread.ofPlatform().name("start picture").start(() -> {
            try {
                if (shown.isPresent() && shown.get().samePixels(now)) {
                    return;
                }
                if (shown.isPresent()) {
                    ErrorLog.warning("The window drew other pixels than the picture its start showed; replaced");
                }
                StartPictureFile.write(file(), now);
            } catch (IOException | RuntimeException e) {
                // No cache folder (a read-only home): the next start is a normal one.
            } finally {
                then.run();
            }
        });
    }

    /** The picture of {@code scene} as it is drawn now, on the FX thread. */
    static Picture picture(Scene scene, String key) {
        WritableImage snapshot = scene.snapshot(null);
        int width = (int) snapshot.getWidth();
        int height = (int) snapshot.getHeight();
        ByteBuffer pixels = ByteBuffer.allocateDirect(width * height * 4);
        snapshot.getPixelReader()
                .getPixels(0, 0, width, height, PixelFormat.getByteBgraPreInstance(), pixels, width * 4);
        return new Picture(key, width, height, pixels);
    }

    private static Optional<String> build() {
        try {
            Path code = Path.of(StartPictures.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (!Files.isRegularFile(code)) {
                return Optional.empty();
            }
            return Optional.of(code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String runtime() {
        Path modules = Path.of(System.getProperty("java.home"), "lib", "modules");
        String stamp;
        try {
            stamp = Files.size(modules) + " " + Files.getLastModifiedTime(modules);
        } catch (IOException e) {
            stamp = "?";
        }
        return System.getProperty("java.home") + " " + System.getProperty("java.runtime.version") + " " + stamp;
    }

    private static void preferences(Preferences node, List<String> inputs) throws BackingStoreException {
        String[] keys = node.keys();
        Arrays.sort(keys);
        for (String name : keys) {
            inputs.add("preference " + node.absolutePath() + "/" + name + "=" + node.get(name, null));
        }
        String[] children = node.childrenNames();
        Arrays.sort(children);
        for (String child : children) {
            preferences(node.node(child), inputs);
        }
    }
}
