package dev.reelrank.testing;

import dev.reelrank.model.Currencies;
import dev.reelrank.model.ExchangeRate;
import dev.reelrank.model.GenerationMode;
import dev.reelrank.model.HeadToHead;
import dev.reelrank.model.Price;
import dev.reelrank.model.PriceKind;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.PriceStatus;
import dev.reelrank.model.PriceUnit;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.Provenance;
import dev.reelrank.model.VoteTally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;

/**
 * Projects built for tests, so that a test states the figures it depends on instead of borrowing
 * them from the shipped default dataset (which changes with the market).
 */
public final class TestProjects {
    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 15);
    private static final Provenance TEST_SOURCE = new Provenance("Test fixture", null, AS_OF);

    private final String name;
    private final List<Product> products = new ArrayList<>();
    private final List<ExchangeRate> rates = new ArrayList<>(List.of(
            new ExchangeRate(Currency.getInstance("USD"), Currencies.CNY, new BigDecimal("7.0"), TEST_SOURCE)));
    private final List<HeadToHead> pairs = new ArrayList<>();
    private Currency display = Currencies.CNY;

    private TestProjects(String name) {
        this.name = name;
    }

    public static TestProjects named(String name) {
        return new TestProjects(name);
    }

    /**
     * Five products with distinct costs and ratings, in an order that neither chart keeps: the
     * table order is not the cheapest-first or the best-first order.
     */
    public static Project fiveProducts() {
        return named("Five products")
                .perSecond("alpha", "Alpha 1", "Alpha", "0.50", "USD", 900, 600, 100)
                .perSecond("beta", "Beta 2", "Beta", "0.05", "USD", 700, 800, 100)
                .perClip("gamma", "Gamma 3", "Gamma", "2.00", "CNY", 5, 500, 500, 100)
                .perSecond("delta", "Delta 4", "Delta", "0.20", "USD", 1100, 400, 100)
                .perClip("epsilon", "Epsilon 5", "Epsilon", "9.00", "CNY", 5, 300, 900, 100)
                // Head to head, the order is nearly the reverse of the aggregate votes'.
                .battles("alpha", "beta", 20, 60, 5).battles("beta", "gamma", 70, 10, 5)
                .battles("gamma", "delta", 50, 30, 5).battles("delta", "epsilon", 15, 65, 5)
                .battles("alpha", "epsilon", 10, 70, 5).battles("beta", "delta", 55, 25, 5)
                .build();
    }

    /**
     * Five products whose head-to-head votes cover what a heatmap must draw readably: a lopsided
     * pair (1 vote to 99, the strongest colours of the scale at both ends), an even share that rests
     * on only 4 votes, shares in between, and pairs that never met.
     */
    public static Project headToHeadSpread() {
        return named("Head-to-head spread")
                .perSecond("alpha", "Alpha 1", "Alpha", "0.50", "USD", 900, 600, 100)
                .perSecond("beta", "Beta 2", "Beta", "0.05", "USD", 700, 800, 100)
                .perClip("gamma", "Gamma 3", "Gamma", "2.00", "CNY", 5, 500, 500, 100)
                .perSecond("delta", "Delta 4", "Delta", "0.20", "USD", 1100, 400, 100)
                .perClip("epsilon", "Epsilon 5", "Epsilon", "9.00", "CNY", 5, 300, 900, 100)
                .battles("alpha", "beta", 1, 99, 0)
                .battles("alpha", "gamma", 2, 2, 0)
                .battles("beta", "gamma", 60, 35, 5)
                .battles("gamma", "delta", 40, 45, 15)
                .battles("delta", "epsilon", 75, 20, 5)
                .battles("beta", "delta", 30, 30, 0)
                .battles("gamma", "epsilon", 12, 70, 3)
                // alpha-delta, alpha-epsilon and beta-epsilon never met.
                .build();
    }

    /**
     * Six products released on odd days from June 2024 to February 2025 (the first on June 6, the
     * last on February 20), so a date axis that ticks anywhere but on month starts is seen. One is
     * priced at a hundredth of a yuan a clip, over 1,000 times less than the dearest, and comes
     * first in the table.
     */
    public static Project releasesOverNineMonths() {
        return named("Releases over nine months")
                .perClip("gamma", "Gamma 1", "Gamma", "0.01", "CNY", 5, 300, 900, 100)
                .releasedOn("gamma", LocalDate.of(2024, 11, 3))
                .perSecond("alpha", "Alpha 1", "Alpha", "0.45", "USD", 900, 600, 100)
                .releasedOn("alpha", LocalDate.of(2024, 6, 6))
                .perSecond("alpha-2", "Alpha 2", "Alpha", "0.40", "USD", 1000, 500, 100)
                .releasedOn("alpha-2", LocalDate.of(2024, 9, 19))
                .perClip("beta", "Beta 1", "Beta", "2.00", "CNY", 5, 500, 500, 100)
                .releasedOn("beta", LocalDate.of(2024, 7, 25))
                .perSecond("delta", "Delta 1", "Delta", "0.20", "USD", 1100, 400, 100)
                .releasedOn("delta", LocalDate.of(2024, 12, 16))
                .perClip("epsilon", "Epsilon 1", "Epsilon", "9.00", "CNY", 5, 700, 700, 100)
                .releasedOn("epsilon", LocalDate.of(2025, 2, 20))
                .build();
    }

    /** A product priced per second of video, with aggregate votes. */
    public TestProjects perSecond(String id, String productName, String family, String amount, String currency,
                                  long wins, long losses, long ties) {
        return add(id, productName, family, new Price(new BigDecimal(amount), Currency.getInstance(currency),
                new PriceUnit.PerSecond()), wins, losses, ties);
    }

    /** A product priced per clip of {@code clipSeconds}, with aggregate votes. */
    public TestProjects perClip(String id, String productName, String family, String amount, String currency,
                                int clipSeconds, long wins, long losses, long ties) {
        return add(id, productName, family, new Price(new BigDecimal(amount), Currency.getInstance(currency),
                new PriceUnit.PerClip(clipSeconds)), wins, losses, ties);
    }

    /** Head-to-head votes between two products already added. */
    public TestProjects battles(String a, String b, long aWins, long bWins, long ties) {
        pairs.add(new HeadToHead(a, b, aWins, bWins, ties, false, TEST_SOURCE));
        return this;
    }

    /** Moves the release date of a product already added (products are released on the 10th otherwise). */
    public TestProjects releasedOn(String id, LocalDate date) {
        products.replaceAll(p -> !p.id().equals(id) ? p : new Product(p.id(), p.name(), p.nameZh(), p.family(),
                p.version(), p.vendor(), date, p.modes(), p.maxResolution(), p.maxClipSeconds(), p.prices(),
                p.comparedPrice(), p.votes(), p.chart(), p.note()));
        return this;
    }

    public TestProjects displayCurrency(String code) {
        display = Currency.getInstance(code);
        return this;
    }

    private TestProjects add(String id, String productName, String family, Price price, long wins, long losses,
                             long ties) {
        PriceOption option = new PriceOption("list", "List price", PriceStatus.PUBLISHED, price, PriceKind.LIST_PRICE,
                null, TEST_SOURCE, null, null);
        VoteTally votes = new VoteTally(wins, losses, ties, false, TEST_SOURCE);
        LocalDate released = LocalDate.of(2024, 1 + products.size() % 12, 10);
        products.add(new Product(id, productName, null, family, "1", family + " Inc.", released,
                EnumSet.of(GenerationMode.TEXT_TO_VIDEO), "1080p", 10, List.of(option), "list", votes,
                null, null));
        return this;
    }

    public Project build() {
        return new Project(name, "Built by a test.", display, rates, products, pairs);
    }
}
