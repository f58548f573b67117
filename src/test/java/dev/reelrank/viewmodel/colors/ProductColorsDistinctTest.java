package dev.reelrank.viewmodel.colors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The palette's first colours can be told apart at a glance, and all come from colour-blind-safe sets. */
class ProductColorsDistinctTest {
    /** How many palette colours, in order, differ pairwise by at least {@link #MIN_DELTA_E}. */
    static final int DISTINCT_PREFIX = 12;

    static final double MIN_DELTA_E = 15;

    /** Okabe and Ito (2008), without black and yellow, which vanish on the dark and light themes. */
    private static final Set<String> OKABE_ITO =
            Set.of("#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7");
    /** Paul Tol's qualitative schemes (muted, bright, vibrant), without their greys. */
    private static final Set<String> PAUL_TOL = Set.of(
            "#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499",
            "#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377", "#EE7733", "#0077BB", "#33BBEE",
            "#EE3377", "#CC3311", "#009988");

    @Test
    void thePalettesFirstColours_differPairwiseByAtLeast15() {
        assertTrue(ProductColors.PALETTE.size() >= DISTINCT_PREFIX);
        List<String> close = closePairs(ProductColors.PALETTE.subList(0, DISTINCT_PREFIX));
        assertTrue(close.isEmpty(), "CIEDE2000 below " + MIN_DELTA_E + ": " + close);
    }

    @Test
    void everyPaletteColour_isOkabeItoOrPaulTol_andOnlyOnce() {
        for (String colour : ProductColors.PALETTE) {
            String upper = colour.toUpperCase(Locale.ROOT);
            assertTrue(OKABE_ITO.contains(upper) || PAUL_TOL.contains(upper), colour + " is from neither set");
        }
        assertEquals(ProductColors.PALETTE.size(), new HashSet<>(ProductColors.PALETTE).size());
    }

    @Test
    void okabeAndItoComeFirst() {
        for (int i = 0; i < OKABE_ITO.size(); i++) {
            assertTrue(OKABE_ITO.contains(ProductColors.PALETTE.get(i)), ProductColors.PALETTE.get(i));
        }
    }

    /** "A / B 9.6" for each pair of colours less than {@link #MIN_DELTA_E} apart. */
    static List<String> closePairs(List<String> colours) {
        List<String> close = new ArrayList<>();
        for (int i = 0; i < colours.size(); i++) {
            for (int j = i + 1; j < colours.size(); j++) {
                double difference = ColorDifference.between(colours.get(i), colours.get(j));
                if (difference < MIN_DELTA_E) {
                    close.add(String.format(Locale.ROOT, "%s / %s %.1f", colours.get(i), colours.get(j), difference));
                }
            }
        }
        return close;
    }
}
