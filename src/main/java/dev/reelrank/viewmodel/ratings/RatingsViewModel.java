package dev.reelrank.viewmodel.ratings;

import dev.reelrank.model.AggregateRatings;
import dev.reelrank.model.ChartStyle;
import dev.reelrank.model.HeadToHead;
import dev.reelrank.model.Leaderboard;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.PublishedRating;
import dev.reelrank.model.Rating;
import dev.reelrank.model.RatingChoice;
import dev.reelrank.model.RatingSource;
import dev.reelrank.model.ratings.BradleyTerry;
import dev.reelrank.model.ratings.PairCells;
import dev.reelrank.model.ratings.ProductRating;
import dev.reelrank.model.ratings.RatingsResult;
import dev.reelrank.viewmodel.files.FilesViewModel;
import dev.reelrank.viewmodel.port.BackgroundWork;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Numbers;
import dev.reelrank.viewmodel.text.PriceTexts;
import dev.reelrank.viewmodel.text.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window's ratings: scores one public leaderboard published, head-to-head votes, or each
 * product's aggregate votes. Unless the project saved a choice that still applies, the source is
 * the first of these the project has ({@link RatingChoice}). A Bradley–Terry point estimate
 * follows every edit at once; the bootstrap intervals are computed in the background and applied
 * when ready. An edit cancels the bootstrap of the votes before it (the latest edit wins, so a burst
 * of edits runs one or two bootstraps to the end, not one each); a bootstrap that fails leaves the
 * points with intervals marked unavailable and says why in the status line.
 *
 * <p>A copy for slides and exports starts from the ratings the window already computed
 * ({@code given}) and computes no bootstrap of its own.
 */
public final class RatingsViewModel {
    /**
     * Below this many head-to-head votes a product's rating can move far with the next vote, and its
     * bootstrap interval is no guide (over one battle every resample is the same battle, and the
     * interval is a point): the chart's note and a blind test's results say so.
     */
    public static final long FEW_VOTES = 10;

    private final ProjectSession session;
    private final Texts texts;
    private final BackgroundWork background;
    private final Numbers numbers;
    private final ReadOnlyObjectWrapper<RatingSource> source = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RatingSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Leaderboard> board = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper headToHeadAvailable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper aggregateAvailable = new ReadOnlyBooleanWrapper(true);
    private final ObservableList<Leaderboard> boards = FXCollections.observableArrayList();
    private final ObservableList<Leaderboard> boardsView = FXCollections.unmodifiableObservableList(boards);
    private final PriceTexts dates;
    private final FilesViewModel.StatusLine status;
    private final RatingSnapshot given;
    private long generation;
    private BackgroundWork.Handle bootstrap = BackgroundWork.Handle.DONE;
    private AtomicBoolean stopBootstrap = new AtomicBoolean();

    /**
     * @param given the ratings to show while they match the project's rating source (the live
     *              window's, for a copy that draws slides), or null to compute them
     */
    public RatingsViewModel(
            ProjectSession session,
            Texts texts,
            BackgroundWork background,
            FilesViewModel.StatusLine status,
            RatingSnapshot given) {
        this.session = session;
        this.texts = texts;
        this.background = background;
        this.status = status;
        this.given = given;
        this.numbers = new Numbers(texts.locale());
        this.dates = new PriceTexts(texts);
        session.projectProperty().addListener((obs, old, project) -> {
            boolean sameChoice = old != null
                    && old.view().ratingSource() == project.view().ratingSource()
                    && old.view().board() == project.view().board()
                    && old.view().votes().equals(project.view().votes());
            if (!sameChoice || !ProjectSession.onlyViewChanged(old, project)) {
                refresh();
            }
        });
        refresh();
    }

    /** Switches to aggregate or head-to-head votes; the choice is saved with the project. */
    public void useSource(RatingSource wanted) {
        if (wanted == RatingSource.PUBLISHED && board.get() == null && !boards.isEmpty()) {
            useBoard(boards.getFirst());
            return;
        }
        session.showAs(session.project().view().withRatingSource(wanted));
    }

    /** Switches to the scores {@code chosen} published; the choice is saved with the project. */
    public void useBoard(Leaderboard chosen) {
        session.showAs(session.project()
                .view()
                .withRatingSource(RatingSource.PUBLISHED)
                .withBoard(chosen));
    }

