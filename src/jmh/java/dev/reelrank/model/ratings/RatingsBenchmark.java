package dev.reelrank.model.ratings;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 5's target: the fit plus 1,000 bootstrap rounds for 50 products and 1,000,000 battles in
 * at most 1 s on 2 cores; and the straightforward way per round, for the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class RatingsBenchmark {
    @Param({"50"})
    int products;

    @Param({"1000000"})
    int battles;

    private ArenaData data;
    private PairCells cells;
    private Random random;

    @Setup(Level.Trial)
    public void setUp() {
        data = new ArenaData(products, battles, 1);
        cells = data.cells();
        random = new Random(3);
    }

    @Benchmark
    public RatingsResult fitAndThousandBootstrapRounds() {
        return BradleyTerry.rate(
                cells, new BradleyTerry.Options(1000, 42, Runtime.getRuntime().availableProcessors()));
    }

    @Benchmark
    public RatingsResult fitOnly() {
        return BradleyTerry.fit(cells);
    }

    /** One round the straightforward way; multiply by 1,000 for the whole bootstrap. */
    @Benchmark
    public double[] naiveOneBootstrapRound() {
        return NaiveBradleyTerry.round(data, random);
    }

    @Benchmark
    public PairCells collapseMillionBattlesToCells() {
        return data.cells();
    }
}
