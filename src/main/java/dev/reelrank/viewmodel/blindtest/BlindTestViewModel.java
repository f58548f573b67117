package dev.reelrank.viewmodel.blindtest;

import dev.reelrank.model.Battle;
import dev.reelrank.model.BlindTest;
import dev.reelrank.model.ChartView;
import dev.reelrank.model.Project;
import dev.reelrank.model.RatingSource;
import dev.reelrank.model.VoteOutcome;
import dev.reelrank.model.VoteScope;
import dev.reelrank.model.blindtest.BlindTestProgress;
import dev.reelrank.model.blindtest.BlindTestSchedule;
import dev.reelrank.model.blindtest.ScheduledPair;
import dev.reelrank.model.blindtest.ShowOfHands;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.BlindTestNames;
import dev.reelrank.viewmodel.text.Texts;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A blind test as the room runs it: the pair on screen, votes (one at a time or a show of hands),
 * undo, and leaving to resume later. Every vote is an edit of the project, so it is saved, undone
 * and recovered like any other; and it is on disk before the next pair shows ({@code keepNow}),
 * so a crash loses none. Where the test stands is read from its votes alone
 * ({@link BlindTestProgress}), which is what makes resuming after Esc or a crash exact.
 *
 * <p>Which products are on screen is never put into words here, except by the reveal the
 * presenter turns on: the view loads clips by the pair's ids and shows only "A" and "B".
 */
public final class BlindTestViewModel {
    private final ProjectSession session;
    private final Texts texts;
    private final Consumer<Runnable> keepNow;
    private final Supplier<Instant> clock;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ScheduledPair> pair = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ScheduledPair> nextPair = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastVote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanProperty reveal = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<List<String>> revealed = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<VoteOutcome> revealedLead = new ReadOnlyObjectWrapper<>();
    private boolean revealedLast;
    private String testId;
    /** The window's view before the test began, given back when the room leaves. */
    private ChartView viewBefore;

    private BlindTest scheduled;
    private BlindTestSchedule schedule;

    /**
     * @param keepNow writes the project's recovery copy at once and runs its argument on the FX
     *                thread when the copy is on disk
     * @param clock   the time each vote is stamped with
     */
    public BlindTestViewModel(
            ProjectSession session, Texts texts, Consumer<Runnable> keepNow, Supplier<Instant> clock) {
        this.session = session;
        this.texts = texts;
        this.keepNow = keepNow;
        this.clock = clock;
        // An undo or a file opened in the main window changes the votes under a running test.
        session.projectProperty().addListener((obs, old, now) -> {
            if (running.get() && !waiting.get()) {
                refresh();
            }
        });
    }

    /**
     * Adds {@code test} to the project, unless it holds it already, and shows its first pair not yet
     * voted on. The grid, heatmaps and ratings switch to its votes, so the room sees them arrive.
     */
    public void begin(BlindTest test) {
        if (session.project().blindTest(test.id()).isEmpty()) {
            String refused = session.apply(
                            texts.format("edit.blindTestStart", BlindTestNames.of(test, session.project(), texts)),
                            p -> p.withBlindTest(test))
                    .error();
            if (refused != null) {
                problem.set(refused);
                return;
            }
        }
        testId = test.id();
        ChartView before = session.project().view();
        viewBefore = before;
        // The grid, heatmaps and rating chart draw a shown test's own products whether or not they are
        // ticked for the cost charts, so the test changes no product's tick: ticking them for the room
        // left every chart crowded after it.
        session.showAs(before.withVotes(VoteScope.blindTest(test.id())).withRatingSource(RatingSource.HEAD_TO_HEAD));
        problem.set("");
        lastVote.set("");
        running.set(true);
        refresh();
    }

    /** Votes on the pair shown; ignored while the last vote is still being written or once the test is over. */
    public void vote(VoteOutcome outcome) {
        record(Map.of(outcome, 1L));
    }

    /**
     * Records a show of hands typed by the presenter ("A 7 B 4 T 1") as that many votes.
     *
     * @return why the text is not a show of hands, or null once it is recorded
     */
    public String voteHands(String typed) {
        Map<VoteOutcome, Long> counts;
        try {
            counts = ShowOfHands.parse(typed);
        } catch (dev.reelrank.model.InvalidValueException e) {
            String why = texts.format("blind.handsProblem", texts.text(e.explanation()));
            problem.set(why);
            return why;
        }
        return record(counts) ? null : problem.get();
    }