    private void refresh() {
        Project project = session.project();
        headToHeadAvailable.set(!project.pairVotes().isEmpty());
        List<Leaderboard> rated = RatingChoice.boardsWithRatings(project, session.today());
        // A source with nothing in it is not offered while another has something: today's market
        // carries published scores and no vote tallies, and "Aggregate votes" there showed only
        // "no votes". It stays on offer as the source of last resort.
        aggregateAvailable.set(project.voteTallyCount() > 0
                || (rated.isEmpty() && project.pairVotes().isEmpty()));
        if (!boards.equals(rated)) {
            boards.setAll(rated);
        }
        RatingChoice choice = RatingChoice.resolve(project, session.today());
        RatingSource effective = choice.source();
        // The board is kept while another source shows, so that switching back returns to it.
        board.set(choice.board()
                .orElse(
                        rated.contains(project.view().board())
                                ? project.view().board()
                                : rated.isEmpty() ? null : rated.getFirst()));
        source.set(effective);
        long current = ++generation;
        stopBootstrap();
        if (given != null
                && given.source() == effective
                && (effective != RatingSource.PUBLISHED || given.board().equals(choice.board()))) {
            snapshot.set(given);
            return;
        }
        if (effective == RatingSource.AGGREGATE_VOTES) {
            snapshot.set(aggregate(project));
            return;
        }
        if (effective == RatingSource.PUBLISHED) {
            snapshot.set(published(project, choice.board().orElseThrow()));
            return;
        }
        List<Product> products = project.products();
        PairCells cells = cells(project);
        boolean sample = sample(project);
        RatingsResult points = BradleyTerry.fit(cells);
        if (given != null) {
            // A copy never bootstraps on its own (it would on the FX thread): without the window's
            // intervals for this source, it has none.
            snapshot.set(headToHead(products, points, Intervals.UNAVAILABLE, sample));
            return;
        }
        snapshot.set(headToHead(products, points, Intervals.PENDING, sample));
        // Started once the FX thread has handled the events already queued: of a burst of edits
        // (an undo held down, a paste), only the last starts a bootstrap.
        background.onUi(() -> {
            if (current == generation) {
                startBootstrap(current, products, cells, points, sample);
            }
        });
    }

    private void startBootstrap(
            long current, List<Product> products, PairCells cells, RatingsResult points, boolean sample) {
        AtomicBoolean stop = new AtomicBoolean();
        stopBootstrap = stop;
        // One thread: the rounds run on the background thread itself, which an edit interrupts.
        bootstrap = background.run(
                () -> {
                    Thread worker = Thread.currentThread();
                    return BradleyTerry.rate(
                            cells,
                            new BradleyTerry.Options(BradleyTerry.DEFAULT_ROUNDS, BradleyTerry.DEFAULT_SEED, 1),
                            () -> stop.get() || worker.isInterrupted());
                },
                result -> {
                    if (current == generation) {
                        snapshot.set(headToHead(products, result, Intervals.DONE, sample));
                    }
                },
                failure -> {
                    if (current != generation || (stop.get() && failure instanceof CancellationException)) {
                        return;
                    }
                    snapshot.set(headToHead(products, points, Intervals.UNAVAILABLE, sample));
                    status.problem(texts.format("status.bootstrapFailed", texts.failure(failure)));
                });
    }

    /** Whether a snapshot's intervals are still coming, there, or will not come. */
    private enum Intervals {
        PENDING,
        DONE,
        UNAVAILABLE
    }

    /** The bootstrap of earlier votes is of no use any more: it stops before its next round. */
    private void stopBootstrap() {
        stopBootstrap.set(true);
        bootstrap.cancel();
        bootstrap = BackgroundWork.Handle.DONE;
    }

    private RatingSnapshot aggregate(Project project) {
        Map<String, Rating> ratings = new HashMap<>();
        boolean sample = false;
        for (Product product : project.products()) {
            var rating = product.votes().flatMap(AggregateRatings::of);
            if (rating.isPresent()) {
                ratings.put(product.id(), rating.get());
                sample |= product.votes().orElseThrow().sample();
            }
        }
        List<String> notes = new ArrayList<>(
                List.of(texts.get("chart.rating.source.aggregate"), texts.get("chart.rating.poolNote")));
        if (sample) {
            notes.add(texts.get("note.sampleShort"));
        }
        return new RatingSnapshot(RatingSource.AGGREGATE_VOTES, ratings, false, sample, notes);
    }

