package dev.reelrank.viewmodel.colors;

import dev.reelrank.model.ChartStyle;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One colour per product, the same in the table, every chart and every export. The palette is
 * Okabe and Ito's colour-blind-safe set, strongest first, followed by Paul Tol's muted colours,
 * ordered so that its first twelve differ pairwise by a CIEDE2000 ΔE of at least 15
 * ({@link ColorDifference}). Of Tol's, those that show on both the light and the dark theme come
 * first (wine and indigo are dim on the dark one, sand on the light one). The last three are each
 * close to one of the twelve (teal to bluish green, pale cyan to sky blue, rose to reddish purple),
 * so they come only after the twelve are taken.
 */
public final class ProductColors {
    public static final List<String> PALETTE = List.of(
            "#D55E00", "#0072B2", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#AA4499", "#117733", "#999933",
            "#882255", "#332288", "#DDCC77", "#44AA99", "#88CCEE", "#CC6677");

    private ProductColors() {}

    /** Each product's colour: its own, or a free palette colour in project order for those without one. */
    public static Map<String, String> assign(Project project) {
        Map<String, String> colours = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Product product : project.products()) {
            product.chart().ifPresent(style -> {
                colours.put(product.id(), style.color());
                used.add(style.color());
            });
        }
        int next = 0;
        for (Product product : project.products()) {
            if (!colours.containsKey(product.id())) {
                String colour = null;
                while (colour == null) {
                    String candidate = PALETTE.get(next % PALETTE.size());
                    if (!used.contains(candidate) || next >= PALETTE.size()) {
                        colour = candidate;
                    }
                    next++;
                }
                colours.put(product.id(), colour);
                used.add(colour);
            }
        }
        return colours;
    }

    /** A palette colour no product uses yet (the first one again once all are taken). */
    public static String free(Project project) {
        Set<String> used = new HashSet<>(assign(project).values());
        return PALETTE.stream().filter(c -> !used.contains(c)).findFirst().orElse(PALETTE.getFirst());
    }

    /**
     * The colour darkened, keeping its hue, until it stands out 3:1 against white (WCAG's contrast
     * for graphics): on a projector in a lit room the light palette colours, such as sky blue and
     * orange, wash out. Colours that already stand out are returned as they are.
     */
    public static String forProjector(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double r = (rgb >> 16 & 0xFF) / 255.0;
        double g = (rgb >> 8 & 0xFF) / 255.0;
        double b = (rgb & 0xFF) / 255.0;
        double factor = 1;
        while (luminance(r * factor, g * factor, b * factor) > 0.30 && factor > 0.05) {
            factor *= 0.97;
        }
        return factor == 1
                ? hex.toUpperCase(Locale.ROOT)
                : String.format(
                        Locale.ROOT,
                        "#%02X%02X%02X",
                        Math.round(r * factor * 255),
                        Math.round(g * factor * 255),
                        Math.round(b * factor * 255));
    }

    /** WCAG relative luminance of an sRGB colour with channels from 0 to 1. */
    public static double luminance(double r, double g, double b) {
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** Contrast ratio of a colour against white, from 1 to 21. */
    public static double contrastOnWhite(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 1.05 / (luminance((rgb >> 16 & 0xFF) / 255.0, (rgb >> 8 & 0xFF) / 255.0, (rgb & 0xFF) / 255.0) + 0.05);
    }

    /** The product's style, or the style it is shown with when it has none yet. */
    public static ChartStyle styleOf(Product product, Map<String, String> colours) {
        return product.chart().orElse(new ChartStyle(colours.get(product.id()), true));
    }
}
