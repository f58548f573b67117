package dev.reelrank.model;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A blind test run in ReelRank: which products and prompts it compares, when it was made, and the
 * seed its schedule came from, so that the order of pairs can be audited and replayed.
 *
 * @param scheduleRules the rules its schedule is made by ({@link #FIRST_SCHEDULE_RULES} for a test
 *     saved before there were others): the same seed gives the same order only by the same rules
 */
public record BlindTest(
        String id,
        Instant created,
        long seed,
        List<String> products,
        List<BlindTestPrompt> prompts,
        int scheduleRules) {
    /** Prompts given to pairs in rounds of a random order. */
    public static final int FIRST_SCHEDULE_RULES = 1;

    /** The first rules, and a product's clip of a prompt shown as rarely as the length allows. */
    public static final int LATEST_SCHEDULE_RULES = 2;

    /** Products one blind test may compare: far more than a room can judge. */
    public static final int MAX_PRODUCTS = 100;
    /** Prompts one blind test may use. */
    public static final int MAX_PROMPTS = 10_000;

    public BlindTest {
        Checks.id("id", id);
        Checks.instant("created", created);
        products = List.copyOf(Checks.present("products", products));
        products.forEach(product -> Checks.id("products", product));
        if (products.size() > MAX_PRODUCTS) {
            throw new InvalidValueException("products", "value.tooMany", MAX_PRODUCTS, products.size());
        }
        if (new HashSet<>(products).size() < 2) {
            throw new InvalidValueException("products", "value.blindTestProducts");
        }
        Checks.noDuplicates("products", products);
        prompts = List.copyOf(Checks.present("prompts", prompts));
        if (prompts.isEmpty()) {
            throw new InvalidValueException("prompts", "value.blindTestPrompts");
        }
        if (prompts.size() > MAX_PROMPTS) {
            throw new InvalidValueException("prompts", "value.tooMany", MAX_PROMPTS, prompts.size());
        }
        Checks.noDuplicates("prompts", prompts.stream().map(BlindTestPrompt::id).toList());
        if (scheduleRules < FIRST_SCHEDULE_RULES || scheduleRules > LATEST_SCHEDULE_RULES) {
            throw new InvalidValueException(
                    "scheduleRules", "value.scheduleRules", FIRST_SCHEDULE_RULES, LATEST_SCHEDULE_RULES, scheduleRules);
        }
    }

    /** A new blind test, whose schedule is made by the latest rules. */
    public BlindTest(String id, Instant created, long seed, List<String> products, List<BlindTestPrompt> prompts) {
        this(id, created, seed, products, prompts, LATEST_SCHEDULE_RULES);
    }

    /** Whether a battle of this blind test may name this product and prompt. */
    public boolean includes(String product) {
        return products.contains(product);
    }

    /** Whether {@code id} (which may be null) names one of this test's prompts. */
    public boolean hasPrompt(String id) {
        return id != null && prompts.stream().anyMatch(prompt -> prompt.id().equals(id));
    }

    public Set<String> promptIds() {
        return Set.copyOf(prompts.stream().map(BlindTestPrompt::id).toList());
    }
}
