package dev.reelrank.model.ratings;

import java.util.SplittableRandom;

/**
 * Binomial random numbers in constant expected time: inversion for small means and Hörmann's
 * BTRD (transformed rejection with decomposition, 1993) otherwise. Multinomial bootstrap draws
 * are built from these as a chain of conditional binomials.
 */
final class BinomialSampler {
    private static final double[] STIRLING_TAIL = {
        0.08106146679532726,
        0.04134069595540929,
        0.02767792568499834,
        0.02079067210376509,
        0.01664469118982119,
        0.01387612882307075,
        0.01189670994589177,
        0.01041126526197209,
        0.009255462182712733,
        0.00833056343336287
    };

    private BinomialSampler() {}

    /** A draw from Binomial(n, p). */
    static long sample(SplittableRandom random, long n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (p > 0.5) {
            return n - sample(random, n, 1 - p);
        }
        if (n * p < 10) {
            return inversion(random, n, p);
        }
        return btrd(random, n, p);
    }

    private static long inversion(SplittableRandom random, long n, double p) {
        double q = 1 - p;
        double s = p / q;
        double a = (n + 1) * s;
        double start = Math.exp(n * Math.log1p(-p));
        while (true) {
            double r = start;
            double u = random.nextDouble();
            long x = 0;
            while (u > r) {
                u -= r;
                x++;
                if (x > n) {
                    break;
                }
                r *= a / x - s;
            }
            if (x <= n) {
                return x;
            }
        }
    }

    private static long btrd(SplittableRandom random, long n, double p) {
        double q = 1 - p;
        long m = (long) Math.floor((n + 1) * p);
        double r = p / q;
        double nr = (n + 1) * r;
        double npq = n * p * q;
        double sqrtNpq = Math.sqrt(npq);
        double b = 1.15 + 2.53 * sqrtNpq;
        double a = -0.0873 + 0.0248 * b + 0.01 * p;
        double c = n * p + 0.5;
        double alpha = (2.83 + 5.1 / b) * sqrtNpq;
        double vr = 0.92 - 4.2 / b;
        double urvr = 0.86 * vr;
        while (true) {
            double v = random.nextDouble();
            double u;
            if (v <= urvr) {
                u = v / vr - 0.43;
                return (long) Math.floor((2 * a / (0.5 - Math.abs(u)) + b) * u + c);
            }
            if (v >= vr) {
                u = random.nextDouble() - 0.5;
            } else {
                u = v / vr - 0.93;
                u = Math.signum(u) * 0.5 - u;
                v = random.nextDouble() * vr;
            }
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + c);
            if (k < 0 || k > n) {
                continue;
            }
            v = v * alpha / (a / (us * us) + b);
            long km = Math.abs(k - m);
            if (km <= 15) {
                double f = 1;
                if (m < k) {
                    for (long i = m + 1; i <= k; i++) {
                        f *= nr / i - r;
                    }
                } else if (m > k) {
                    for (long i = k + 1; i <= m; i++) {
                        v *= nr / i - r;
                    }
                }
                if (v <= f) {
                    return k;
                }
                continue;
            }
            v = Math.log(v);
            double rho = (km / npq) * (((km / 3.0 + 0.625) * km + 1.0 / 6) / npq + 0.5);
            double t = -(double) km * km / (2 * npq);
            if (v < t - rho) {
                return k;
            }
            if (v > t + rho) {
                continue;
            }
            double nm = n - m + 1;
            double h = (m + 0.5) * Math.log((m + 1) / (r * nm)) + stirlingTail(m) + stirlingTail(n - m);
            double nk = n - k + 1;
            if (v
                    <= h
                            + (n + 1) * Math.log(nm / nk)
                            + (k + 0.5) * Math.log(nk * r / (k + 1))
                            - stirlingTail(k)
                            - stirlingTail(n - k)) {
                return k;
            }
        }
    }

    /** ln(k!) minus Stirling's approximation of it. */
    private static double stirlingTail(long k) {
        if (k < STIRLING_TAIL.length) {
            return STIRLING_TAIL[(int) k];
        }
        double kk = (double) k * k;
        return (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / kk) / kk) / k;
    }

    /** A multinomial draw of {@code total} trials over cells weighted by {@code weights}. */
    static double[] multinomial(SplittableRandom random, long total, double[] weights) {
        double remainingWeight = 0;
        for (double w : weights) {
            remainingWeight += w;
        }
        double[] counts = new double[weights.length];
        long remaining = total;
        for (int i = 0; i < weights.length && remaining > 0; i++) {
            if (weights[i] <= 0) {
                continue;
            }
            double p = remainingWeight <= 0 ? 1 : Math.min(1, weights[i] / remainingWeight);
            long drawn = sample(random, remaining, p);
            counts[i] = drawn;
            remaining -= drawn;
            remainingWeight -= weights[i];
        }
        return counts;
    }
}
