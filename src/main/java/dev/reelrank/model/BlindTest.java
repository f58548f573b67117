package dev.reelrank.model;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A blind test run in ReelRank: which products and prompts it compares, when it was made, and the
 * seed its schedule came from, so that the order of pairs can be audited and replayed.
 */
public record BlindTest(String id, Instant created, long seed, List<String> products, List<BlindTestPrompt> prompts) {
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
