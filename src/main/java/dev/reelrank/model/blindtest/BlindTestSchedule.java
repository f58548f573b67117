package dev.reelrank.model.blindtest;

import dev.reelrank.model.BlindTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The order in which a blind test shows its pairs, made from a seed so that it can be audited and
 * replayed: the same products, prompts, seed and length always give the same schedule.
 *
 * <p>What makes it fair:
 *
 * <ul>
 *   <li>every pair of products meets as often as every other, give or take one;
 *   <li>every prompt is used, each as often as every other, give or take one;
 *   <li>each product is shown on the left (as A) within one of half its appearances, so a room that
 *       prefers the left clip favours no product;
 *   <li>no product is in two consecutive pairs when the schedule can avoid it, so the room never
 *       judges a clip just after seeing the same product;
 *   <li>(rules 2) a product's clip of a prompt is shown as few times as the length allows, so a room
 *       that saw it named, or just saw it, does not meet it again.
 * </ul>
 *
 * <p>A blind test keeps the rules its schedule was made by ({@link #FIRST_RULES} for tests made before
 * the second), so that its seed gives the same order of pairs after ReelRank's rules change.
 *
 * <p>Every prompt is assumed to have a clip from every product; the clip library leaves out what
 * it cannot show before a schedule is made.
 */
public record BlindTestSchedule(long seed, List<String> products, List<String> prompts, List<ScheduledPair> pairs) {
    /**
     * Steps of one search, and fresh starts, before settling for a schedule in which a product comes
     * twice in a row. A search that goes wrong early rarely recovers, so many short ones find an
     * order far more often than one long one.
     */
    private static final int SEARCH_STEPS = 5_000;

    private static final int SEARCHES = 40;

    /** The first rules: prompts in rounds of a random order, whatever products their pairs show. */
    public static final int FIRST_RULES = BlindTest.FIRST_SCHEDULE_RULES;

    /** The rules new blind tests are made by: the first, and as few clips shown twice as can be. */
    public static final int LATEST_RULES = BlindTest.LATEST_SCHEDULE_RULES;

    /** Swaps of two pairs' prompts tried before settling for the fewest repeated clips found. */
    private static final int PROMPT_SWAPS = 100_000;

    public BlindTestSchedule {
        products = List.copyOf(products);
        prompts = List.copyOf(prompts);
        pairs = List.copyOf(pairs);
    }

    /** Each pair of products once, or each prompt once if there are more prompts than pairs. */
    public static int defaultLength(int products, int prompts) {
        return Math.max(products * (products - 1) / 2, prompts);
    }

    public static BlindTestSchedule make(List<String> products, List<String> prompts, long seed) {
        return make(products, prompts, seed, defaultLength(products.size(), prompts.size()));
    }

    /**
     * A schedule of {@code length} pairs.
     *
     * @param length how many pairs the room will judge; at least one per prompt
     * @throws IllegalArgumentException with a sentence for the user when the choice cannot make a blind test
     */
    public static BlindTestSchedule make(List<String> products, List<String> prompts, long seed, int length) {
        return make(products, prompts, seed, length, LATEST_RULES);
    }

    /**
     * A schedule of {@code length} pairs by the given rules ({@link #FIRST_RULES} to {@link #LATEST_RULES}).
     *
     * @throws IllegalArgumentException with a sentence for the user when the choice cannot make a blind test
     */
    public static BlindTestSchedule make(
            List<String> products, List<String> prompts, long seed, int length, int rules) {
        if (rules < FIRST_RULES || rules > LATEST_RULES) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT, "schedule rules %d are not known (%d to %d)", rules, FIRST_RULES, LATEST_RULES));
        }
        if (new HashSet<>(products).size() < 2) {
            throw new IllegalArgumentException("a blind test needs at least two different products");
        }
        if (new HashSet<>(products).size() != products.size()) {
            throw new IllegalArgumentException("a product is chosen twice");
        }
        if (prompts.isEmpty() || new HashSet<>(prompts).size() != prompts.size()) {
            throw new IllegalArgumentException("a blind test needs at least one prompt, each chosen once");
        }
        if (length < prompts.size()) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "%d pairs cannot use all %d prompts", length, prompts.size()));
        }
        Random random = new Random(seed);
        int[][] order = order(products.size(), length, random);
        boolean[] productOnLeft = sides(order, products.size(), random);
        List<String> promptOrder = promptOrder(prompts, length, random);
        if (rules >= 2) {
            // After every draw of the first rules, so that their schedules stay what they were.
            promptOrder = new PromptSwaps(order, promptOrder, prompts, products.size(), random).fewestRepeats();
        }
        List<ScheduledPair> pairs = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            String first = products.get(order[i][0]);
            String second = products.get(order[i][1]);
            pairs.add(
                    productOnLeft[i]
                            ? new ScheduledPair(first, second, promptOrder.get(i))
                            : new ScheduledPair(second, first, promptOrder.get(i)));
        }
        return new BlindTestSchedule(seed, products, prompts, pairs);
    }

    /** How often each pair (i < j, in the order of {@link #allPairs}) meets: the same, give or take one. */
    private static int[] pairCounts(int products, int length, Random random) {
        int[][] all = allPairs(products);
        int[] counts = new int[all.length];
        Arrays.fill(counts, length / all.length);
        List<Integer> lucky = new ArrayList<>();
        for (int i = 0; i < all.length; i++) {
            lucky.add(i);
        }
        Collections.shuffle(lucky, random);
        for (int i = 0; i < length % all.length; i++) {
            counts[lucky.get(i)]++;
        }
        return counts;
    }

    private static int[][] allPairs(int products) {
        int[][] all = new int[products * (products - 1) / 2][];
        int k = 0;
        for (int i = 0; i < products; i++) {
            for (int j = i + 1; j < products; j++) {
                all[k++] = new int[] {i, j};
            }
        }
        return all;
    }

    /**
     * A sequence in which each pair meets {@code length / pairs} times and some, chosen by the
     * search, once more; consecutive pairs overlap as little as any sequence found can manage: no
     * shared product if possible (four products or more), else no pair twice in a row (three), by a
     * depth-first search that tries the most constrained pair first. If the search runs out of steps,
     * a greedy sequence with as few repeats as it can manage.
     */
    private static int[][] order(int products, int length, Random random) {
        int[][] all = allPairs(products);
        for (int overlapAllowed = products >= 4 ? 0 : products - 2; overlapAllowed < 2; overlapAllowed++) {
            for (int attempt = 0; attempt < SEARCHES; attempt++) {
                Search search = new Search(all, length, overlapAllowed, random);
                if (search.from(0)) {
                    return Arrays.stream(search.chosen).mapToObj(i -> all[i]).toArray(int[][]::new);
                }
            }
        }
        int[] left = pairCounts(products, length, random);
        int[] chosen = new int[length];
        int previous = -1;
        for (int position = 0; position < length; position++) {
            int best = -1;
            int bestCost = Integer.MAX_VALUE;
            for (int candidate : shuffledIndices(all.length, random)) {
                if (left[candidate] == 0) {
                    continue;
                }
                int cost = previous < 0 ? 0 : overlap(all[candidate], all[previous]);
                // Among equally good candidates, the pair with most meetings left, so none is left for the end.
                if (cost < bestCost || (cost == bestCost && left[candidate] > left[best])) {
                    best = candidate;
                    bestCost = cost;
                }
            }
            chosen[position] = best;
            left[best]--;
            previous = best;
        }
        return Arrays.stream(chosen).mapToObj(i -> all[i]).toArray(int[][]::new);
    }

    /** The depth-first search for {@link #order}; which pairs meet once more is part of what it chooses. */
    private static final class Search {
        private final int[][] all;
        private final int overlapAllowed;
        private final Random random;
        private final int[] left;
        private final boolean[] hadExtra;
        private final int[] chosen;
        private int extras;
        private int steps = SEARCH_STEPS;

        Search(int[][] all, int length, int overlapAllowed, Random random) {
            this.all = all;
            this.overlapAllowed = overlapAllowed;
            this.random = random;
            this.left = new int[all.length];
            Arrays.fill(left, length / all.length);
            this.hadExtra = new boolean[all.length];
            this.extras = length % all.length;
            this.chosen = new int[length];
        }

        private boolean available(int pair) {
            return left[pair] > 0 || (extras > 0 && !hadExtra[pair]);
        }

        private boolean mayFollow(int pair, int previous) {
            return overlap(all[pair], all[previous]) <= overlapAllowed;
        }

        /** Takes one meeting of the pair; returns whether it was an extra one. */
        private boolean take(int pair) {
            if (left[pair] > 0) {
                left[pair]--;
                return false;
            }
            hadExtra[pair] = true;
            extras--;
            return true;
        }

        private void giveBack(int pair, boolean extra) {
            if (extra) {
                hadExtra[pair] = false;
                extras++;
            } else {
                left[pair]++;
            }
        }

        private int onwardOptions(int from) {
            int options = 0;
            for (int next = 0; next < all.length; next++) {
                if (available(next) && mayFollow(next, from)) {
                    options++;
                }
            }
            return options;
        }

        boolean from(int position) {
            if (position == chosen.length) {
                return true;
            }
            if (--steps < 0) {
                return false;
            }
            List<int[]> candidates = new ArrayList<>(); // {pair, onward options}
            for (int candidate : shuffledIndices(all.length, random)) {
                if (available(candidate) && (position == 0 || mayFollow(candidate, chosen[position - 1]))) {
                    boolean extra = take(candidate);
                    candidates.add(new int[] {candidate, onwardOptions(candidate)});
                    giveBack(candidate, extra);
                }
            }
            candidates.sort((a, b) -> Integer.compare(a[1], b[1]));
            for (int[] candidate : candidates) {
                if (candidate[1] == 0 && position + 1 < chosen.length) {
                    continue;
                }
                chosen[position] = candidate[0];
                boolean extra = take(candidate[0]);
                if (from(position + 1)) {
                    return true;
                }
                giveBack(candidate[0], extra);
                if (steps < 0) {
                    return false;
                }
            }
            return false;
        }
    }

    /** 0 if the pairs share no product, 1 if they share one, 2 if they are the same pair. */
    private static int overlap(int[] a, int[] b) {
        int shared = 0;
        for (int x : a) {
            if (x == b[0] || x == b[1]) {
                shared++;
            }
        }
        return shared;
    }

    private static List<Integer> shuffledIndices(int size, Random random) {
        List<Integer> indices = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            indices.add(i);
        }
        Collections.shuffle(indices, random);
        return indices;
    }

    /**
     * Whether the first product of each pair goes on the left. Orienting every meeting along an
     * Euler circuit (with an extra vertex joined to each product that meets an odd number of times)
     * sends each product out as often as in, give or take that one extra edge: left within one of half.
     */
    private static boolean[] sides(int[][] order, int products, Random random) {
        int extra = products;
        List<int[]> edges = new ArrayList<>(); // {from, to}
        for (int[] pair : order) {
            edges.add(new int[] {pair[0], pair[1]});
        }
        int[] degree = new int[products + 1];
        for (int[] edge : edges) {
            degree[edge[0]]++;
            degree[edge[1]]++;
        }
        for (int product = 0; product < products; product++) {
            if (degree[product] % 2 == 1) {
                edges.add(new int[] {product, extra});
            }
        }
        List<List<Integer>> incident = new ArrayList<>();
        for (int v = 0; v <= products; v++) {
            incident.add(new ArrayList<>());
        }
        for (int e = 0; e < edges.size(); e++) {
            incident.get(edges.get(e)[0]).add(e);
            incident.get(edges.get(e)[1]).add(e);
        }
        incident.forEach(list -> Collections.shuffle(list, random));
        boolean[] used = new boolean[edges.size()];
        boolean[] forward = new boolean[edges.size()];
        int[] next = new int[products + 1];
        for (int start : shuffledIndices(products + 1, random)) {
            // Hierholzer's walk: in a graph of even degrees every trail closes where it began.
            List<Integer> stack = new ArrayList<>(List.of(start));
            while (!stack.isEmpty()) {
                int v = stack.get(stack.size() - 1);
                List<Integer> around = incident.get(v);
                while (next[v] < around.size() && used[around.get(next[v])]) {
                    next[v]++;
                }
                if (next[v] == around.size()) {
                    stack.remove(stack.size() - 1);
                    continue;
                }
                int e = around.get(next[v]);
                used[e] = true;
                forward[e] = edges.get(e)[0] == v;
                stack.add(forward[e] ? edges.get(e)[1] : edges.get(e)[0]);
            }
        }
        return Arrays.copyOf(forward, order.length);
    }

    /**
     * Gives the pairs their prompts so that a product's clip of a prompt comes as rarely as it can: a
     * prompt used by k pairs shows 2k clips, so at least 2k minus the number of products of them
     * repeat. Swapping two pairs' prompts keeps how often each prompt is used, so a local search of
     * random swaps, kept when they repeat no more clips, moves towards that bound without changing
     * anything else the schedule promises.
     */
    private static final class PromptSwaps {
        private final int[][] order;
        private final int[] prompt;
        private final int[][] shown;
        private final List<String> names;
        private final Random random;
        private int repeats;

        PromptSwaps(int[][] order, List<String> promptOrder, List<String> prompts, int products, Random random) {
            this.order = order;
            this.names = prompts;
            this.random = random;
            Map<String, Integer> index = new HashMap<>();
            for (int p = 0; p < prompts.size(); p++) {
                index.put(prompts.get(p), p);
            }
            this.prompt = promptOrder.stream().mapToInt(index::get).toArray();
            this.shown = new int[prompts.size()][products];
            for (int i = 0; i < prompt.length; i++) {
                for (int product : order[i]) {
                    if (shown[prompt[i]][product]++ > 0) {
                        repeats++;
                    }
                }
            }
        }

        List<String> fewestRepeats() {
            int fewest = 0;
            int[] uses = new int[names.size()];
            for (int p : prompt) {
                uses[p]++;
            }
            for (int p = 0; p < uses.length; p++) {
                fewest += Math.max(0, 2 * uses[p] - shown[p].length);
            }
            int n = prompt.length;
            for (int step = 0; step < PROMPT_SWAPS && n > 1 && repeats > fewest; step++) {
                int i = random.nextInt(n);
                int j = random.nextInt(n);
                if (prompt[i] == prompt[j]) {
                    continue;
                }
                int before = repeats;
                swap(i, j);
                if (repeats > before) {
                    swap(i, j);
                }
            }
            return Arrays.stream(prompt).mapToObj(names::get).toList();
        }

        private void swap(int i, int j) {
            int atI = prompt[i];
            move(i, prompt[j]);
            move(j, atI);
        }

        private void move(int position, int to) {
            for (int product : order[position]) {
                if (--shown[prompt[position]][product] > 0) {
                    repeats--;
                }
            }
            prompt[position] = to;
            for (int product : order[position]) {
                if (shown[to][product]++ > 0) {
                    repeats++;
                }
            }
        }
    }

    /** Each prompt once per round, in a new random order each round. */
    private static List<String> promptOrder(List<String> prompts, int length, Random random) {
        List<String> order = new ArrayList<>(length);
        while (order.size() < length) {
            List<String> round = new ArrayList<>(prompts);
            Collections.shuffle(round, random);
            order.addAll(round.subList(0, Math.min(round.size(), length - order.size())));
        }
        return order;
    }
}
