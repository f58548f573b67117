package dev.reelrank.viewmodel.headtohead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.viewmodel.settings.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every colour a heatmap cell can take, in either theme, gets an ink that stands out 4.5:1 on it. */
class HeatScaleTest {
    @Test
    void everyColourOfEveryScale_inBothThemes_getsAnInkOfAtLeast4point5to1() {
        List<String> problems = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            HeatScale scale = new HeatScale(theme);
            for (int i = 0; i <= 2000; i++) {
                double shade = -1 + i / 1000.0;
                check(problems, theme + " win rate " + shade, scale.diverging(shade));
                if (shade >= 0) {
                    check(problems, theme + " count " + shade, scale.sequential(shade));
                }
            }
            check(problems, theme + " empty", scale.empty());
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theSurfaceCellsAreLaidOver_isTheStylesheetsSurface() throws IOException {
        assertEquals(HeatScale.LIGHT_SURFACE, token("reelrank.css", "-rr-surface"));
        assertEquals(HeatScale.DARK_SURFACE, token("reelrank-dark.css", "-rr-surface"));
        assertEquals(HeatScale.DARK_INK, token("reelrank.css", "-rr-text"));
    }

    @Test
    void anEvenShare_isPaintedCloseToTheSurface_andTheEndsAreStrong() {
        HeatScale light = new HeatScale(Theme.LIGHT);
        assertTrue(HeatScale.contrast(light.diverging(0), HeatScale.LIGHT_SURFACE) < 1.2, "even is nearly white");
        assertTrue(HeatScale.contrast(light.diverging(1), HeatScale.LIGHT_SURFACE) > 3, "always winning stands out");
        assertTrue(HeatScale.contrast(light.diverging(-1), HeatScale.LIGHT_SURFACE) > 3, "always losing stands out");
    }

    private static void check(List<String> problems, String what, String fill) {
        String ink = HeatScale.ink(fill);
        double ratio = HeatScale.contrast(ink, fill);
        if (ratio < 4.5) {
            problems.add(String.format(Locale.ROOT, "%s: %s on %s is %.2f:1", what, ink, fill, ratio));
        }
    }

    private static String token(String stylesheet, String name) throws IOException {
        try (InputStream in = HeatScaleTest.class.getResourceAsStream("/dev/reelrank/view/" + stylesheet)) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile(Pattern.quote(name) + ":\\s*(#[0-9a-fA-F]{6})")
                    .matcher(css);
            assertTrue(m.find(), name + " in " + stylesheet);
            return m.group(1).toUpperCase(Locale.ROOT);
        }
    }
}