    private boolean record(Map<VoteOutcome, Long> counts) {
        Optional<BlindTestProgress> now = progressNow();
        if (waiting.get() || now.isEmpty() || now.get().next().isEmpty()) {
            return false;
        }
        ScheduledPair shown = now.get().next().get();
        int shownNumber = now.get().done() + 1;
        Instant time = stamp(now.get());
        List<Battle> added = new ArrayList<>();
        for (VoteOutcome outcome : List.of(VoteOutcome.A, VoteOutcome.B, VoteOutcome.TIE, VoteOutcome.BOTH_BAD)) {
            Long count = counts.get(outcome);
            if (count != null && count > 0) {
                added.add(new Battle(testId, shown.left(), shown.right(), outcome, shown.prompt(), time, count));
            }
        }
        // Set before the edit, so that the project's change does not move the pair on before the write.
        waiting.set(true);
        String refused = session.apply(texts.get("edit.blindTestVote"), p -> {
                    List<Battle> battles = new ArrayList<>(p.battles());
                    battles.addAll(added);
                    return p.withBattles(battles);
                })
                .error();
        if (refused != null) {
            waiting.set(false);
            problem.set(refused);
            return false;
        }
        problem.set("");
        lastVote.set(describe(counts, shownNumber));
        List<String> names = reveal.get() ? List.of(name(shown.left()), name(shown.right())) : List.of();
        long forA = counts.getOrDefault(VoteOutcome.A, 0L);
        long forB = counts.getOrDefault(VoteOutcome.B, 0L);
        VoteOutcome lead = forA > forB ? VoteOutcome.A : forB > forA ? VoteOutcome.B : null;
        boolean last = progressNow().flatMap(BlindTestProgress::next).isEmpty();
        keepNow.accept(() -> {
            if (names.isEmpty()) {
                // The next pair first: a key pressed as soon as votes are taken again votes on it.
                refresh();
                waiting.set(false);
            } else {
                // The pair stays, names under its clips, until the presenter or the view moves on.
                revealedLead.set(lead);
                revealedLast = last;
                revealed.set(names);
            }
        });
        return true;
    }

    /** After a reveal, shows the next pair. */
    public void proceed() {
        if (revealed.get().isEmpty()) {
            return;
        }
        revealed.set(List.of());
        refresh();
        waiting.set(false);
    }

    private String name(String product) {
        return session.project().product(product).map(texts::productName).orElse(product);
    }

    /** Takes back the votes of the last pair voted on, and shows that pair again. */
    public void undo() {
        if (!revealed.get().isEmpty()) {
            revealed.set(List.of());
            waiting.set(false);
        }
        Optional<BlindTestProgress> now = progressNow();
        if (waiting.get() || now.isEmpty() || now.get().lastSlot().isEmpty()) {
            return;
        }
        List<Battle> slot = now.get().lastSlot();
        waiting.set(true);
        session.apply(texts.get("edit.blindTestUndo"), p -> {
            List<Battle> battles = new ArrayList<>(p.battles());
            // The slot's votes are the last of this test in the list: remove them from the end.
            for (int i = battles.size() - 1, left = slot.size(); i >= 0 && left > 0; i--) {
                if (slot.contains(battles.get(i))) {
                    battles.remove(i);
                    left--;
                }
            }
            return p.withBattles(battles);
        });
        lastVote.set(texts.format("blind.undone", now.get().done()));
        writeThenRefresh();
    }

    /** Leaves the test; its votes stay in the project, and {@link #begin} resumes it. */
    public void leave() {
        if (!revealed.get().isEmpty()) {
            revealed.set(List.of());
            waiting.set(false);
        }
        boolean wasRunning = running.get();
        running.set(false);
        pair.set(null);
        nextPair.set(null);
        // Left in the middle, the window goes back to the votes and rating source it showed before the
        // test, unless the user chose others meanwhile. A finished test's votes stay shown: they are
        // what the room will want to see next.
        ChartView now = session.project().view();
        if (wasRunning
                && !finished.get()
                && viewBefore != null
                && testId != null
                && now.votes().equals(VoteScope.blindTest(testId))
                && now.ratingSource() == RatingSource.HEAD_TO_HEAD) {
            session.showAs(now.withVotes(viewBefore.votes())
                    .withRatingSource(viewBefore.ratingSource())
                    .withCurrentOnly(viewBefore.currentOnly()));
        }
        viewBefore = null;
    }

    private void writeThenRefresh() {
        waiting.set(true);
        keepNow.accept(() -> {
            refresh();
            waiting.set(false);
        });
    }

