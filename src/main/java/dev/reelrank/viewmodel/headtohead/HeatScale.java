package dev.reelrank.viewmodel.headtohead;

import dev.reelrank.viewmodel.colors.ProductColors;
import dev.reelrank.viewmodel.settings.Theme;
import java.util.Locale;

/**
 * The colours of a head-to-head heatmap, worked out as they are painted: each cell's colour is its
 * hue laid, with the cell's strength as opacity, over the surface the grid sits on (white in the
 * light theme, the dark theme's -rr-surface in the dark one), and the result is painted opaque, so
 * what is computed here is what is seen, on a slide with a transparent background too. The text of
 * each cell gets the ink with the most contrast on that colour, at least WCAG's 4.5:1.
 *
 * <p>Win rates use a diverging scale, orange (the row loses) through the surface colour (even) to
 * blue (the row wins), both ends told apart with colour-blindness (Okabe–Ito); counts use the blue
 * alone, paler for fewer votes.
 */
final class HeatScale {
    /** The stylesheets' -rr-surface, which the grid is drawn on. */
    static final String LIGHT_SURFACE = "#FFFFFF";

    static final String DARK_SURFACE = "#1F2328";
    static final String WIN = "#0072B2";
    static final String LOSS = "#D55E00";
    static final String EMPTY = "#9198A1";
    /** The stylesheets' -rr-text in the light theme, the first choice for dark text. */
    static final String DARK_INK = "#1F2328";

    static final String LIGHT_INK = "#FFFFFF";
    /** Where neither of the above reaches 4.5:1 (mid-tone colours), black does (at least 4.58:1). */
    static final String BLACK_INK = "#000000";

    static final double MIN_CONTRAST = 4.5;

    private final String surface;

    HeatScale(Theme theme) {
        this.surface = theme == Theme.DARK ? DARK_SURFACE : LIGHT_SURFACE;
    }

    /** A win-rate cell: {@code shade} from -1 (the row always lost) through 0 (even) to 1 (always won). */
    String diverging(double shade) {
        double strength = Math.min(1, Math.abs(shade));
        return over(shade >= 0 ? WIN : LOSS, 0.08 + 0.9 * strength);
    }

    /** A count cell: {@code shade} from 0 (no votes) to 1 (the most votes of any pair). */
    String sequential(double shade) {
        return over(WIN, 0.12 + 0.85 * Math.max(0, Math.min(1, shade)));
    }

    /** A cell with nothing to show: the diagonal, a pair without votes or without a prediction. */
    String empty() {
        return over(EMPTY, 0.12);
    }

    /** The ink for text on {@code fill}: the light theme's text colour or white, else black. */
    static String ink(String fill) {
        double dark = contrast(DARK_INK, fill);
        double light = contrast(LIGHT_INK, fill);
        if (Math.max(dark, light) >= MIN_CONTRAST) {
            return dark >= light ? DARK_INK : LIGHT_INK;
        }
        return contrast(BLACK_INK, fill) >= light ? BLACK_INK : LIGHT_INK;
    }

    /** WCAG 2 contrast ratio of two sRGB colours written #RRGGBB, from 1 to 21. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String hex) {
        int[] c = rgb(hex);
        return ProductColors.luminance(c[0] / 255.0, c[1] / 255.0, c[2] / 255.0);
    }

    /** {@code hex} at {@code alpha} over the surface, as the renderer blends it (per sRGB channel). */
    private String over(String hex, double alpha) {
        int[] top = rgb(hex);
        int[] bottom = rgb(surface);
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            out[i] = (int) Math.round(alpha * top[i] + (1 - alpha) * bottom[i]);
        }
        return String.format(Locale.ROOT, "#%02X%02X%02X", out[0], out[1], out[2]);
    }

    private static int[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF};
    }
}