    /** Each product's newest score on one board; products the board does not list get none. */
    private RatingSnapshot published(Project project, Leaderboard shownBoard) {
        Map<String, Rating> ratings = new HashMap<>();
        Map<String, PublishedRating> entries = new HashMap<>();
        TreeSet<LocalDate> days = new TreeSet<>();
        List<String> notListed = new ArrayList<>();
        List<String> noInterval = new ArrayList<>();
        for (Product product : project.products()) {
            Optional<PublishedRating> entry = product.publishedOn(shownBoard, session.today());
            boolean shown = product.chart().map(ChartStyle::shown).orElse(true);
            if (entry.isEmpty()) {
                if (shown) {
                    notListed.add(texts.productName(product));
                }
                continue;
            }
            PublishedRating r = entry.get();
            double score = r.score().doubleValue();
            // A board without an interval gives the point alone: low and high at the score.
            double low = r.interval().map(i -> i.low().doubleValue()).orElse(score);
            double high = r.interval().map(i -> i.high().doubleValue()).orElse(score);
            ratings.put(product.id(), new Rating(score, low, high, r.votes().orElse(0L)));
            entries.put(product.id(), r);
            if (shown) {
                days.add(r.date());
                if (r.interval().isEmpty()) {
                    noInterval.add(texts.productName(product));
                }
            }
        }
        String boardName = boardName(shownBoard);
        List<String> notes = new ArrayList<>();
        notes.add(texts.format(
                "chart.rating.source.published",
                boardName,
                texts.someNames(days.stream().map(dates::date).toList())));
        notes.add(texts.format("chart.rating.publishedScale", boardName));
        if (!noInterval.isEmpty()) {
            notes.add(texts.format("chart.rating.noPublishedInterval", texts.someNames(noInterval)));
        }
        if (!notListed.isEmpty()) {
            notes.add(texts.format("chart.rating.notOnBoard", texts.someNames(notListed)));
        }
        return new RatingSnapshot(
                RatingSource.PUBLISHED, ratings, false, false, notes, Map.of(), Optional.of(shownBoard), entries);
    }

    /** A board's name in the window's language. */
    public String boardName(Leaderboard shownBoard) {
        return texts.get("board." + shownBoard.id());
    }

