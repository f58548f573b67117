package dev.reelrank.model.ratings;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs the JMH benchmarks from {@code mvn -Pjmh verify}; results print to the console. */
class JmhRunner {
    @Test
    void run() throws Exception {
        String include = System.getProperty("jmh.include", "RatingsBenchmark");
        new Runner(new OptionsBuilder().include(include).build()).run();
    }
}
