package dev.reelrank.model.ratings;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The maximum-likelihood Bradley–Terry fit for one connected group of products: maximise
 * Σ w_ab log σ(θa − θb) over the pairs, where a tie counts as half a win for each side, by
 * Newton's method with a backtracking line search.
 *
 * <p>When some product in the group never wins or never loses against the others (the votes
 * graph is not strongly connected), the maximum lies at infinity. Then every product gets one
 * virtual tie against an average opponent, the same half-win / half-loss adjustment the aggregate
 * ratings use, which keeps the ratings finite and moves products with many votes very little.
 */
final class BradleyTerryFit {
    /** Natural-log odds to the arenas' scale: 400 points for 10:1 odds. */
    static final double SCALE = 400 / Math.log(10);

    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-10;
    /**
     * Up to this many free products the Newton step is solved exactly (Cholesky, n³/3); above it by
     * conjugate gradients on the sparse Hessian, whose work grows with the pairs: a bootstrap of a
     * 500-model group took 4 minutes the dense way.
     */
    static final int DENSE_LIMIT = 150;
    /** Relative residual at which a conjugate-gradient solve stops. */
    private static final double CG_TOLERANCE = 1e-6;

    // A private hand-over between two steps of one fit, never compared or hashed.
    @SuppressWarnings("ArrayRecordComponent")
    record Result(double[] theta, boolean virtualTies) {}

    private final int size;
    private final int[] pa;
    private final int[] pb;
    private final double[] wa;
    private final double[] wb;
    private final double[] n;

    /**
     * @param size       the group's number of products; the result is in their local order
     * @param localIndex each product's position within its own group
     * @param pairs      the group's pairs with votes (indices into {@code cells})
     */
    BradleyTerryFit(PairCells cells, int size, int[] localIndex, int[] pairs) {
        this.size = size;
        int count = pairs.length;
        pa = new int[count];
        pb = new int[count];
        wa = new double[count];
        wb = new double[count];
        n = new double[count];
        for (int k = 0; k < count; k++) {
            int pair = pairs[k];
            pa[k] = localIndex[cells.a(pair)];
            pb[k] = localIndex[cells.b(pair)];
            wa[k] = cells.aWins(pair) + cells.ties(pair) / 2;
            wb[k] = cells.bWins(pair) + cells.ties(pair) / 2;
            n[k] = cells.battles(pair);
        }
    }

    /** Fits from {@code start} (a previous fit, for the bootstrap) or from all zeros. */
    Result fit(double[] start) {
        return fit(start, size <= DENSE_LIMIT);
    }