    private RatingSnapshot headToHead(
            List<Product> products, RatingsResult result, Intervals intervals, boolean sample) {
        Map<String, Rating> ratings = new HashMap<>();
        Map<String, Integer> groups = new HashMap<>();
        List<String> heldFinite = new ArrayList<>();
        List<String> fewVotes = new ArrayList<>();
        Set<String> pointsOnly = new HashSet<>();
        List<String> pointsOnlyNames = new ArrayList<>();
        for (ProductRating r : result.ratings()) {
            if (r.rated() && r.battles() < FEW_VOTES) {
                fewVotes.add(texts.productName(products.get(r.product())));
            }
            if (r.rated()) {
                groups.put(products.get(r.product()).id(), r.group());
                boolean pointOnly = result.bootstrapRounds() > 0 && !r.hasInterval();
                if (pointOnly) {
                    pointsOnly.add(products.get(r.product()).id());
                    pointsOnlyNames.add(texts.productName(products.get(r.product())));
                }
                ratings.put(
                        products.get(r.product()).id(),
                        pointOnly
                                ? new Rating(r.rating(), r.rating(), r.rating(), (long) r.battles())
                                : new Rating(
                                        r.rating(), Math.min(r.low(), r.high()), Math.max(r.low(), r.high()), (long)
                                                r.battles()));
                if (r.heldFinite()) {
                    heldFinite.add(texts.productName(products.get(r.product())));
                }
            }
        }
        List<String> notes = new ArrayList<>();
        boolean computed = intervals != Intervals.PENDING && intervals != Intervals.UNAVAILABLE;
        if (!computed || result.bootstrapRounds() > 0) {
            notes.add(texts.format(
                    "chart.rating.source.headToHead",
                    numbers.count(computed ? result.bootstrapRounds() : BradleyTerry.DEFAULT_ROUNDS)));
        } else {
            notes.add(texts.format(
                    result.groups() > BradleyTerry.MAX_GROUPS_WITH_INTERVALS
                            ? "chart.rating.noIntervals.groups"
                            : "chart.rating.noIntervals.size",
                    numbers.count(BradleyTerry.MAX_GROUPS_WITH_INTERVALS)));
        }
        notes.add(texts.get("chart.rating.poolNote"));
        // Before the notes about groups and held-finite ratings: a note that runs long is cut at its end.
        if (!fewVotes.isEmpty()) {
            notes.add(
                    fewVotes.size() == ratings.size()
                            ? texts.format("chart.rating.fewVotesAll", FEW_VOTES)
                            : texts.format(
                                    "chart.rating.fewVotes", fewVotes.size(), texts.someNames(fewVotes), FEW_VOTES));
        }
        if (!pointsOnlyNames.isEmpty()) {
            notes.add(texts.format("chart.rating.noSpread", texts.someNames(pointsOnlyNames)));
        }
        // Every product "#1" read as a fault to a new user; it is what overlapping intervals mean.
        List<ProductRating> rated =
                result.ratings().stream().filter(ProductRating::rated).toList();
        if (result.bootstrapRounds() > 0
                && rated.size() > 1
                && !result.disconnected()
                && rated.stream().allMatch(r -> r.rank() == 1 && r.hasInterval())) {
            notes.add(texts.get("chart.rating.allFirst"));
        }
        if (result.disconnected()) {
            notes.add(texts.format("chart.rating.groups", result.groups()));
        }
        if (!heldFinite.isEmpty()) {
            // Naming every product (a blind test's few votes) made the note long enough for the window
            // to cut its reason off.
            notes.add(
                    heldFinite.size() == ratings.size()
                            ? texts.get("chart.rating.heldFiniteAll")
                            : texts.format("chart.rating.heldFinite", texts.someNames(heldFinite)));
        }
        if (intervals == Intervals.PENDING) {
            notes.add(texts.get("chart.rating.pending"));
        } else if (intervals == Intervals.UNAVAILABLE) {
            notes.add(texts.get("chart.rating.intervalsUnavailable"));
        }
        if (sample) {
            notes.add(texts.get("note.sampleShort"));
        }
        return new RatingSnapshot(
                RatingSource.HEAD_TO_HEAD,
                ratings,
                intervals == Intervals.PENDING,
                sample,
                notes,
                result.disconnected() ? groups : Map.of(),
                Optional.empty(),
                Map.of(),
                intervals == Intervals.UNAVAILABLE,
                pointsOnly);
    }

    /** The project's head-to-head votes as the engine reads them, products in project order. */
    public static PairCells cells(Project project) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < project.products().size(); i++) {
            index.put(project.products().get(i).id(), i);
        }
        PairCells.Builder builder = new PairCells.Builder(project.products().size());
        for (HeadToHead pair : project.pairVotes()) {
            if (pair.battles() > 0) {
                builder.add(index.get(pair.a()), index.get(pair.b()), pair.aWins(), pair.bWins(), pair.ties());
            }
        }
        return builder.build();
    }

    private static boolean sample(Project project) {
        return project.pairVotes().stream().anyMatch(HeadToHead::sample);
    }

    public ReadOnlyObjectProperty<RatingSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RatingSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public RatingSnapshot snapshot() {
        return snapshot.get();
    }

    /** The board published ratings are read from, or the one they would be read from; null when none has scores. */
    public ReadOnlyObjectProperty<Leaderboard> boardProperty() {
        return board.getReadOnlyProperty();
    }

    /** The boards that hold scores of the project's products, the one rating the most shown first. */
    public ObservableList<Leaderboard> boards() {
        return boardsView;
    }

    /** Whether any product has vote tallies, or no other source has anything either. */
    public ReadOnlyBooleanProperty aggregateAvailableProperty() {
        return aggregateAvailable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty headToHeadAvailableProperty() {
        return headToHeadAvailable.getReadOnlyProperty();
    }
}
