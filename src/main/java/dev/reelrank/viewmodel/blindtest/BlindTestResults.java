package dev.reelrank.viewmodel.blindtest;

import dev.reelrank.model.Battle;
import dev.reelrank.model.BlindTest;
import dev.reelrank.model.BlindTestPrompt;
import dev.reelrank.model.BlindTestTallies;
import dev.reelrank.model.HeadToHead;
import dev.reelrank.model.IntervalRanks;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.Rating;
import dev.reelrank.model.RatingSource;
import dev.reelrank.model.VoteOutcome;
import dev.reelrank.viewmodel.ratings.RatingSnapshot;
import dev.reelrank.viewmodel.ratings.RatingsViewModel;
import dev.reelrank.viewmodel.text.BlindTestNames;
import dev.reelrank.viewmodel.text.Numbers;
import dev.reelrank.viewmodel.text.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The results of a blind test as the room sees them at its end, or at any moment: Bradley–Terry
 * ratings with their intervals and each product's votes, every pair's win rate, and the test's
 * date, prompts and seed, so the slide can be audited.
 *
 * @param title    "Blind test office: results"
 * @param meta     date, prompts, seed and votes in one line
 * @param ratings  one line per rated product, best first
 * @param pairs    one line per pair that met
 * @param prompts  the prompts, in one line
 * @param caution  that the votes are still too few to read the ranks from, or empty
 */