    /**
     * A pair's votes share one time, and the next pair's must not: a vote in the same millisecond
     * as the last would read back as part of its show of hands.
     */
    private Instant stamp(BlindTestProgress now) {
        Instant time = clock.get().truncatedTo(ChronoUnit.MILLIS);
        List<Battle> last = now.lastSlot();
        if (!last.isEmpty() && !time.isAfter(last.getFirst().time())) {
            time = last.getFirst().time().plusMillis(1);
        }
        return time;
    }

    private Optional<BlindTestProgress> progressNow() {
        if (testId == null) {
            return Optional.empty();
        }
        Project project = session.project();
        return project.blindTest(testId).map(test -> {
            // Made again from the seed only when the test changes: with four products the search for an
            // order takes tens of ms, and this runs twice for every vote on the FX thread.
            if (!test.equals(scheduled)) {
                schedule = BlindTestProgress.scheduleOf(test);
                scheduled = test;
            }
            return BlindTestProgress.of(test, schedule, project.battles());
        });
    }

    private void refresh() {
        Optional<BlindTestProgress> now = progressNow();
        if (now.isEmpty()) {
            // The test itself was undone or the file replaced: there is nothing left to run.
            leave();
            return;
        }
        BlindTestProgress at = now.get();
        pair.set(at.next().orElse(null));
        nextPair.set(at.afterNext().orElse(null));
        finished.set(at.next().isEmpty());
        prompt.set(at.next().map(p -> at.promptText(p.prompt())).orElse(""));
        progress.set(
                finished.get()
                        ? texts.format("blind.finished", at.length())
                        : texts.format("blind.progress", at.done() + 1, at.length()));
    }

    /** The vote in words, with its pair's number: it is read under the next pair, which comes at once. */
    private String describe(Map<VoteOutcome, Long> counts, int pairNumber) {
        if (counts.size() == 1 && counts.values().iterator().next() == 1) {
            return texts.format(
                    "blind.voted." + counts.keySet().iterator().next().name(), pairNumber);
        }
        List<String> parts = new ArrayList<>();
        for (VoteOutcome outcome : List.of(VoteOutcome.A, VoteOutcome.B, VoteOutcome.TIE, VoteOutcome.BOTH_BAD)) {
            if (counts.containsKey(outcome)) {
                parts.add(texts.format("blind.hands." + outcome.name(), counts.get(outcome)));
            }
        }
        return texts.format("blind.handsRecorded", pairNumber, texts.list(parts));
    }

    /**
     * The clip of {@code product} for the pair's prompt, from the project's clip library; empty when
     * the library has none (the view then says so instead of showing an empty frame).
     */
    public Optional<Path> clip(ScheduledPair pair, String product) {
        return session.project().clipLibrary().clip(pair.prompt(), product).map(clip -> Path.of(clip.file()));
    }

    /** Whether the names of a pair fade in under its clips once it is voted on; off by default. */
    public BooleanProperty revealProperty() {
        return reveal;
    }

    /**
     * Which side the revealed vote went to: A or B, or null for a tie, "both bad" or a show of hands
     * split evenly between A and B. Set before {@link #revealedProperty}.
     */
    public ReadOnlyObjectProperty<VoteOutcome> revealedLeadProperty() {
        return revealedLead.getReadOnlyProperty();
    }

    /** Whether the revealed pair was the test's last: moving on then shows the results. */
    public boolean revealedLast() {
        return revealedLast;
    }

    /** The names of the pair just voted on, A then B, while they are revealed; else empty. */
    public ReadOnlyObjectProperty<List<String>> revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** The blind test on screen, or null. */
    public String testId() {
        return running.get() ? testId : null;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True while a vote is being written to disk; the next pair shows once it is. */
    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    /** Every pair of the schedule has been voted on. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** The pair to vote on (product ids for loading clips, never to be shown), or null. */
    public ReadOnlyObjectProperty<ScheduledPair> pairProperty() {
        return pair.getReadOnlyProperty();
    }

    /** The pair after it, for loading its clips ahead, or null. */
    public ReadOnlyObjectProperty<ScheduledPair> nextPairProperty() {
        return nextPair.getReadOnlyProperty();
    }

    /** The prompt of the pair shown, as the room reads it. */
    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    /** "Pair 3 of 12". */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the last vote recorded, for the presenter to check ("A", "Show of hands: A 7, B 4"). */
    public ReadOnlyStringProperty lastVoteProperty() {
        return lastVote.getReadOnlyProperty();
    }

    /** Why the last command did nothing, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
