package dev.reelrank.model.blindtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The schedule's fairness, checked with exact bounds over many seeds, sizes and lengths. */
class BlindTestScheduleTest {
    private static final int SEEDS = 200;

    private static List<String> products(int count) {
        return IntStream.range(0, count).mapToObj(i -> "product-" + i).toList();
    }

    private static List<String> prompts(int count) {
        return IntStream.range(0, count).mapToObj(i -> "prompt-" + i).toList();
    }

    /** Every size and length the tests below walk through, each with many seeds. */
    private static void forEachSchedule(java.util.function.Consumer<BlindTestSchedule> check) {
        for (int productCount = 2; productCount <= 8; productCount++) {
            for (int promptCount : new int[] {1, 3, 12}) {
                int pairs = productCount * (productCount - 1) / 2;
                for (int length : new int[] {
                    BlindTestSchedule.defaultLength(productCount, promptCount), 2 * pairs + 1, 3 * pairs + promptCount
                }) {
                    if (length < promptCount) {
                        continue;
                    }
                    for (long seed = 0; seed < SEEDS; seed++) {
                        check.accept(BlindTestSchedule.make(
                                products(productCount), prompts(promptCount), seed * 7919 + length, length));
                    }
                }
            }
        }
    }

    @Test
    void everyPairOfProductsMeets_asOftenAsEveryOther_giveOrTakeOne() {
        forEachSchedule(schedule -> {
            Map<Set<String>, Integer> meetings = new HashMap<>();
            for (String a : schedule.products()) {
                for (String b : schedule.products()) {
                    if (a.compareTo(b) < 0) {
                        meetings.put(Set.of(a, b), 0);
                    }
                }
            }
            schedule.pairs().forEach(pair -> meetings.merge(Set.of(pair.left(), pair.right()), 1, Integer::sum));
            IntSummaryStatistics counts =
                    meetings.values().stream().mapToInt(Integer::intValue).summaryStatistics();
            assertTrue(counts.getMax() - counts.getMin() <= 1, () -> schedule + ": " + meetings);
            assertEquals(
                    meetings.size(),
                    schedule.products().size() * (schedule.products().size() - 1) / 2);
        });
    }

    @Test
    void everyPromptIsUsed_asOftenAsEveryOther_giveOrTakeOne() {
        forEachSchedule(schedule -> {
            Map<String, Integer> uses = new HashMap<>();
            schedule.prompts().forEach(prompt -> uses.put(prompt, 0));
            schedule.pairs().forEach(pair -> uses.merge(pair.prompt(), 1, Integer::sum));
            assertEquals(schedule.prompts().size(), uses.size(), "no prompt from elsewhere");
            IntSummaryStatistics counts =
                    uses.values().stream().mapToInt(Integer::intValue).summaryStatistics();
            assertTrue(counts.getMin() >= 1, () -> "every prompt is used: " + uses);
            assertTrue(counts.getMax() - counts.getMin() <= 1, () -> schedule + ": " + uses);
        });
    }

    @Test
    void eachProductIsShownOnTheLeft_withinOneOfHalfItsAppearances() {
        forEachSchedule(schedule -> {
            for (String product : schedule.products()) {
                long appearances = schedule.pairs().stream()
                        .filter(pair ->
                                pair.left().equals(product) || pair.right().equals(product))
                        .count();
                long left = schedule.pairs().stream()
                        .filter(pair -> pair.left().equals(product))
                        .count();
                // The bound asked for is one; the schedule keeps to half of that.
                assertTrue(
                        Math.abs(2 * left - appearances) <= 1,
                        () -> product + " left " + left + " of " + appearances + " in " + schedule);
            }
        });
    }

    @Test
    void noProductComesTwiceInARow_whenThereAreFiveProductsOrMore() {
        forEachSchedule(schedule -> {
            if (schedule.products().size() < 5) {
                return;
            }
            List<ScheduledPair> pairs = schedule.pairs();
            for (int i = 1; i < pairs.size(); i++) {
                int at = i;
                assertTrue(
                        !pairs.get(i).sharesAProductWith(pairs.get(i - 1)),
                        () -> "pairs " + (at - 1) + " and " + at + " share a product: " + schedule);
            }
        });
    }

    @Test
    void withFewerProducts_aProductMustRecur_butTheSamePairNeverComesTwiceInARowWhenAnotherCan() {
        for (long seed = 0; seed < SEEDS; seed++) {
            List<ScheduledPair> three =
                    BlindTestSchedule.make(products(3), prompts(2), seed, 9).pairs();
            for (int i = 1; i < three.size(); i++) {
                assertNotEquals(
                        Set.of(three.get(i).left(), three.get(i).right()),
                        Set.of(three.get(i - 1).left(), three.get(i - 1).right()),
                        "with three products another pair can always come next");
            }
            // Four products, one pair each from two disjoint pairs: avoidable, so avoided.
            List<ScheduledPair> four =
                    BlindTestSchedule.make(products(4), prompts(1), seed, 2).pairs();
            assertTrue(!four.get(1).sharesAProductWith(four.get(0)), four.toString());
        }
    }