public record BlindTestResults(
        String title, String meta, List<String> ratings, List<String> pairs, String prompts, String caution) {

    /** Pairs listed by name; a test of five products has ten, of eight has 28. */
    static final int MOST_PAIRS = 8;

    public BlindTestResults {
        ratings = List.copyOf(ratings);
        pairs = List.copyOf(pairs);
    }

    /** "1 vote", "12 votes", held together: in a wrapped results line the number stayed on one line, "votes" on the next. */
    private static String votes(Texts texts, Numbers numbers, long count) {
        String words = count == 1 ? texts.get("h2h.cellVote") : texts.format("h2h.cellVotes", numbers.count(count));
        return words.replace(' ', '\u00a0');
    }

    /**
     * The results of {@code test} in {@code project}; {@code snapshot} is the window's ratings, used
     * while it rates this test's votes (the window switches to them when the test begins).
     */
    public static BlindTestResults of(Project project, BlindTest test, RatingSnapshot snapshot, Texts texts) {
        Numbers numbers = new Numbers(texts.locale());
        List<HeadToHead> tallies = BlindTestTallies.of(
                test,
                project.battles(),
                null,
                project.products().stream().map(Product::id).collect(Collectors.toSet()));
        long votes = tallies.stream().mapToLong(HeadToHead::battles).sum();
        long bothBad = project.battles().stream()
                .filter(b -> b.blindTest().equals(test.id()) && b.outcome() == VoteOutcome.BOTH_BAD)
                .mapToLong(Battle::voters)
                .sum();
        String meta = texts.format(
                        "blind.resultsMeta",
                        // The id, which export-battles and export --test name it by; the title has the date.
                        test.id(),
                        test.prompts().size(),
                        Long.toString(test.seed()),
                        votes(texts, numbers, votes))
                + (bothBad > 0 ? " " + texts.format("blind.resultsBothBad", numbers.count(bothBad)) : "");
        List<String> ratingLines = new ArrayList<>();
        long fewest = Long.MAX_VALUE;
        boolean allFirst = false;
        boolean ours = snapshot != null
                && snapshot.source() == RatingSource.HEAD_TO_HEAD
                && project.votedTest().filter(t -> t.id().equals(test.id())).isPresent()
                && project.view().votes().prompt() == null;
        if (ours) {
            // Best first, and equal ratings in the project's order, as the chart beside them draws them.
            List<String> order = project.products().stream().map(Product::id).toList();
            List<Map.Entry<String, Rating>> rated = snapshot.ratings().entrySet().stream()
                    .filter(e -> test.includes(e.getKey()))
                    .sorted(Comparator.comparingDouble((Map.Entry<String, Rating> e) ->
                                    -e.getValue().value())
                            .thenComparingInt(e -> order.indexOf(e.getKey())))
                    .toList();
            // Ranked as the rating chart beside them and the arenas rank: products whose intervals
            // overlap share a rank, within the group of products that met. Until the intervals are
            // known, ratings that round alike share one.
            Map<String, Integer> byIntervals = snapshot.intervalsKnown()
                    ? IntervalRanks.of(
                            rated.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                            snapshot::groupOf,
                            snapshot::pointOnly)
                    : Map.of();
            boolean grouped = !snapshot.groups().isEmpty();
            allFirst = !byIntervals.isEmpty()
                    && !grouped
                    && rated.size() > 1
                    && rated.stream()
                            .allMatch(e ->
                                    byIntervals.getOrDefault(e.getKey(), 0) == 1 && !snapshot.pointOnly(e.getKey()));
            int roundedRank = 0;
            long previous = Long.MIN_VALUE;
            for (int i = 0; i < rated.size(); i++) {
                Map.Entry<String, Rating> entry = rated.get(i);
                String productName =
                        project.product(entry.getKey()).map(texts::productName).orElse(entry.getKey());
                String name = grouped
                        ? texts.format("blind.resultsInGroup", productName, snapshot.groupOf(entry.getKey()) + 1)
                        : productName;
                Rating rating = entry.getValue();
                fewest = Math.min(fewest, rating.votes());
                long shown = Math.round(rating.value());
                if (shown != previous) {
                    roundedRank = i + 1;
                    previous = shown;
                }
                int rank = byIntervals.getOrDefault(entry.getKey(), roundedRank);
                ratingLines.add(
                        snapshot.intervalsPending() || snapshot.pointOnly(entry.getKey())
                                ? texts.format(
                                        snapshot.intervalsPending()
                                                ? "blind.resultsRatingPending"
                                                : "blind.resultsRatingNoInterval",
                                        rank,
                                        name,
                                        numbers.whole(rating.value()),
                                        votes(texts, numbers, rating.votes()))
                                : texts.format(
                                        "blind.resultsRating",
                                        rank,
                                        name,
                                        numbers.whole(rating.value()),
                                        numbers.whole(rating.low()),
                                        numbers.whole(rating.high()),
                                        votes(texts, numbers, rating.votes())));
            }
        }
        List<String> pairLines = new ArrayList<>();
        // The pairs the room voted on most; with many products the rest would crowd out the ratings.
        List<HeadToHead> mostVoted = tallies.stream()
                .sorted(Comparator.comparingLong(HeadToHead::battles).reversed())
                .limit(MOST_PAIRS)
                .toList();
        for (HeadToHead pair : mostVoted) {
            boolean aLeads = pair.aWins() >= pair.bWins();
            String winner = project.product(aLeads ? pair.a() : pair.b())
                    .map(texts::productName)
                    .orElse("");
            String loser = project.product(aLeads ? pair.b() : pair.a())
                    .map(texts::productName)
                    .orElse("");
            double share = pair.battles() == 0
                    ? 0.5
                    : ((aLeads ? pair.aWins() : pair.bWins()) + pair.ties() / 2.0) / pair.battles();
            String votesOf = votes(texts, numbers, pair.battles());
            pairLines.add(
                    pair.aWins() == 0 && pair.bWins() == 0
                            // Only ties and "both bad": "split evenly" would read as one win each.
                            ? texts.format("blind.resultsPairNoWinner", winner, loser, votesOf)
                            : pair.aWins() == pair.bWins()
                                    ? texts.format("blind.resultsPairEven", winner, loser, votesOf)
                                    : texts.format(
                                            pair.ties() > 0 ? "blind.resultsPair" : "blind.resultsPairNoTies",
                                            winner,
                                            loser,
                                            numbers.percentWhole(share),
                                            votesOf));
        }
        if (tallies.size() > MOST_PAIRS) {
            pairLines.add(texts.format("blind.resultsMorePairs", tallies.size() - MOST_PAIRS));
        }
        String prompts = texts.format(
                "blind.resultsPrompts",
                test.prompts().stream().map(BlindTestPrompt::text).collect(Collectors.joining(" \u00b7 ")));
        // Every product ranked 1 read as a fault to a new user; the slide says what it means.
        String caution = fewest < RatingsViewModel.FEW_VOTES
                ? texts.format("blind.resultsFewVotes", RatingsViewModel.FEW_VOTES)
                : allFirst ? texts.get("chart.rating.allFirst") : "";
        return new BlindTestResults(
                texts.format("blind.resultsTitle", BlindTestNames.of(test, project, texts)),
                meta,
                ratingLines,
                pairLines,
                prompts,
                caution);
    }
}
