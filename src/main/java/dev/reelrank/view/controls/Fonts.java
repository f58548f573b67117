package dev.reelrank.view.controls;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.text.Font;

/**
 * Loads the bundled CJK font (a subset of Noto Sans CJK SC, OFL) so that Chinese product names
 * render on machines without CJK fonts, and so that screens and exported images look the same
 * everywhere. The whole UI uses it: it carries Latin glyphs as well.
 */
public final class Fonts {
    public static final String FAMILY = "ReelRank Sans CJK";
    private static final String[] FILES = {"ReelRankSansCJK-Regular.otf", "ReelRankSansCJK-Bold.otf"};
    private static volatile boolean loaded;

    private Fonts() {}

    /** Loads the fonts once; later calls return at once. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        String folder = System.getProperty("reelrank.fonts");
        for (String file : FILES) {
            if (folder != null && loadedFrom(Path.of(folder, file))) {
                continue;
            }
            try (InputStream in = Fonts.class.getResourceAsStream("/dev/reelrank/view/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled font " + file + " is missing from the jar");
                }
                if (Font.loadFont(in, 13) == null) {
                    throw new IllegalStateException("JavaFX could not load the bundled font " + file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaded = true;
    }

    /**
     * Loads a font the app image keeps as a file (-Dreelrank.fonts); JavaFX would copy one read from
     * the jar to a temporary file first. False when the file is not there: the jar's copy is used.
     */
    private static boolean loadedFrom(Path file) {
        return Files.isRegularFile(file) && Font.loadFont(file.toUri().toString(), 13) != null;
    }
}
