package dev.reelrank.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.ValueFrontier.BestValue;
import dev.reelrank.model.ValueFrontier.Point;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The value frontier and the best-value rule: most odds of being preferred per unit of cost. */
class ValueFrontierTest {
    @Test
    void frontier_dropsDominatedPoints_keepsTheFirstOfEqualOnes_andRunsCheapestFirst() {
        List<Point> points = List.of(
                new Point("a", 10, 1000),
                new Point("b", 10, 1050),
                new Point("c", 20, 1040),
                new Point("d", 30, 1100),
                new Point("e", 40, 1100),
                new Point("f", 30, 1100));
        assertEquals(List.of("b", "d"), ValueFrontier.frontierIds(points));
        assertEquals(List.of(), ValueFrontier.frontierIds(List.of()));
    }

    @Test
    void aDoublingOfCost_isWorthADoublingOfTheOdds_120Points() {
        assertEquals(120.41, ValueFrontier.POINTS_PER_DOUBLING, 0.01);
        // Twice the cost for 100 points more: not worth it, the cheap one is the best value.
        assertEquals("cheap", best(new Point("cheap", 10, 1000), new Point("dear", 20, 1100)));
        // Twice the cost for 140 points more: worth it.
        assertEquals("dear", best(new Point("cheap", 10, 1000), new Point("dear", 20, 1140)));
        // 18 times the cost for 41 points more (the shape of Kling 1.5 against Veo 2 in the default data).
        assertEquals("cheap", best(new Point("cheap", 12, 1072), new Point("dear", 219, 1113)));
    }

    @Test
    void theBestValue_isOnTheFrontier_andDoesNotDependOnTheCurrency() {
        List<Point> yuan = List.of(
                new Point("a", 10.8, 853),
                new Point("b", 12, 1048),
                new Point("c", 14.4, 1053),
                new Point("d", 33.6, 983),
                new Point("e", 210, 1215));
        assertEquals("b", best(yuan.toArray(Point[]::new)));
        List<Point> dollars = yuan.stream()
                .map(p -> new Point(p.id(), p.cost() / 7.3, p.rating()))
                .toList();
        assertEquals("b", best(dollars.toArray(Point[]::new)));
        // A product off the frontier never wins, however cheap its rating looks per yuan: d is beaten by b.
        assertTrue(ValueFrontier.frontierIds(yuan).contains(best(yuan.toArray(Point[]::new))));
    }

    @Test
    void theRunnerUp_isTheNextBestFrontierProduct_closeWhenTheirScoreIntervalsOverlap() {
        // Scores: b 1048 - 400 log10 12 = 616.3, c 1053 - 400 log10 14.4 = 589.7: 26.6 apart.
        Point b = new Point("b", 12, 1048, 1018, 1078);
        Point c = new Point("c", 14.4, 1053, 1033, 1073);
        BestValue wide = ValueFrontier.bestValue(List.of(b, c, new Point("e", 210, 1215, 1200, 1230)))
                .orElseThrow();
        assertEquals("b", wide.best().id());
        assertEquals("c", wide.runnerUp().orElseThrow().id());
        assertTrue(wide.close(), "b's lowest score 586.3 is below c's highest 609.7");
        assertEquals(Optional.of(c), wide.closeRunnerUp());

        Point bNarrow = new Point("b", 12, 1048, 1040, 1056);
        Point cNarrow = new Point("c", 14.4, 1053, 1045, 1061);
        BestValue narrow = ValueFrontier.bestValue(List.of(bNarrow, cNarrow)).orElseThrow();
        assertEquals("c", narrow.runnerUp().orElseThrow().id());
        assertFalse(narrow.close(), "b's lowest score 608.3 is above c's highest 597.7");
        assertEquals(Optional.empty(), narrow.closeRunnerUp());
    }

    @Test
    void aDominatedProduct_isNeverTheRunnerUp() {
        // d is as cheap as b and rated just below it: a better score than c, but b beats it on both.
        BestValue value = ValueFrontier.bestValue(List.of(
                        new Point("b", 12, 1048, 1018, 1078),
                        new Point("d", 12, 1045, 1015, 1075),
                        new Point("c", 30, 1060, 1050, 1070)))
                .orElseThrow();
        assertEquals("b", value.best().id());
        assertEquals("c", value.runnerUp().orElseThrow().id());
    }

    @Test
    void aLoneProduct_hasNoRunnerUp_aFreeOneIsTheBestValue_andNoPointsGiveNothing() {
        BestValue alone =
                ValueFrontier.bestValue(List.of(new Point("a", 5, 1000))).orElseThrow();
        assertEquals("a", alone.best().id());
        assertEquals(Optional.empty(), alone.runnerUp());
        BestValue free = ValueFrontier.bestValue(
                        List.of(new Point("paid", 0.01, 1400, 1300, 1500), new Point("free", 0, 900, 800, 1000)))
                .orElseThrow();
        assertEquals("free", free.best().id());
        assertFalse(free.close());
        assertEquals(Optional.empty(), ValueFrontier.bestValue(List.of()));
    }

    private static String best(Point... points) {
        return ValueFrontier.bestValue(List.of(points)).orElseThrow().best().id();
    }
}
