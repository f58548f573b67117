package dev.reelrank.testing;

import dev.reelrank.model.ChartStyle;
import dev.reelrank.model.Citation;
import dev.reelrank.model.Currencies;
import dev.reelrank.model.DatedFact;
import dev.reelrank.model.ExchangeRate;
import dev.reelrank.model.GenerationMode;
import dev.reelrank.model.HeadToHead;
import dev.reelrank.model.Leaderboard;
import dev.reelrank.model.Lifecycle;
import dev.reelrank.model.Price;
import dev.reelrank.model.PriceKind;
import dev.reelrank.model.PriceObservation;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.PriceStatus;
import dev.reelrank.model.PriceTerms;
import dev.reelrank.model.PriceUnit;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.Provenance;
import dev.reelrank.model.PublishedInterval;
import dev.reelrank.model.PublishedRating;
import dev.reelrank.model.RatingSource;
import dev.reelrank.model.SourceKind;
import dev.reelrank.model.TrendMetric;
import dev.reelrank.model.VoteTally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * Projects built for tests, so that a test states the figures it depends on instead of borrowing
 * them from the shipped default dataset (which changes with the market).
 *
 * <p>Products are added with one of the {@code per...} methods (a "list" option of the given unit,
 * the compared one, and aggregate votes); the methods after them ({@link #chineseName},
 * {@link #released}, {@link #chart}, {@link #option}, ...) change the product added last.
 */
public final class TestProjects {
    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 15);
    private static final Provenance TEST_SOURCE = new Provenance("Test fixture", null, AS_OF);
    /** The source of every vote count {@link #sampleVotes()} marks as sample data. */
    public static final String SAMPLE_VOTES_SOURCE = "Sample votes made up for a test";

    private final String name;
    private String description = "Built by a test.";
    private final List<Product> products = new ArrayList<>();
    private final List<ExchangeRate> rates = new ArrayList<>(
            List.of(new ExchangeRate(Currency.getInstance("USD"), Currencies.CNY, new BigDecimal("7.0"), TEST_SOURCE)));
    private final List<HeadToHead> pairs = new ArrayList<>();
    private Currency display = Currencies.CNY;

    private TestProjects(String name) {
        this.name = name;
    }

    public static TestProjects named(String name) {
        return new TestProjects(name);
    }

    /**
     * {@code count} products ("{@code productName} 0", 1, …, ids p0, p1, …), priced apart, and every pair
     * of them met in head-to-head votes: a heatmap of count × count cells, as after a large import.
     */
    public static Project everyPairMet(int count, String productName) {
        TestProjects builder = named(count + " products, every pair met");
        for (int i = 0; i < count; i++) {
            builder.perSecond(
                    "p" + i,
                    productName + " " + i,
                    "Family " + i,
                    BigDecimal.valueOf(10 + i, 2).toPlainString(),
                    "USD",
                    100 + i,
                    100,
                    10);
        }
        for (int i = 0; i < count; i++) {
            for (int j = i + 1; j < count; j++) {
                builder.battles("p" + i, "p" + j, 10 + i, 10 + j, 1);
            }
        }
        return builder.build();
    }

    /** Alpha 1 to Epsilon 5: distinct costs (per second in USD, per clip in CNY) and aggregate votes. */
    private static TestProjects fiveNamed(String name) {
        return named(name)
                .perSecond("alpha", "Alpha 1", "Alpha", "0.50", "USD", 900, 600, 100)
                .perSecond("beta", "Beta 2", "Beta", "0.05", "USD", 700, 800, 100)
                .perClip("gamma", "Gamma 3", "Gamma", "2.00", "CNY", 5, 500, 500, 100)
                .perSecond("delta", "Delta 4", "Delta", "0.20", "USD", 1100, 400, 100)
                .perClip("epsilon", "Epsilon 5", "Epsilon", "9.00", "CNY", 5, 300, 900, 100);
    }

    /**
     * Five products with distinct costs and ratings, in an order that neither chart keeps: the
     * table order is not the cheapest-first or the best-first order.
     */
    public static Project fiveProducts() {
        return fiveNamed("Five products")
                // Head to head, the order is nearly the reverse of the aggregate votes'.
                .battles("alpha", "beta", 20, 60, 5)
                .battles("beta", "gamma", 70, 10, 5)
                .battles("gamma", "delta", 50, 30, 5)
                .battles("delta", "epsilon", 15, 65, 5)
                .battles("alpha", "epsilon", 10, 70, 5)
                .battles("beta", "delta", 55, 25, 5)
                .build();
    }

    /**
     * Five products whose head-to-head votes cover what a heatmap must draw readably: a lopsided
     * pair (1 vote to 99, the strongest colours of the scale at both ends), an even share that rests
     * on only 4 votes, shares in between, and pairs that never met.
     */
    public static Project headToHeadSpread() {
        return fiveNamed("Head-to-head spread")
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

    /** The file name tests give {@link #market()} when they write it. */
    public static final String MARKET_FILE = "market.reelrank.json";

    /**
     * A made-up market shaped like ReelRank's default dataset (a product family of three versions,
     * prices per credit, per second and by monthly plan, analysts' estimates beside vendors' prices,
     * hidden products, prices that are not public or not sourced, Chinese names, sample votes), but
     * with figures of its own, so that tests keep passing when the real dataset is replaced. The
     * ids are the real products' because the KPI tiles look for Kling 1.6, Veo 2 and Sora by id.
     *
     * <p>Display currency CNY; rates 1 USD = 7.0 CNY and 1 EUR = 1.25 USD, both "Test fixture",
     * as of 2025-01-15. Products in table order (all votes are sample data):
     * <pre>
     * id                  shown  compared price                            = CNY / min  = CNY / 5-s clip  votes W / L / T
     * kling-1.0 (可灵 1.0)  yes    0.09 CNY a credit, 10 credits a 5-s clip      10.80     0.90              400 / 1000 / 100
     * kling-1.5 (可灵 1.5)  yes    0.12 CNY a credit, 10 credits a 5-s clip      14.40     1.20             1100 /  800 / 100
     * kling-1.6 (可灵 1.6)  yes    0.1 CNY a credit, 10 credits a 5-s clip       12.00     1.00              600 /  450 /  50
     * veo-2               yes    0.5 USD a second                             210.00    17.50             1500 /  400 / 100
     * sora                yes    20 USD a month for 50 clips of 5 s            33.60     2.80              900 / 1000 / 100
     * runway-gen-3-alpha  no     0.01 USD a credit, 50 credits a 5-s clip      42.00     3.50              700 / 1200 / 100
     * pika-1.5            no     not sourced                                   -         -                 800 / 1100 / 100
     * meta-movie-gen      no     not public                                    -         -                 no votes
     * </pre>
     * Aggregate ratings, 1000 + 400 log10((W + T/2 + 0.5) / (L + T/2 + 0.5)): Veo 2 1214.7,
     * Kling 1.5 1052.5, Kling 1.6 1047.6, Sora 982.6, Kling 1.0 852.9 (Runway 911.3, Pika 947.5).
     * The shown products' votes add up to 8,600.
     *
     * <p>Other price options: Kling 1.6 "professional" (0.1 CNY a credit, 35 credits a 5-s clip) and
     * the estimate "gf-estimate" (0.83 CNY a 5-s clip, "GF Securities (test fixture)", 2025-03-10);
     * Veo 2 the estimate "gf-relative-estimate" 4.15 CNY a 5-s clip; Sora "chatgpt-pro" (200 USD a
     * month for 10,000 s) and the estimate "gf-relative-estimate" 3.32 CNY a 5-s clip; Runway
     * "turbo", 3 USD a minute. Veo 2's list price cites "Vertex AI price list (test fixture)" as of
     * 2025-02-20.
     */
    public static Project market() {
        return named("Video generators, test market")
                .description("A made-up market for tests, shaped like the default dataset.")
                .rate("EUR", "USD", "1.25")
                .perCredit("kling-1.0", "Kling 1.0", "Kling", "0.09", "CNY", 10, 5, 400, 1000, 100)
                .priced("standard", "Standard mode")
                .chineseName("可灵 1.0")
                .vendor("Kuaishou")
                .released("2024-06-06")
                .chart("#CC79A7", true)
                .sampleVotes()
                .perCredit("kling-1.5", "Kling 1.5", "Kling", "0.12", "CNY", 10, 5, 1100, 800, 100)
                .priced("standard", "Standard mode")
                .chineseName("可灵 1.5")
                .vendor("Kuaishou")
                .released("2024-09-19")
                .chart("#E69F00", true)
                .sampleVotes()
                .perCredit("kling-1.6", "Kling 1.6", "Kling", "0.1", "CNY", 10, 5, 600, 450, 50)
                .priced("standard", "Standard mode")
                .chineseName("可灵 1.6")
                .vendor("Kuaishou")
                .released("2024-12-19")
                .chart("#D55E00", true)
                .sampleVotes()
                .option(
                        "professional",
                        "Professional mode",
                        PriceKind.CREDITS,
                        "0.1",
                        "CNY",
                        new PriceUnit.PerCredit(new BigDecimal("35"), 5),
                        "Test fixture",
                        "2025-01-15",
                        null)
                .option(
                        "gf-estimate",
                        "GF estimate",
                        PriceKind.ESTIMATE,
                        "0.83",
                        "CNY",
                        new PriceUnit.PerClip(5),
                        "GF Securities (test fixture)",
                        "2025-03-10",
                        "A 5-s clip is assumed.")
                .perSecond("veo-2", "Veo 2", "Veo", "0.5", "USD", 1500, 400, 100)
                .priced("vertex-ai", "Vertex AI")
                .source("Vertex AI price list (test fixture)", "2025-02-20")
                .vendor("Google")
                .released("2024-12-16")
                .chart("#0072B2", true)
                .sampleVotes()
                .option(
                        "gf-relative-estimate",
                        "GF relative estimate",
                        PriceKind.ESTIMATE,
                        "4.15",
                        "CNY",
                        new PriceUnit.PerClip(5),
                        "GF Securities (test fixture)",
                        "2025-03-10",
                        null)
                .monthlyPlan("sora", "Sora", "Sora", "20", "USD", 50, 5, 900, 1000, 100)
                .priced("chatgpt-plus", "ChatGPT Plus")
                .vendor("OpenAI")
                .released("2024-12-09")
                .chart("#009E73", true)
                .sampleVotes()
                .discontinued("2026-04-26", "Sora's closing (test fixture)")
                .option(
                        "chatgpt-pro",
                        "ChatGPT Pro",
                        PriceKind.PLAN,
                        "200",
                        "USD",
                        PriceUnit.MonthlyPlan.ofSeconds(new BigDecimal("10000")),
                        "Test fixture",
                        "2025-01-15",
                        null)
                .option(
                        "gf-relative-estimate",
                        "GF relative estimate",
                        PriceKind.ESTIMATE,
                        "3.32",
                        "CNY",
                        new PriceUnit.PerClip(5),
                        "GF Securities (test fixture)",
                        "2025-03-10",
                        null)
                .perCredit("runway-gen-3-alpha", "Runway Gen-3 Alpha", "Runway", "0.01", "USD", 50, 5, 700, 1200, 100)
                .priced("gen-3-alpha", "Gen-3 Alpha")
                .vendor("Runway")
                .released("2024-06-17")
                .chart("#56B4E9", false)
                .sampleVotes()
                .option(
                        "turbo",
                        "Turbo",
                        PriceKind.API,
                        "3",
                        "USD",
                        new PriceUnit.PerMinute(),
                        "Test fixture",
                        "2025-01-15",
                        null)
                .withoutFigure(
                        "pika-1.5",
                        "Pika 1.5",
                        "Pika",
                        "subscription",
                        "Subscription",
                        PriceStatus.NOT_SOURCED,
                        "No per-clip price was checked for this fixture.")
                .votes(800, 1100, 100)
                .sampleVotes()
                .vendor("Pika Labs")
                .released("2024-10-01")
                .chart("#882255", false)
                .withoutFigure(
                        "meta-movie-gen",
                        "Meta Movie Gen",
                        "Movie Gen",
                        "none",
                        "Not released",
                        PriceStatus.NOT_PUBLIC,
                        "Announced, not released.")
                .vendor("Meta")
                .released("2024-10-04")
                .chart("#999933", false)
                .note("No public product, so no votes either.")
                .build();
    }

    /**
     * Product families whose prices changed over time, for the price-history chart. Display
     * currency CNY, 1 USD = 7.0 CNY; "today" in the view-model tests is 2026-11-25.
     * <pre>
     * family  product    on sale     compared price, with its history            = CNY / min
     * Veo     veo-2      2024-12-16  0.50 USD a second (as of 2025-02-20)        210.00
     * Veo     veo-3      2025-05-20  0.75 USD a second from 2025-05-20,          315.00
     *                                cut to 0.40 on 2025-09-09 (current)         168.00
     * Kling   kling-1.6  2024-12-19  0.1 CNY a credit, 10 credits a 5-s clip      12.00
     * Kling   kling-2.1  2025-05-29  0.1 CNY a credit, 35 credits a 5-s clip      42.00
     * Sora    sora       2024-12-09  20 USD a month for 50 clips of 5 s           33.60, discontinued 2026-04-26
     * Hailuo  hailuo-02  2025-06-18  2 CNY a 5-s clip, an estimate                (left out: an estimate)
     * Pika    pika-1.5   2024-10-01  not sourced                                  (no figure)
     * Runway  runway-4   2025-03-31  0.01 USD a credit, hidden                    (not shown)
     * </pre>
     */
    public static Project priceHistory() {
        return named("Prices over time, test market")
                .perSecond("veo-2", "Veo 2", "Veo", "0.50", "USD", 1500, 400, 100)
                .source("Vertex AI price list (test fixture)", "2025-02-20")
                .released("2024-12-16")
                .chart("#0072B2", true)
                .perSecond("veo-3", "Veo 3", "Veo", "0.40", "USD", 1600, 300, 100)
                .source("Vertex AI price cut (test fixture)", "2025-09-09")
                .released("2025-05-20")
                .history("2025-05-20", "0.75", "Google I/O launch (test fixture)")
                .chart("#56B4E9", true)
                .perCredit("kling-1.6", "Kling 1.6", "Kling", "0.1", "CNY", 10, 5, 600, 450, 50)
                .chineseName("可灵 1.6")
                .released("2024-12-19")
                .chart("#D55E00", true)
                .perCredit("kling-2.1", "Kling 2.1", "Kling", "0.1", "CNY", 35, 5, 900, 450, 50)
                .chineseName("可灵 2.1")
                .released("2025-05-29")
                .chart("#E69F00", true)
                .monthlyPlan("sora", "Sora", "Sora", "20", "USD", 50, 5, 900, 1000, 100)
                .released("2024-12-09")
                .chart("#009E73", true)
                .discontinued("2026-04-26", "Sora's closing (test fixture)")
                .perClip("hailuo-02", "Hailuo 02", "Hailuo", "2", "CNY", 5, 700, 700, 100)
                .estimate()
                .released("2025-06-18")
                .chart("#CC79A7", true)
                .withoutFigure(
                        "pika-1.5",
                        "Pika 1.5",
                        "Pika",
                        "subscription",
                        "Subscription",
                        PriceStatus.NOT_SOURCED,
                        "No per-clip price was checked for this fixture.")
                .released("2024-10-01")
                .chart("#882255", true)
                .perCredit("runway-4", "Runway Gen-4", "Runway", "0.01", "USD", 50, 5, 700, 1200, 100)
                .released("2025-03-31")
                .chart("#999933", false)
                .build();
    }

    /** A product priced per second of video, with aggregate votes. */
    public TestProjects perSecond(
            String id,
            String productName,
            String family,
            String amount,
            String currency,
            long wins,
            long losses,
            long ties) {
        return add(id, productName, family, price(amount, currency, new PriceUnit.PerSecond()), wins, losses, ties);
    }

    /** A product priced per clip of {@code clipSeconds}, with aggregate votes. */
    public TestProjects perClip(
            String id,
            String productName,
            String family,
            String amount,
            String currency,
            int clipSeconds,
            long wins,
            long losses,
            long ties) {
        return add(
                id,
                productName,
                family,
                price(amount, currency, new PriceUnit.PerClip(clipSeconds)),
                wins,
                losses,
                ties);
    }

    /** A product priced per minute of video, with aggregate votes. */
    public TestProjects perMinute(
            String id,
            String productName,
            String family,
            String amount,
            String currency,
            long wins,
            long losses,
            long ties) {
        return add(id, productName, family, price(amount, currency, new PriceUnit.PerMinute()), wins, losses, ties);
    }

    /** A product priced per credit, {@code creditsPerClip} credits for a clip of {@code clipSeconds}. */
    public TestProjects perCredit(
            String id,
            String productName,
            String family,
            String amount,
            String currency,
            int creditsPerClip,
            int clipSeconds,
            long wins,
            long losses,
            long ties) {
        return add(
                id,
                productName,
                family,
                price(amount, currency, new PriceUnit.PerCredit(BigDecimal.valueOf(creditsPerClip), clipSeconds)),
                wins,
                losses,
                ties);
    }

    /** A product sold by a monthly plan of {@code clips} clips of {@code clipSeconds} each. */
    public TestProjects monthlyPlan(
            String id,
            String productName,
            String family,
            String amount,
            String currency,
            int clips,
            int clipSeconds,
            long wins,
            long losses,
            long ties) {
        return add(
                id,
                productName,
                family,
                price(amount, currency, PriceUnit.MonthlyPlan.ofClips(BigDecimal.valueOf(clips), clipSeconds)),
                wins,
                losses,
                ties);
    }

    /** A product whose only price option has no figure (not public, or not sourced), and no votes. */
    public TestProjects withoutFigure(
            String id,
            String productName,
            String family,
            String optionId,
            String label,
            PriceStatus status,
            String reason) {
        PriceOption none = PriceOption.unavailable(optionId, label, status, reason, TEST_SOURCE);
        products.add(product(id, productName, family, none, null));
        return this;
    }

    /** Head-to-head votes between two products already added. */
    public TestProjects battles(String a, String b, long aWins, long bWins, long ties) {
        pairs.add(new HeadToHead(a, b, aWins, bWins, ties, false, TEST_SOURCE));
        return this;
    }

    /** Moves the release date of a product already added (products are released on the 10th otherwise). */
    public TestProjects releasedOn(String id, LocalDate date) {
        products.replaceAll(p -> !p.id().equals(id) ? p : p.withReleaseDate(date));
        return this;
    }

    public TestProjects displayCurrency(String code) {
        display = Currency.getInstance(code);
        return this;
    }

    public TestProjects description(String text) {
        description = text;
        return this;
    }

    /** Adds an exchange rate (1 USD = 7.0 CNY is always there), from the test fixture as of 2025-01-15. */
    public TestProjects rate(String from, String to, String rate) {
        rates.add(new ExchangeRate(
                Currency.getInstance(from), Currency.getInstance(to), new BigDecimal(rate), TEST_SOURCE));
        return this;
    }

    // ---- changes to the product added last -------------------------------------------------------

    /** Gives the last product's compared option this id and label (it is "list", "List price" otherwise). */
    public TestProjects priced(String optionId, String label) {
        return changeLast(p -> {
            PriceOption o = p.compared();
            PriceOption renamed = new PriceOption(
                    optionId,
                    label,
                    o.status(),
                    o.price(),
                    o.kind(),
                    o.reason(),
                    o.provenance(),
                    o.terms(),
                    o.note(),
                    o.edited());
            return p.withPrices(
                    p.prices().stream().map(x -> x.equals(o) ? renamed : x).toList(), optionId);
        });
    }

    /** Who publishes the last product's compared price, and as of when (ISO date). */
    public TestProjects source(String source, String asOf) {
        return changeLast(p ->
                p.withComparedPrice(p.compared().withProvenance(new Provenance(source, null, LocalDate.parse(asOf)))));
    }

    /** Adds an earlier figure to the last product's compared price, from {@code date} (ISO) on, cited to {@code source}. */
    public TestProjects history(String date, String amount, String source) {
        return changeLast(p -> {
            List<PriceObservation> earlier = new ArrayList<>(p.compared().history());
            earlier.add(PriceObservation.of(LocalDate.parse(date), new BigDecimal(amount), source, null, null));
            return p.withComparedPrice(p.compared().withHistory(earlier));
        });
    }

    /** Marks the last product's compared price as an analyst's estimate rather than a price a vendor charges. */
    public TestProjects estimate() {
        return changeLast(p -> p.withComparedPrice(p.compared().withKind(PriceKind.ESTIMATE)));
    }

    /** Adds a price option with a figure to the last product (not the compared one). */
    public TestProjects option(
            String optionId,
            String label,
            PriceKind kind,
            String amount,
            String currency,
            PriceUnit unit,
            String source,
            String asOf,
            String note) {
        PriceOption option = PriceOption.published(
                optionId,
                label,
                kind,
                price(amount, currency, unit),
                new Provenance(source, null, LocalDate.parse(asOf)),
                PriceTerms.NONE,
                note);
        return changeLast(p -> {
            List<PriceOption> prices = new ArrayList<>(p.prices());
            prices.add(option);
            return p.withPrices(prices, p.comparedPrice());
        });
    }

    /** Makes {@code optionId} the last product's compared option. */
    public TestProjects compare(String optionId) {
        return changeLast(p -> p.withPrices(p.prices(), optionId));
    }

    public TestProjects chineseName(String nameZh) {
        return changeLast(p -> p.withNameZh(nameZh));
    }

    public TestProjects vendor(String vendor) {
        return changeLast(p -> p.withVendor(vendor));
    }

    /** The last product's release date (ISO). */
    public TestProjects released(String date) {
        return changeLast(p -> p.withReleaseDate(LocalDate.parse(date)));
    }

    /** The last product's colour in every chart, and whether the charts show it. */
    public TestProjects chart(String colour, boolean shown) {
        return changeLast(p -> p.withChart(new ChartStyle(colour, shown)));
    }

    /** The board words of {@link #publishedMarket()}'s boards, for tests that name them. */
    public static final String AA_TEXT = "artificial-analysis-text-to-video";

    /**
     * {@link #market()} with made-up scores on three leaderboards (all cited "Board page (test
     * fixture)"), so that published ratings are its default source:
     * <pre>
     * board (date)                       veo-2             kling-1.6                kling-1.5  sora              runway (hidden)
     * AA text-to-video (2026-05-01)      1180              1150 (1100 on 2025-06-01) 1120      1090              1010
     * AA image-to-video (2026-05-01)     1050              1200                      1300 only on 2099-01-01 (after today)
     * LMArena text-to-video (2026-05-12) 1250 ±15, 14,889  1230 (1210–1250), 5,000   -         1200 (1180–1220), 9,000
     * </pre>
     * Artificial Analysis publishes no intervals or votes here; Kling 1.0 is on no board. The
     * Artificial Analysis text-to-video board rates the most shown products (4).
     */
    public static Project publishedMarket() {
        Project market = market();
        var scores = new HashMap<String, List<PublishedRating>>();
        BiConsumer<String, PublishedRating> add = (id, rating) ->
                scores.computeIfAbsent(id, k -> new ArrayList<>()).add(rating);
        add.accept(
                "veo-2", score(Leaderboard.ARTIFICIAL_ANALYSIS_TEXT_TO_VIDEO, "2026-05-01", "1180", null, null, null));
        add.accept(
                "kling-1.6",
                score(Leaderboard.ARTIFICIAL_ANALYSIS_TEXT_TO_VIDEO, "2025-06-01", "1100", null, null, null));
        add.accept(
                "kling-1.6",
                score(Leaderboard.ARTIFICIAL_ANALYSIS_TEXT_TO_VIDEO, "2026-05-01", "1150", null, null, null));
        add.accept(
                "kling-1.5",
                score(Leaderboard.ARTIFICIAL_ANALYSIS_TEXT_TO_VIDEO, "2026-05-01", "1120", null, null, null));
        add.accept(
                "sora", score(Leaderboard.ARTIFICIAL_ANALYSIS_TEXT_TO_VIDEO, "2026-05-01", "1090", null, null, null));
        add.accept(
                "runway-gen-3-alpha",
                score(Leaderboard.ARTIFICIAL_ANALYSIS_TEXT_TO_VIDEO, "2026-05-01", "1010", null, null, null));
        add.accept(
                "veo-2", score(Leaderboard.ARTIFICIAL_ANALYSIS_IMAGE_TO_VIDEO, "2026-05-01", "1050", null, null, null));
        add.accept(
                "kling-1.6",
                score(Leaderboard.ARTIFICIAL_ANALYSIS_IMAGE_TO_VIDEO, "2026-05-01", "1200", null, null, null));
        add.accept(
                "kling-1.5",
                score(Leaderboard.ARTIFICIAL_ANALYSIS_IMAGE_TO_VIDEO, "2099-01-01", "1300", null, null, null));
        add.accept("veo-2", score(Leaderboard.LMARENA_TEXT_TO_VIDEO, "2026-05-12", "1250", "1235", "1265", 14_889L));
        add.accept("kling-1.6", score(Leaderboard.LMARENA_TEXT_TO_VIDEO, "2026-05-12", "1230", "1210", "1250", 5_000L));
        add.accept("sora", score(Leaderboard.LMARENA_TEXT_TO_VIDEO, "2026-05-12", "1200", "1180", "1220", 9_000L));
        return market.withProducts(market.products().stream()
                .map(p -> p.toBuilder()
                        .published(scores.getOrDefault(p.id(), List.of()))
                        .build())
                .toList());
    }

    /**
     * 250 products ("Product number 0" to 249, ids p0 to p249), as after importing many pairs of
     * unknown names: only p0 to p4 are on a board (LMArena text-to-video, which the view shows, with
     * published ratings), and p0 to p9 have head-to-head votes along a chain. The first five not on
     * the board (p5 to p9) have long names, so even a few of them fill lines of a note.
     */
    public static Project manyMostlyUnlisted() {
        TestProjects builder = named("Many products");
        for (int i = 0; i < 250; i++) {
            // The first names not on the board are long, so even a few of them fill lines.
            String name = i >= 5 && i < 10
                    ? "Product number " + i + " with a long name" + " and more words".repeat(8)
                    : "Product number " + i;
            builder.perSecond("p" + i, name, "Family " + (i % 40), "0." + (10 + i % 80), "USD", 100 + i, 100, 10);
        }
        for (int i = 0; i < 9; i++) {
            builder.battles("p" + i, "p" + (i + 1), 30 + i, 20, 2);
        }
        Project project = builder.build();
        return project.withProducts(project.products().stream()
                        .map(p -> {
                            int n = Integer.parseInt(p.id().substring(1));
                            List<PublishedRating> scores = n < 5
                                    ? List.of(score(
                                            Leaderboard.LMARENA_TEXT_TO_VIDEO,
                                            "2026-05-12",
                                            String.valueOf(1200 + n * 10),
                                            String.valueOf(1190 + n * 10),
                                            String.valueOf(1210 + n * 10),
                                            5_000L))
                                    : List.of();
                            return p.toBuilder().published(scores).build();
                        })
                        .toList())
                .withView(project.view()
                        .withRatingSource(RatingSource.PUBLISHED)
                        .withBoard(Leaderboard.LMARENA_TEXT_TO_VIDEO)
                        .withTrendMetric(TrendMetric.RATING));
    }

    /** A score "Board page (test fixture)" published; interval and votes may be null. */
    public static PublishedRating score(
            Leaderboard board, String date, String score, String low, String high, Long votes) {
        return new PublishedRating(
                board,
                LocalDate.parse(date),
                new BigDecimal(score),
                low == null
                        ? Optional.empty()
                        : Optional.of(new PublishedInterval(new BigDecimal(low), new BigDecimal(high))),
                Optional.ofNullable(votes),
                Citation.of("Board page (test fixture)", "https://example.org/board", SourceKind.VENDOR));
    }

    /** The last product was available from its release date and discontinued on {@code date} (ISO). */
    public TestProjects discontinued(String date, String source) {
        return changeLast(p -> p.toBuilder()
                .lifecycle(Lifecycle.of(
                        null,
                        new DatedFact(p.releaseDate(), "Release (test fixture)"),
                        new DatedFact(LocalDate.parse(date), source)))
                .build());
    }

    /** The last product's aggregate votes (published counts, from the test fixture). */
    public TestProjects votes(long wins, long losses, long ties) {
        return changeLast(p -> p.withVotes(new VoteTally(wins, losses, ties, false, TEST_SOURCE)));
    }

    /** Marks the last product's votes as sample data, citing {@link #SAMPLE_VOTES_SOURCE}. */
    public TestProjects sampleVotes() {
        return changeLast(p -> {
            VoteTally v = p.votes().orElseThrow();
            return p.withVotes(new VoteTally(
                    v.wins(),
                    v.losses(),
                    v.ties(),
                    true,
                    new Provenance(SAMPLE_VOTES_SOURCE, null, LocalDate.of(2025, 3, 1))));
        });
    }

    public TestProjects note(String note) {
        return changeLast(p -> p.toBuilder().note(note).build());
    }

    private TestProjects changeLast(UnaryOperator<Product> change) {
        if (products.isEmpty()) {
            throw new IllegalStateException("add a product first");
        }
        products.set(products.size() - 1, change.apply(products.getLast()));
        return this;
    }

    private static Price price(String amount, String currency, PriceUnit unit) {
        return new Price(new BigDecimal(amount), Currency.getInstance(currency), unit);
    }

    private TestProjects add(
            String id, String productName, String family, Price price, long wins, long losses, long ties) {
        PriceOption option = new PriceOption(
                "list",
                "List price",
                PriceStatus.PUBLISHED,
                price,
                PriceKind.ofListPrice(price.unit()),
                null,
                TEST_SOURCE,
                PriceTerms.NONE,
                null,
                null);
        products.add(product(id, productName, family, option, new VoteTally(wins, losses, ties, false, TEST_SOURCE)));
        return this;
    }

    private Product product(String id, String productName, String family, PriceOption option, VoteTally votes) {
        // Released on the 10th of month 1, 2, 3, ... in table order, unless released(...) says otherwise.
        LocalDate released = LocalDate.of(2024, 1 + products.size() % 12, 10);
        return Product.builder(id, productName, family, "1", family + " Inc.", released)
                .modes(EnumSet.of(GenerationMode.TEXT_TO_VIDEO))
                .maxResolution("1080p")
                .maxClipSeconds(10)
                .prices(List.of(option), option.id())
                .votes(votes)
                .build();
    }

    public Project build() {
        return new Project(name, description, display, rates, products, pairs);
    }
}
