package dev.reelrank.model.blindtest;

import dev.reelrank.model.Battle;
import dev.reelrank.model.BlindTest;
import dev.reelrank.model.BlindTestPrompt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How far a blind test has come, read from its votes alone, so that a test left with Esc, or cut
 * short by a crash, resumes at the pair after the last one voted on. A pair's votes are the
 * battles recorded for it together: one for a single vote, one per outcome for a show of hands,
 * all with the same time.
 *
 * @param schedule the test's schedule, made again from its seed
 * @param slots    the votes recorded so far, pair by pair, in the order of the schedule
 */
public record BlindTestProgress(BlindTest test, BlindTestSchedule schedule, List<List<Battle>> slots) {
    public BlindTestProgress {
        slots = slots.stream().map(List::copyOf).toList();
    }

    /** The progress of {@code test} given every battle of its project. */
    public static BlindTestProgress of(BlindTest test, List<Battle> battles) {
        return of(test, scheduleOf(test), battles);
    }

    /** The schedule {@code test}'s seed gives: the same every time, so it may be kept between votes. */
    public static BlindTestSchedule scheduleOf(BlindTest test) {
        List<String> prompts = test.prompts().stream().map(BlindTestPrompt::id).toList();
        return BlindTestSchedule.make(
                test.products(),
                prompts,
                test.seed(),
                BlindTestSchedule.defaultLength(test.products().size(), prompts.size()),
                test.scheduleRules());
    }

    /** The progress of {@code test} on {@code schedule}, which must be {@link #scheduleOf} the test. */
    public static BlindTestProgress of(BlindTest test, BlindTestSchedule schedule, List<Battle> battles) {
        List<List<Battle>> slots = new ArrayList<>();
        List<Battle> current = new ArrayList<>();
        for (Battle battle : battles) {
            if (!battle.blindTest().equals(test.id())) {
                continue;
            }
            if (!current.isEmpty() && !sameSlot(current.getFirst(), battle)) {
                slots.add(current);
                current = new ArrayList<>();
            }
            current.add(battle);
        }
        if (!current.isEmpty()) {
            slots.add(current);
        }
        return new BlindTestProgress(test, schedule, slots);
    }

    private static boolean sameSlot(Battle first, Battle next) {
        return first.a().equals(next.a())
                && first.b().equals(next.b())
                && first.prompt().equals(next.prompt())
                && first.time().equals(next.time());
    }

    /** Pairs voted on so far. */
    public int done() {
        return slots.size();
    }

    public int length() {
        return schedule.pairs().size();
    }

    /** The pair to show next, or empty once every pair of the schedule has been voted on. */
    public Optional<ScheduledPair> next() {
        return done() < length() ? Optional.of(schedule.pairs().get(done())) : Optional.empty();
    }

    /** The pair after the next, which the presentation loads ahead. */
    public Optional<ScheduledPair> afterNext() {
        return done() + 1 < length() ? Optional.of(schedule.pairs().get(done() + 1)) : Optional.empty();
    }

    /** The votes of the last pair voted on, which an undo takes back; empty before the first vote. */
    public List<Battle> lastSlot() {
        return slots.isEmpty() ? List.of() : slots.getLast();
    }

    public String promptText(String promptId) {
        return test.prompts().stream()
                .filter(prompt -> prompt.id().equals(promptId))
                .map(BlindTestPrompt::text)
                .findFirst()
                .orElse(promptId);
    }
}
