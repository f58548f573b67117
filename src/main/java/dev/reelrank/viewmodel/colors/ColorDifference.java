package dev.reelrank.viewmodel.colors;

/**
 * How different two colours look: CIEDE2000 (ΔE00) between sRGB colours, through CIELAB under D65.
 * Follows Sharma, Wu and Dalal, "The CIEDE2000 Color-Difference Formula: Implementation Notes,
 * Supplementary Test Data, and Mathematical Observations" (Color Res. Appl. 30, 2005), with
 * kL = kC = kH = 1. About 1 is a just-noticeable difference; colours that must be told apart at a
 * glance in a chart legend want 15 or more.
 */
public final class ColorDifference {
    // D65 reference white, as sRGB defines it (IEC 61966-2-1), Y = 100.
    private static final double XN = 95.047;
    private static final double YN = 100.0;
    private static final double ZN = 108.883;
    private static final double POW25_7 = Math.pow(25, 7);

    private ColorDifference() {}

    /** ΔE00 between two colours written #RRGGBB. */
    public static double between(String hexA, String hexB) {
        return ciede2000(lab(hexA), lab(hexB));
    }

    /** CIELAB {L*, a*, b*} (D65) of an sRGB colour written #RRGGBB. */
    public static double[] lab(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double r = linear((rgb >> 16 & 0xFF) / 255.0);
        double g = linear((rgb >> 8 & 0xFF) / 255.0);
        double b = linear((rgb & 0xFF) / 255.0);
        double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) * 100;
        double y = (0.2126729 * r + 0.7151522 * g + 0.0721750 * b) * 100;
        double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) * 100;
        double fx = f(x / XN);
        double fy = f(y / YN);
        double fz = f(z / ZN);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    /** ΔE00 between two CIELAB colours {L*, a*, b*}. */
    public static double ciede2000(double[] lab1, double[] lab2) {
        double l1 = lab1[0];
        double a1 = lab1[1];
        double b1 = lab1[2];
        double l2 = lab2[0];
        double a2 = lab2[1];
        double b2 = lab2[2];
        double c1 = Math.hypot(a1, b1);
        double c2 = Math.hypot(a2, b2);
        double cMean7 = Math.pow((c1 + c2) / 2, 7);
        double g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + POW25_7)));
        double a1p = (1 + g) * a1;
        double a2p = (1 + g) * a2;
        double c1p = Math.hypot(a1p, b1);
        double c2p = Math.hypot(a2p, b2);
        double h1p = hueAngle(b1, a1p);
        double h2p = hueAngle(b2, a2p);

        double dLp = l2 - l1;
        double dCp = c2p - c1p;
        double dhp;
        if (c1p * c2p == 0) {
            dhp = 0;
        } else if (Math.abs(h2p - h1p) <= 180) {
            dhp = h2p - h1p;
        } else if (h2p - h1p > 180) {
            dhp = h2p - h1p - 360;
        } else {
            dhp = h2p - h1p + 360;
        }
        double dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dhp / 2));

        double lMean = (l1 + l2) / 2;
        double cMeanP = (c1p + c2p) / 2;
        double hMeanP;
        if (c1p * c2p == 0) {
            hMeanP = h1p + h2p;
        } else if (Math.abs(h1p - h2p) <= 180) {
            hMeanP = (h1p + h2p) / 2;
        } else if (h1p + h2p < 360) {
            hMeanP = (h1p + h2p + 360) / 2;
        } else {
            hMeanP = (h1p + h2p - 360) / 2;
        }
        double t = 1
                - 0.17 * cos(hMeanP - 30)
                + 0.24 * cos(2 * hMeanP)
                + 0.32 * cos(3 * hMeanP + 6)
                - 0.20 * cos(4 * hMeanP - 63);
        double dTheta = 30 * Math.exp(-Math.pow((hMeanP - 275) / 25, 2));
        double cMeanP7 = Math.pow(cMeanP, 7);
        double rc = 2 * Math.sqrt(cMeanP7 / (cMeanP7 + POW25_7));
        double lShift = Math.pow(lMean - 50, 2);
        double sl = 1 + 0.015 * lShift / Math.sqrt(20 + lShift);
        double sc = 1 + 0.045 * cMeanP;
        double sh = 1 + 0.015 * cMeanP * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        double dl = dLp / sl;
        double dc = dCp / sc;
        double dh = dHp / sh;
        return Math.sqrt(dl * dl + dc * dc + dh * dh + rt * dc * dh);
    }

    private static double hueAngle(double b, double aPrime) {
        if (b == 0 && aPrime == 0) {
            return 0;
        }
        double degrees = Math.toDegrees(Math.atan2(b, aPrime));
        return degrees < 0 ? degrees + 360 : degrees;
    }

    private static double cos(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        double delta = 6.0 / 29;
        return t > delta * delta * delta ? Math.cbrt(t) : t / (3 * delta * delta) + 4.0 / 29;
    }
}