    /**
     * A prompt used by k pairs shows 2k clips; with P products at least 2k - P of them repeat, and no
     * more do. The helper who tried reveal mode saw a clip named under A, then the same clip again as B
     * three pairs later (4 products, 3 prompts: an order with no repeat exists).
     */
    @Test
    void aProductsClipOfAPrompt_comesAgainOnlyWhenThePromptHasMorePairsThanHalfTheProducts() {
        List<String> over = new java.util.ArrayList<>();
        forEachSchedule(schedule -> {
            Map<String, Integer> clips = new HashMap<>();
            Map<String, Integer> uses = new HashMap<>();
            for (ScheduledPair pair : schedule.pairs()) {
                clips.merge(pair.prompt() + "/" + pair.left(), 1, Integer::sum);
                clips.merge(pair.prompt() + "/" + pair.right(), 1, Integer::sum);
                uses.merge(pair.prompt(), 1, Integer::sum);
            }
            int repeats = clips.values().stream().mapToInt(count -> count - 1).sum();
            int fewest = uses.values().stream()
                    .mapToInt(k -> Math.max(0, 2 * k - schedule.products().size()))
                    .sum();
            if (repeats != fewest) {
                over.add(schedule.products().size() + " products, "
                        + schedule.prompts().size() + " prompts, "
                        + schedule.pairs().size() + " pairs, seed " + schedule.seed() + ": " + repeats
                        + " clips again, " + fewest + " at least");
            }
        });
        assertEquals(List.of(), over);
    }

    /**
     * A blind test made before the second rules resumes on the schedule its seed gave then: its votes
     * so far were cast on that order. These are the first rules' pairs for one seed, as made before the
     * second rules existed.
     */
    @Test
    void theFirstRules_stillGiveTheScheduleTheyGave() {
        BlindTestSchedule first =
                BlindTestSchedule.make(products(4), prompts(3), 84890L, 6, BlindTestSchedule.FIRST_RULES);
        assertEquals(FIRST_RULES_SEED_84890, first.pairs().toString());
        assertNotEquals(first, BlindTestSchedule.make(products(4), prompts(3), 84890L, 6));
    }

    private static final String FIRST_RULES_SEED_84890 =
            "[ScheduledPair[left=product-3, right=product-2, prompt=prompt-0],"
                    + " ScheduledPair[left=product-2, right=product-0, prompt=prompt-1],"
                    + " ScheduledPair[left=product-1, right=product-0, prompt=prompt-2],"
                    + " ScheduledPair[left=product-1, right=product-3, prompt=prompt-0],"
                    + " ScheduledPair[left=product-2, right=product-1, prompt=prompt-2],"
                    + " ScheduledPair[left=product-0, right=product-3, prompt=prompt-1]]";

    @Test
    void theSameSeedGivesTheSameSchedule_andTheSeedIsKept() {
        BlindTestSchedule first = BlindTestSchedule.make(products(6), prompts(4), 20261130L);
        BlindTestSchedule again = BlindTestSchedule.make(products(6), prompts(4), 20261130L);
        assertEquals(first, again);
        assertEquals(20261130L, first.seed());
        assertEquals(15, first.pairs().size(), "each of the 15 pairs once");
        long different = IntStream.range(0, 20)
                .mapToObj(seed ->
                        BlindTestSchedule.make(products(6), prompts(4), seed).pairs())
                .distinct()
                .count();
        assertTrue(different >= 19, "seeds give different schedules: " + different + " of 20");
    }

    @Test
    void aChoiceThatCannotMakeABlindTest_isRefusedWithASentence() {
        assertEquals(
                "a blind test needs at least two different products",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> BlindTestSchedule.make(List.of("kling"), prompts(2), 1))
                        .getMessage());
        assertEquals(
                "a product is chosen twice",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> BlindTestSchedule.make(List.of("kling", "veo", "kling"), prompts(2), 1))
                        .getMessage());
        assertEquals(
                "a blind test needs at least one prompt, each chosen once",
                assertThrows(IllegalArgumentException.class, () -> BlindTestSchedule.make(products(3), List.of(), 1))
                        .getMessage());
        assertEquals(
                "2 pairs cannot use all 3 prompts",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> BlindTestSchedule.make(products(3), prompts(3), 1, 2))
                        .getMessage());
    }
}
