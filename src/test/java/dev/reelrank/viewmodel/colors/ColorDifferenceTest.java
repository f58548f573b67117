package dev.reelrank.viewmodel.colors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** CIEDE2000 against the published test data, and sRGB to CIELAB against known values. */
class ColorDifferenceTest {
    /**
     * Table 1 of Sharma, Wu and Dalal, "The CIEDE2000 Color-Difference Formula: Implementation
     * Notes, Supplementary Test Data, and Mathematical Observations", Color Research and
     * Application 30 (1), 2005: L1, a1, b1, L2, a2, b2, ΔE00 — all 34 pairs.
     */
    private static final double[][] SHARMA = {
        {50.0000, 2.6772, -79.7751, 50.0000, 0.0000, -82.7485, 2.0425},
        {50.0000, 3.1571, -77.2803, 50.0000, 0.0000, -82.7485, 2.8615},
        {50.0000, 2.8361, -74.0200, 50.0000, 0.0000, -82.7485, 3.4412},
        {50.0000, -1.3802, -84.2814, 50.0000, 0.0000, -82.7485, 1.0000},
        {50.0000, -1.1848, -84.8006, 50.0000, 0.0000, -82.7485, 1.0000},
        {50.0000, -0.9009, -85.5211, 50.0000, 0.0000, -82.7485, 1.0000},
        {50.0000, 0.0000, 0.0000, 50.0000, -1.0000, 2.0000, 2.3669},
        {50.0000, -1.0000, 2.0000, 50.0000, 0.0000, 0.0000, 2.3669},
        {50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0009, 7.1792},
        {50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0010, 7.1792},
        {50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0011, 7.2195},
        {50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0012, 7.2195},
        {50.0000, -0.0010, 2.4900, 50.0000, 0.0009, -2.4900, 4.8045},
        {50.0000, -0.0010, 2.4900, 50.0000, 0.0010, -2.4900, 4.8045},
        {50.0000, -0.0010, 2.4900, 50.0000, 0.0011, -2.4900, 4.7461},
        {50.0000, 2.5000, 0.0000, 50.0000, 0.0000, -2.5000, 4.3065},
        {50.0000, 2.5000, 0.0000, 73.0000, 25.0000, -18.0000, 27.1492},
        {50.0000, 2.5000, 0.0000, 61.0000, -5.0000, 29.0000, 22.8977},
        {50.0000, 2.5000, 0.0000, 56.0000, -27.0000, -3.0000, 31.9030},
        {50.0000, 2.5000, 0.0000, 58.0000, 24.0000, 15.0000, 19.4535},
        {50.0000, 2.5000, 0.0000, 50.0000, 3.1736, 0.5854, 1.0000},
        {50.0000, 2.5000, 0.0000, 50.0000, 3.2972, 0.0000, 1.0000},
        {50.0000, 2.5000, 0.0000, 50.0000, 1.8634, 0.5757, 1.0000},
        {50.0000, 2.5000, 0.0000, 50.0000, 3.2592, 0.3350, 1.0000},
        {60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644},
        {63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.2630},
        {61.2901, 3.7196, -5.3901, 61.4292, 2.2480, -4.9620, 1.8731},
        {35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645},
        {22.7233, 20.0904, -46.6940, 23.0331, 14.9730, -42.5619, 2.0373},
        {36.4612, 47.8580, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146},
        {90.8027, -2.0831, 1.4410, 91.1528, -1.6435, 0.0447, 1.4441},
        {90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381},
        {6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377},
        {2.0776, 0.0795, -1.1350, 0.9033, -0.0636, -0.5514, 0.9082},
    };

    @Test
    void matchesAll34PublishedPairs_toFourDecimals_inEitherOrder() {
        assertEquals(34, SHARMA.length);
        for (int i = 0; i < SHARMA.length; i++) {
            double[] row = SHARMA[i];
            double[] first = {row[0], row[1], row[2]};
            double[] second = {row[3], row[4], row[5]};
            assertEquals(row[6], ColorDifference.ciede2000(first, second), 5e-5, "pair " + (i + 1));
            assertEquals(row[6], ColorDifference.ciede2000(second, first), 5e-5, "pair " + (i + 1) + " swapped");
        }
    }

    @Test
    void aColourDoesNotDifferFromItself() {
        assertEquals(0, ColorDifference.between("#D55E00", "#D55E00"), 1e-9);
    }

    @Test
    void srgbToLab_matchesKnownValues() {
        assertArrayEquals(new double[] {100, 0, 0}, ColorDifference.lab("#FFFFFF"), 1e-3);
        assertArrayEquals(new double[] {0, 0, 0}, ColorDifference.lab("#000000"), 1e-3);
        // sRGB primaries under D65, as colour-science libraries give them.
        assertArrayEquals(new double[] {53.2408, 80.0925, 67.2032}, ColorDifference.lab("#FF0000"), 2e-3);
        assertArrayEquals(new double[] {87.7347, -86.1827, 83.1793}, ColorDifference.lab("#00FF00"), 2e-3);
        assertArrayEquals(new double[] {32.2970, 79.1875, -107.8602}, ColorDifference.lab("#0000FF"), 2e-3);
    }

    @Test
    void blackAndWhite_areAHundredApart() {
        assertEquals(100, ColorDifference.between("#000000", "#FFFFFF"), 1e-3);
    }
}
