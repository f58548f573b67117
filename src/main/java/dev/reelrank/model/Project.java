package dev.reelrank.model;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything a ReelRank file holds: products, exchange rates and head-to-head votes.
 *
 * @param name            shown in the title bar
 * @param description     what the data is and where it comes from, or null
 * @param displayCurrency the currency charts convert to
 * @param view            how the charts were last shown
 * @param costComparison  which product's cost the comparison tile sets against which others; it may
 *                        name products the project no longer holds
 * @param clipLibrary     the clips blind tests show, by prompt and product
 */
public record Project(
        String name,
        String description,
        Currency displayCurrency,
        List<ExchangeRate> exchangeRates,
        List<Product> products,
        List<HeadToHead> headToHead,
        ChartView view,
        CostComparison costComparison,
        List<BlindTest> blindTests,
        List<Battle> battles,
        ClipLibrary clipLibrary) {
    /** Files with more products than this are refused before they are read whole. */
    public static final int MAX_PRODUCTS = 10_000;
    /** Exchange rates a file may hold (ISO 4217 has fewer than 200 currencies in use). */
    public static final int MAX_EXCHANGE_RATES = 1_000;
    /** Head-to-head pairs a file may hold: every pair of 1,414 products. */
    public static final int MAX_HEAD_TO_HEAD = 1_000_000;
    /** Blind tests a file may hold. */
    public static final int MAX_BLIND_TESTS = 10_000;
    /** Blind-test votes a file may hold: a vote a second for eleven days. */
    public static final int MAX_BATTLES = 1_000_000;

    public Project {
        name = Checks.name("name", name);
        description = Checks.optionalText("description", description);
        Checks.present("displayCurrency", displayCurrency);
        exchangeRates = List.copyOf(Checks.present("exchangeRates", exchangeRates));
        if (exchangeRates.size() > MAX_EXCHANGE_RATES) {
            throw new InvalidValueException(
                    "exchangeRates",
                    "value.tooManyRates",
                    Checks.grouped(exchangeRates.size()),
                    Checks.grouped(MAX_EXCHANGE_RATES));
        }
        new ExchangeRates(exchangeRates);
        products = List.copyOf(Checks.present("products", products));
        if (products.size() > MAX_PRODUCTS) {
            throw new InvalidValueException("products", "value.tooManyProducts", products.size(), MAX_PRODUCTS);
        }
        Map<String, Product> byId = new HashMap<>();
        for (Product product : products) {
            if (byId.putIfAbsent(product.id(), product) != null) {
                throw new InvalidValueException("products", "value.duplicateProductId", product.id());
            }
        }
        headToHead = List.copyOf(Checks.present("headToHead", headToHead));
        if (headToHead.size() > MAX_HEAD_TO_HEAD) {
            throw new InvalidValueException(
                    "headToHead",
                    "value.tooManyPairs",
                    Checks.grouped(headToHead.size()),
                    Checks.grouped(MAX_HEAD_TO_HEAD));
        }
        view = view == null ? ChartView.DEFAULT : view;
        costComparison = costComparison == null ? CostComparison.DEFAULT : costComparison;
        for (HeadToHead pair : headToHead) {
            for (String id : List.of(pair.a(), pair.b())) {
                if (!byId.containsKey(id)) {
                    throw new InvalidValueException("headToHead", "value.unknownProduct", id);
                }
            }
        }
        blindTests = List.copyOf(blindTests == null ? List.of() : blindTests);
        battles = List.copyOf(battles == null ? List.of() : battles);
        if (blindTests.size() > MAX_BLIND_TESTS) {
            throw new InvalidValueException("blindTests", "value.tooMany", MAX_BLIND_TESTS, blindTests.size());
        }
        if (battles.size() > MAX_BATTLES) {
            throw new InvalidValueException("battles", "value.tooMany", MAX_BATTLES, battles.size());
        }
        Checks.noDuplicates("blindTests", blindTests.stream().map(BlindTest::id).toList());
        checkBattles(blindTests, battles);
        clipLibrary = clipLibrary == null ? ClipLibrary.EMPTY : clipLibrary;
    }

    /**
     * Each vote names a blind test of the project, and products and a prompt of that test. Deleting
     * a product from the project leaves its votes alone: they are what the room said.
     */
    private static void checkBattles(List<BlindTest> blindTests, List<Battle> battles) {
        Map<String, BlindTest> tests = new HashMap<>();
        blindTests.forEach(test -> tests.put(test.id(), test));
        Map<String, Set<String>> prompts = new HashMap<>();
        for (Battle battle : battles) {
            BlindTest test = tests.get(battle.blindTest());
            if (test == null) {
                throw new InvalidValueException("battles", "value.battleUnknownTest", battle.blindTest());
            }
            for (String product : List.of(battle.a(), battle.b())) {
                if (!test.includes(product)) {
                    throw new InvalidValueException("battles", "value.battleNotInTest", product, test.id());
                }
            }
            if (!prompts.computeIfAbsent(test.id(), id -> test.promptIds()).contains(battle.prompt())) {
                throw new InvalidValueException("battles", "value.battleNotInTest", battle.prompt(), test.id());
            }
        }
    }

    /** A project without blind tests of its own. */
    public Project(
            String name,
            String description,
            Currency displayCurrency,
            List<ExchangeRate> exchangeRates,
            List<Product> products,
            List<HeadToHead> headToHead,
            ChartView view,
            CostComparison costComparison) {
        this(
                name,
                description,
                displayCurrency,
                exchangeRates,
                products,
                headToHead,
                view,
                costComparison,
                List.of(),
                List.of(),
                ClipLibrary.EMPTY);
    }

    /** A project shown with the default chart view and the default cost comparison. */
    public Project(
            String name,
            String description,
            Currency displayCurrency,
            List<ExchangeRate> exchangeRates,
            List<Product> products,
            List<HeadToHead> headToHead) {
        this(
                name,
                description,
                displayCurrency,
                exchangeRates,
                products,
                headToHead,
                ChartView.DEFAULT,
                CostComparison.DEFAULT);
    }

    public Project withView(ChartView newView) {
        return newView.equals(view)
                ? this
                : new Project(
                        name,
                        description,
                        displayCurrency,
                        exchangeRates,
                        products,
                        headToHead,
                        newView,
                        costComparison,
                        blindTests,
                        battles,
                        clipLibrary);
    }

    public Project withCostComparison(CostComparison comparison) {
        return new Project(
                name,
                description,
                displayCurrency,
                exchangeRates,
                products,
                headToHead,
                view,
                comparison,
                blindTests,
                battles,
                clipLibrary);
    }

    public Project withProducts(List<Product> newProducts) {
        return new Project(
                name,
                description,
                displayCurrency,
                exchangeRates,
                newProducts,
                headToHead,
                view,
                costComparison,
                blindTests,
                battles,
                clipLibrary);
    }

    /**
     * Removes a product and every head-to-head tally that names it, since a project never holds
     * votes for a product it does not hold. Everything else stays, the cost comparison included:
     * it may name the removed product, and the comparison tile then says the product is gone.
     * A project without that product is returned unchanged.
     */
    public Project withoutProduct(String id) {
        if (product(id).isEmpty()) {
            return this;
        }
        return new Project(
                name,
                description,
                displayCurrency,
                exchangeRates,
                products.stream().filter(p -> !p.id().equals(id)).toList(),
                headToHead.stream().filter(pair -> !pair.names(id)).toList(),
                view,
                costComparison,
                blindTests,
                battles,
                clipLibrary);
    }

    /** Replaces the product with the same id. */
    public Project withProduct(Product changed) {
        return withProducts(products.stream()
                .map(p -> p.id().equals(changed.id()) ? changed : p)
                .toList());
    }

    public Project withDisplayCurrency(Currency currency) {
        return new Project(
                name,
                description,
                currency,
                exchangeRates,
                products,
                headToHead,
                view,
                costComparison,
                blindTests,
                battles,
                clipLibrary);
    }

    public Project withExchangeRates(List<ExchangeRate> rates) {
        return new Project(
                name,
                description,
                displayCurrency,
                rates,
                products,
                headToHead,
                view,
                costComparison,
                blindTests,
                battles,
                clipLibrary);
    }

    public Project withHeadToHead(List<HeadToHead> pairs) {
        return new Project(
                name,
                description,
                displayCurrency,
                exchangeRates,
                products,
                pairs,
                view,
                costComparison,
                blindTests,
                battles,
                clipLibrary);
    }

    /** Sets the votes between two products (either order), replacing any tally of that pair. */
    public Project withPair(
            String first, String second, long firstWins, long secondWins, long tied, Provenance provenance) {
        List<HeadToHead> pairs = new ArrayList<>();
        boolean replaced = false;
        for (HeadToHead pair : headToHead) {
            if (pair.a().equals(first) && pair.b().equals(second)) {
                pairs.add(new HeadToHead(first, second, firstWins, secondWins, tied, pair.sample(), pair.provenance()));
                replaced = true;
            } else if (pair.a().equals(second) && pair.b().equals(first)) {
                pairs.add(new HeadToHead(second, first, secondWins, firstWins, tied, pair.sample(), pair.provenance()));
                replaced = true;
            } else {
                pairs.add(pair);
            }
        }
        if (!replaced) {
            pairs.add(new HeadToHead(first, second, firstWins, secondWins, tied, false, provenance));
        }
        return withHeadToHead(pairs);
    }

    /**
     * The typed or imported votes between two products, seen from {@code first}; {@link PairTally#NONE}
     * when they never met.
     */
    public PairTally pair(String first, String second) {
        for (HeadToHead pair : headToHead) {
            if (pair.a().equals(first) && pair.b().equals(second)) {
                return pair.tally();
            }
            if (pair.a().equals(second) && pair.b().equals(first)) {
                return pair.tally().swapped();
            }
        }
        return PairTally.NONE;
    }

    /**
     * The head-to-head votes the view shows: the votes of the blind test it names (over one of its
     * prompts or all), or the typed and imported tallies. A view naming a blind test or prompt the
     * project no longer holds shows the tallies, or all the test's prompts.
     */
    public List<HeadToHead> pairVotes() {
        return votedTest()
                .map(test -> BlindTestTallies.of(
                        test,
                        battles,
                        test.hasPrompt(view.votes().prompt()) ? view.votes().prompt() : null,
                        products.stream().map(Product::id).collect(Collectors.toSet())))
                .orElse(headToHead);
    }

    /** The blind test whose votes the view shows, if it names one the project holds. */
    public Optional<BlindTest> votedTest() {
        String id = view.votes().blindTest();
        return id == null ? Optional.empty() : blindTest(id);
    }

    public Optional<BlindTest> blindTest(String id) {
        return blindTests.stream().filter(test -> test.id().equals(id)).findFirst();
    }

    /** Adds a blind test, or replaces the one with the same id. */
    public Project withBlindTest(BlindTest test) {
        List<BlindTest> tests = new ArrayList<>(
                blindTests.stream().filter(t -> !t.id().equals(test.id())).toList());
        tests.add(test);
        return new Project(
                name,
                description,
                displayCurrency,
                exchangeRates,
                products,
                headToHead,
                view,
                costComparison,
                tests,
                battles,
                clipLibrary);
    }

    public Project withBattles(List<Battle> newBattles) {
        return new Project(
                name,
                description,
                displayCurrency,
                exchangeRates,
                products,
                headToHead,
                view,
                costComparison,
                blindTests,
                newBattles,
                clipLibrary);
    }

    public Project withClipLibrary(ClipLibrary library) {
        return new Project(
                name,
                description,
                displayCurrency,
                exchangeRates,
                products,
                headToHead,
                view,
                costComparison,
                blindTests,
                battles,
                library);
    }

    public Project withName(String newName) {
        return new Project(
                newName,
                description,
                displayCurrency,
                exchangeRates,
                products,
                headToHead,
                view,
                costComparison,
                blindTests,
                battles,
                clipLibrary);
    }

    public ExchangeRates rates() {
        return new ExchangeRates(exchangeRates);
    }

    public Optional<Product> product(String id) {
        return products.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public int priceOptionCount() {
        return products.stream().mapToInt(p -> p.prices().size()).sum();
    }

    public long voteTallyCount() {
        return products.stream().filter(p -> p.votes().isPresent()).count();
    }

    /** True when any vote count shown would be sample data. */
    public boolean hasSampleVotes() {
        return products.stream()
                        .anyMatch(p -> p.votes().filter(VoteTally::sample).isPresent())
                || headToHead.stream().anyMatch(HeadToHead::sample);
    }
}
