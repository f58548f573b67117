package dev.reelrank.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A blind test's votes added up pair by pair, so that the grid, the heatmaps and Bradley–Terry read
 * them as they read typed tallies. A show of hands counts once per voter. "Both bad" counts as a
 * tie, as LMArena fits its "tie (bothbad)".
 */
public final class BlindTestTallies {
    private BlindTestTallies() {}

    /**
     * The pairs of {@code test} as voted in {@code battles}, in the order they first met, over one
     * prompt or all ({@code prompt} null). Votes naming a product the project no longer holds are
     * left out: the grid has no row for them.
     */
    public static List<HeadToHead> of(BlindTest test, List<Battle> battles, String prompt, Set<String> products) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, String[]> pairs = new LinkedHashMap<>();
        Instant last = test.created();
        for (Battle battle : battles) {
            if (!battle.blindTest().equals(test.id())
                    || (prompt != null && !prompt.equals(battle.prompt()))
                    || !products.contains(battle.a())
                    || !products.contains(battle.b())) {
                continue;
            }
            // Keyed in the test's product order, so A-left and B-left votes of a pair land in one tally.
            boolean aFirst =
                    test.products().indexOf(battle.a()) < test.products().indexOf(battle.b());
            String first = aFirst ? battle.a() : battle.b();
            String second = aFirst ? battle.b() : battle.a();
            String key = first + '\0' + second;
            pairs.putIfAbsent(key, new String[] {first, second});
            long[] tally = counts.computeIfAbsent(key, k -> new long[3]);
            switch (battle.outcome()) {
                case A -> tally[aFirst ? 0 : 1] += battle.voters();
                case B -> tally[aFirst ? 1 : 0] += battle.voters();
                case TIE, BOTH_BAD -> tally[2] += battle.voters();
            }
            if (battle.time().isAfter(last)) {
                last = battle.time();
            }
        }
        Provenance provenance = new Provenance("ReelRank blind test " + test.id(), day(last));
        List<HeadToHead> result = new ArrayList<>();
        counts.forEach((key, tally) -> {
            String[] pair = pairs.get(key);
            result.add(new HeadToHead(pair[0], pair[1], tally[0], tally[1], tally[2], false, provenance));
        });
        return result;
    }

    private static LocalDate day(Instant time) {
        LocalDate day = time.atZone(ZoneOffset.UTC).toLocalDate();
        return day.isAfter(Checks.LATEST_DATE) ? Checks.LATEST_DATE : day;
    }
}
