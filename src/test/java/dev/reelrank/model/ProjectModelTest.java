package dev.reelrank.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectModelTest {
    private static final Provenance SOURCE = new Provenance("test", LocalDate.of(2025, 3, 1));

    private static PriceOption perClip(String id, String amount, String currency) {
        return PriceOption.published(
                id,
                "Option " + id,
                PriceKind.API,
                new Price(new BigDecimal(amount), Currencies.parse(currency), new PriceUnit.PerClip(5)),
                SOURCE,
                PriceTerms.NONE,
                null);
    }

    private static Product product(String id, List<PriceOption> prices, String compared, VoteTally votes) {
        return Product.builder(id, "Product " + id, "Family", "1", "Vendor", LocalDate.of(2024, 6, 6))
                .modes(Set.of(GenerationMode.TEXT_TO_VIDEO))
                .prices(prices, compared)
                .votes(votes)
                .build();
    }

    @Test
    void notPublicPrice_hasNoCost_neverZero() {
        var none = PriceOption.unavailable("none", "Not released", PriceStatus.NOT_PUBLIC, "not released", SOURCE);
        var movieGen = product("movie-gen", List.of(none), "none", null);
        var costs = new CostCalculator(ExchangeRates.none(), Currencies.CNY);
        assertTrue(costs.cost(movieGen).isEmpty());
    }

    @Test
    void unavailablePrice_needsAReason_andRefusesAFigure() {
        var noReason = assertThrows(
                InvalidValueException.class,
                () -> PriceOption.unavailable("x", "X", PriceStatus.NOT_PUBLIC, " ", SOURCE));
        assertEquals("reason", noReason.field());
        var figure = assertThrows(
                InvalidValueException.class,
                () -> new PriceOption(
                        "x",
                        "X",
                        PriceStatus.NOT_PUBLIC,
                        perClip("a", "1", "CNY").price(),
                        null,
                        "why",
                        SOURCE,
                        null,
                        null,
                        null));
        assertEquals("amount", figure.field());
    }

    @Test
    void cost_convertsTheComparedOptionToTheDisplayCurrency() {
        var rates = new ExchangeRates(
                List.of(new ExchangeRate(Currencies.USD, Currencies.CNY, new BigDecimal("7.3"), SOURCE)));
        var p = product("p", List.of(perClip("cheap", "1", "USD"), perClip("dear", "2", "USD")), "dear", null);
        var cost = new CostCalculator(rates, Currencies.CNY).cost(p).orElseThrow();
        assertEquals(
                0, new BigDecimal("14.6").compareTo(cost.perFiveSecondClip().amount()));
    }

    @Test
    void cost_withoutARate_isEmpty() {
        var p = product("p", List.of(perClip("a", "1", "EUR")), "a", null);
        assertTrue(
                new CostCalculator(ExchangeRates.none(), Currencies.CNY).cost(p).isEmpty());
    }

    @Test
    void product_comparedPriceMustBeOneOfItsOptions() {
        var e = assertThrows(
                InvalidValueException.class, () -> product("p", List.of(perClip("a", "1", "CNY")), "b", null));
        assertEquals("comparedPrice", e.field());
        assertTrue(e.getMessage().contains("[a]"), e.getMessage());
    }

    @Test
    void product_idsFollowThePattern() {
        var e = assertThrows(
                InvalidValueException.class, () -> product("Kling 1.6", List.of(perClip("a", "1", "CNY")), "a", null));
        assertEquals("id", e.field());
    }

    @Test
    void voteTally_countsAppearancesAndWinShare() {
        var tally = new VoteTally(1240, 610, 150, true, SOURCE);
        assertEquals(2000, tally.appearances());
        assertEquals(0.6575, tally.winShare().orElseThrow(), 1e-12);
        assertTrue(new VoteTally(0, 0, 0, false, SOURCE).winShare().isEmpty());
    }

    @Test
    void voteTally_rejectsNegativeAndAbsurdCounts() {
        var negative = assertThrows(InvalidValueException.class, () -> new VoteTally(-1, 0, 0, true, SOURCE));
        assertEquals("wins", negative.field());
        var absurd =
                assertThrows(InvalidValueException.class, () -> new VoteTally(1_000_000_000_001L, 0, 0, true, SOURCE));
        assertTrue(absurd.getMessage().contains("1e12"));
    }

    @Test
    void headToHead_refusesAProductAgainstItself() {
        var e = assertThrows(InvalidValueException.class, () -> new HeadToHead("a", "a", 1, 1, 0, true, SOURCE));
        assertEquals("b", e.field());
    }

    @Test
    void project_refusesDuplicateIdsAndUnknownHeadToHeadNames() {
        var a = product("a", List.of(perClip("x", "1", "CNY")), "x", null);
        assertThrows(
                InvalidValueException.class,
                () -> new Project("p", null, Currencies.CNY, List.of(), List.of(a, a), List.of()));
        assertThrows(
                InvalidValueException.class,
                () -> new Project(
                        "p",
                        null,
                        Currencies.CNY,
                        List.of(),
                        List.of(a),
                        List.of(new HeadToHead("a", "b", 1, 2, 0, false, SOURCE))));
    }

    @Test
    void project_countsAndSampleFlag() {
        var sampled = product(
                "a",
                List.of(perClip("x", "1", "CNY"), perClip("y", "2", "CNY")),
                "x",
                new VoteTally(1, 2, 3, true, SOURCE));
        var published = product("b", List.of(perClip("x", "1", "CNY")), "x", new VoteTally(1, 2, 3, false, SOURCE));
        var project = new Project("p", null, Currencies.CNY, List.of(), List.of(sampled, published), List.of());
        assertEquals(3, project.priceOptionCount());
        assertEquals(2, project.voteTallyCount());
        assertTrue(project.hasSampleVotes());
        assertFalse(new Project("p", null, Currencies.CNY, List.of(), List.of(published), List.of()).hasSampleVotes());
    }

    @Test
    void withoutProduct_dropsItsHeadToHeadPairs_andKeepsEverythingElse() {
        var a = product("a", List.of(perClip("x", "1", "CNY")), "x", null);
        var b = product("b", List.of(perClip("x", "2", "USD")), "x", new VoteTally(1, 2, 3, true, SOURCE));
        var c = product("c", List.of(perClip("x", "3", "CNY")), "x", null);
        var ab = new HeadToHead("a", "b", 1, 2, 0, false, SOURCE);
        var cb = new HeadToHead("c", "b", 4, 5, 1, true, SOURCE);
        var ac = new HeadToHead("a", "c", 6, 7, 2, false, SOURCE);
        var rates = List.of(new ExchangeRate(Currencies.USD, Currencies.CNY, new BigDecimal("7.3"), SOURCE));
        var view = new ChartView(
                CostBasis.PER_FIVE_SECOND_CLIP,
                TrendMetric.COST_PER_MINUTE,
                false,
                RatingSource.HEAD_TO_HEAD,
                true,
                null,
                true);
        // The comparison names the product deleted: the tile reports it gone, and undo brings it back.
        var comparison = new CostComparison("b", List.of("a", "c"));
        var project = new Project(
                "p", "About p", Currencies.USD, rates, List.of(a, b, c), List.of(ab, cb, ac), view, comparison);

        var without = project.withoutProduct("b");

        assertEquals(List.of(a, c), without.products());
        assertEquals(List.of(ac), without.headToHead());
        assertEquals(
                new Project("p", "About p", Currencies.USD, rates, List.of(a, c), List.of(ac), view, comparison),
                without);
        assertEquals(comparison, without.costComparison());
        assertEquals(List.of(), without.withoutProduct("a").headToHead());
        assertEquals(List.of(c), without.withoutProduct("a").products());
        assertEquals(project, project.withoutProduct("gone"));
    }
}
