package dev.reelrank.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * Illustrative vote tallies for a demonstration, kept apart from the data so that a dataset need
 * carry no made-up counts. They follow the order of the Artificial Analysis video arena that the
 * seed article cites (Veo 2, Kling 1.5, Sora, Pika, MiniMax, Kling 1.6 rising), and every tally is
 * marked sample data.
 */
public final class DemoVotes {
    public static final String SOURCE = "ReelRank demo votes: sample values, not published counts, chosen so that "
            + "the order matches the Artificial Analysis video arena ranking cited by the seed article (Lan Xi, "
            + "March 2025): Veo 2, Kling 1.5, Sora, Pika, MiniMax, with Kling 1.6 rising.";
    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 10);
    /** Wins, losses and ties by product id, as the default dataset carried them until issue 15. */
    private static final Map<String, long[]> TALLIES = Map.of(
            "kling-1.0", new long[] {600, 1250, 150},
            "kling-1.5", new long[] {1130, 720, 150},
            "kling-1.6", new long[] {520, 390, 90},
            "veo-2", new long[] {1240, 610, 150},
            "sora", new long[] {980, 870, 150},
            "runway-gen-3-alpha", new long[] {760, 1090, 150},
            "pika-1.5", new long[] {840, 1010, 150},
            "minimax-hailuo", new long[] {800, 1050, 150});

    private DemoVotes() {}

    /**
     * The project with demo tallies on the products that have demo numbers. Votes someone recorded
     * as real (not sample) are kept: a demo never overwrites data.
     */
    public static Project addTo(Project project) {
        return project.withProducts(
                project.products().stream().map(DemoVotes::addTo).toList());
    }

    private static Product addTo(Product product) {
        long[] tally = TALLIES.get(product.id());
        boolean recorded = product.votes().map(votes -> !votes.sample()).orElse(false);
        if (tally == null || recorded) {
            return product;
        }
        return product.withVotes(new VoteTally(tally[0], tally[1], tally[2], true, new Provenance(SOURCE, AS_OF)));
    }
}