    /** As {@link #fit(double[])}, choosing the solver (the two must agree; a test compares them). */
    Result fit(double[] start, boolean dense) {
        double[] theta = start == null ? new double[size] : start.clone();
        if (size <= 1) {
            return new Result(new double[size], false);
        }
        boolean prior = !stronglyConnected();
        // Without the prior only differences are identified: the last product stays at 0.
        int free = prior ? size : size - 1;
        if (!prior) {
            double last = theta[size - 1];
            for (int i = 0; i < size; i++) {
                theta[i] -= last;
            }
        }
        double[] gradient = new double[size];
        double[] step = new double[free];
        double[] trial = new double[size];
        NewtonSolver solver = dense ? new DenseSolver(free) : new SparseSolver(free);
        double current = Double.NaN;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            if (!solver.step(theta, prior, gradient, step)) {
                break;
            }
            double largest = 0;
            for (int i = 0; i < free; i++) {
                largest = Math.max(largest, Math.abs(step[i]));
            }
            if (largest <= 1) {
                // Near the optimum the full Newton step is safe: no likelihood (and its exponentials) needed.
                for (int i = 0; i < free; i++) {
                    theta[i] += step[i];
                }
                current = Double.NaN;
                if (largest < TOLERANCE) {
                    break;
                }
                continue;
            }
            // A big step: cap it at 1 (natural-log odds) and backtrack until the likelihood does not fall.
            if (Double.isNaN(current)) {
                current = logLikelihood(theta, prior);
            }
            double scale = 1 / largest;
            double next;
            int halvings = 0;
            do {
                for (int i = 0; i < free; i++) {
                    trial[i] = theta[i] + scale * step[i];
                }
                if (!prior) {
                    trial[size - 1] = 0;
                }
                next = logLikelihood(trial, prior);
                scale /= 2;
            } while (next < current - 1e-12 * Math.abs(current) && ++halvings < 40);
            System.arraycopy(trial, 0, theta, 0, size);
            current = next;
        }
        return new Result(theta, prior);
    }

    /** Computes the derivatives at theta and the Newton step on the free coordinates. */
    private interface NewtonSolver {
        /** False if the Hessian is not positive definite (no step). */
        boolean step(double[] theta, boolean prior, double[] gradient, double[] step);
    }

    private final class DenseSolver implements NewtonSolver {
        private final int free;
        private final double[][] hessian = new double[size][size];
        private final double[][] factor;
        private final double[] scratch;

        DenseSolver(int free) {
            this.free = free;
            this.factor = new double[free][free];
            this.scratch = new double[free];
        }

        @Override
        public boolean step(double[] theta, boolean prior, double[] gradient, double[] step) {
            derivatives(theta, prior, gradient, hessian);
            return solve(hessian, gradient, free, factor, scratch, step);
        }
    }

    /** Preconditioned (Jacobi) conjugate gradients: the Hessian is a weighted graph Laplacian, never formed. */
    private final class SparseSolver implements NewtonSolver {
        private final int free;
        private final double[] curvature = new double[pa.length];
        private final double[] diagonal = new double[size];
        private final double[] residual;
        private final double[] preconditioned;
        private final double[] direction = new double[size];
        private final double[] product = new double[size];

        SparseSolver(int free) {
            this.free = free;
            this.residual = new double[free];
            this.preconditioned = new double[free];
        }

        @Override
        public boolean step(double[] theta, boolean prior, double[] gradient, double[] step) {
            Arrays.fill(gradient, 0);
            Arrays.fill(diagonal, 0);
            for (int k = 0; k < pa.length; k++) {
                double p = sigmoid(theta[pa[k]] - theta[pb[k]]);
                double g = wa[k] - n[k] * p;
                gradient[pa[k]] += g;
                gradient[pb[k]] -= g;
                curvature[k] = n[k] * p * (1 - p);
                diagonal[pa[k]] += curvature[k];
                diagonal[pb[k]] += curvature[k];
            }
            if (prior) {
                for (int i = 0; i < size; i++) {
                    double p = sigmoid(theta[i]);
                    gradient[i] += 0.5 - p;
                    diagonal[i] += p * (1 - p);
                }
            }
            double gradientNorm = 0;
            for (int i = 0; i < free; i++) {
                if (!(diagonal[i] > 1e-300)) {
                    return false;
                }
                step[i] = 0;
                residual[i] = gradient[i];
                gradientNorm += gradient[i] * gradient[i];
            }
            if (gradientNorm == 0) {
                return true;
            }
            double stop = CG_TOLERANCE * CG_TOLERANCE * gradientNorm;
            Arrays.fill(direction, 0);
            double rz = 0;
            for (int i = 0; i < free; i++) {
                preconditioned[i] = residual[i] / diagonal[i];
                direction[i] = preconditioned[i];
                rz += residual[i] * preconditioned[i];
            }
            for (int iteration = 0; iteration < 4 * free + 100; iteration++) {
                multiply(direction);
                double curvatureAlong = 0;
                for (int i = 0; i < free; i++) {
                    curvatureAlong += direction[i] * product[i];
                }
                if (!(curvatureAlong > 0)) {
                    return false;
                }
                double alpha = rz / curvatureAlong;
                double residualNorm = 0;
                for (int i = 0; i < free; i++) {
                    step[i] += alpha * direction[i];
                    residual[i] -= alpha * product[i];
                    residualNorm += residual[i] * residual[i];
                }
                if (residualNorm <= stop) {
                    break;
                }
                double next = 0;
                for (int i = 0; i < free; i++) {
                    preconditioned[i] = residual[i] / diagonal[i];
                    next += residual[i] * preconditioned[i];
                }
                double beta = next / rz;
                rz = next;
                for (int i = 0; i < free; i++) {
                    direction[i] = preconditioned[i] + beta * direction[i];
                }
            }
            return true;
        }

        /** product = H · direction, with the fixed last coordinate (when there is one) held at 0. */
        private void multiply(double[] x) {
            for (int i = 0; i < size; i++) {
                product[i] = diagonal[i] * x[i];
            }
            for (int k = 0; k < pa.length; k++) {
                product[pa[k]] -= curvature[k] * x[pb[k]];
                product[pb[k]] -= curvature[k] * x[pa[k]];
            }
        }
    }

    private double logLikelihood(double[] theta, boolean prior) {
        double sum = 0;
        for (int k = 0; k < pa.length; k++) {
            double d = theta[pa[k]] - theta[pb[k]];
            sum -= wa[k] * log1pExp(-d) + wb[k] * log1pExp(d);
        }
        if (prior) {
            for (double t : theta) {
                sum -= 0.5 * log1pExp(-t) + 0.5 * log1pExp(t);
            }
        }
        return sum;
    }

    private void derivatives(double[] theta, boolean prior, double[] gradient, double[][] hessian) {
        Arrays.fill(gradient, 0);
        for (double[] row : hessian) {
            Arrays.fill(row, 0);
        }
        for (int k = 0; k < pa.length; k++) {
            int i = pa[k];
            int j = pb[k];
            double p = sigmoid(theta[i] - theta[j]);
            double g = wa[k] - n[k] * p;
            gradient[i] += g;
            gradient[j] -= g;
            double h = n[k] * p * (1 - p);
            hessian[i][i] += h;
            hessian[j][j] += h;
            hessian[i][j] -= h;
            hessian[j][i] -= h;
        }
        if (prior) {
            for (int i = 0; i < size; i++) {
                double p = sigmoid(theta[i]);
                gradient[i] += 0.5 - p;
                hessian[i][i] += p * (1 - p);
            }
        }
    }

    /**
     * Solves H x = g on the first {@code free} coordinates by Cholesky, into {@code x}; false if H is
     * not positive definite. The work arrays are reused across Newton steps.
     */
    private static boolean solve(double[][] h, double[] g, int free, double[][] l, double[] y, double[] x) {
        for (int i = 0; i < free; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = h[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (sum <= 1e-300) {
                        return false;
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        for (int i = 0; i < free; i++) {
            double sum = g[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * y[k];
            }
            y[i] = sum / l[i][i];
        }
        for (int i = free - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < free; k++) {
                sum -= l[k][i] * x[k];
            }
            x[i] = sum / l[i][i];
        }
        return true;
    }

    /** Every product can be reached from every other along "won against" edges (ties count both ways). */
    private boolean stronglyConnected() {
        return reachesAll(true) && reachesAll(false);
    }

    private boolean reachesAll(boolean forward) {
        boolean[] seen = new boolean[size];
        int[][] edges = adjacency(forward);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        seen[0] = true;
        int reached = 1;
        while (!queue.isEmpty()) {
            int here = queue.poll();
            for (int next : edges[here]) {
                if (!seen[next]) {
                    seen[next] = true;
                    reached++;
                    queue.add(next);
                }
            }
        }
        return reached == size;
    }

    private int[][] adjacency(boolean forward) {
        int[] degree = new int[size];
        for (int k = 0; k < pa.length; k++) {
            if (wa[k] > 0) {
                degree[forward ? pa[k] : pb[k]]++;
            }
            if (wb[k] > 0) {
                degree[forward ? pb[k] : pa[k]]++;
            }
        }
        int[][] edges = new int[size][];
        for (int i = 0; i < size; i++) {
            edges[i] = new int[degree[i]];
        }
        int[] filled = new int[size];
        for (int k = 0; k < pa.length; k++) {
            // a won against b: an edge a -> b (or b -> a when walking backwards)
            if (wa[k] > 0) {
                int from = forward ? pa[k] : pb[k];
                edges[from][filled[from]++] = forward ? pb[k] : pa[k];
            }
            if (wb[k] > 0) {
                int from = forward ? pb[k] : pa[k];
                edges[from][filled[from]++] = forward ? pa[k] : pb[k];
            }
        }
        return edges;
    }

    static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

    /** log(1 + e^x) without overflow. */
    static double log1pExp(double x) {
        return x > 35 ? x : x < -35 ? Math.exp(x) : Math.log1p(Math.exp(x));
    }
}
