package dev.reelrank.viewmodel.charts;

import dev.reelrank.model.BlindTest;
import dev.reelrank.model.IntervalRanks;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.Rating;
import dev.reelrank.model.RatingSource;
import dev.reelrank.viewmodel.colors.ProductColors;
import dev.reelrank.viewmodel.ratings.RatingSnapshot;
import dev.reelrank.viewmodel.ratings.RatingsViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.BlindTestNames;
import dev.reelrank.viewmodel.text.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rating bar chart: each product's rating with its 95 % interval, best first, and which votes
 * the ratings come from. Products without votes get a "no votes" marker, never a rating of 1000.
 */
public final class RatingChartViewModel extends RatedViewModel {
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper axisLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper sourceNote = new ReadOnlyStringWrapper();
    private final ReadOnlyDoubleWrapper lowerBound = new ReadOnlyDoubleWrapper(800);
    private final ReadOnlyDoubleWrapper upperBound = new ReadOnlyDoubleWrapper(1200);
    private final ObservableList<ChartBar> bars = FXCollections.observableArrayList();
    // One wrapper for good: an unmodifiable view listens weakly, so a fresh one per call would drop listeners.
    private final ObservableList<ChartBar> barsView = FXCollections.unmodifiableObservableList(bars);
    private final PerProductCache<ChartBar> cache = new PerProductCache<>();

    public RatingChartViewModel(ProjectSession session, RatingsViewModel ratings, Texts texts) {
        super(session, ratings, texts);
        session.projectProperty().addListener((obs, old, project) -> refresh());
        ratings.snapshotProperty().addListener((obs, old, snapshot) -> refresh());
        refresh();
    }

    @Override
    protected void refresh() {
        Project project = session.project();
        RatingSnapshot snapshot = ratings.snapshot();
        String board = snapshot.board().map(ratings::boardName).orElse(null);
        // A shown blind test is named: its ratings are of its products, ticked or not, which a new user
        // took for a fault beside a cost chart of the ticked ones.
        title.set(
                board != null
                        ? texts.format("chart.rating.titlePublished", board)
                        : shownTest(snapshot)
                                .map(test ->
                                        texts.format("chart.rating.titleTest", BlindTestNames.of(test, project, texts)))
                                .orElse(texts.get("chart.rating.title")));
        axisLabel.set(
                board == null ? texts.get("chart.rating.axis") : texts.format("chart.rating.axisPublished", board));
        Map<String, String> colours = ProductColors.assign(project);
        List<ChartBar> rated = new ArrayList<>();
        List<ChartBar> unrated = new ArrayList<>();
        // Ranks among the products shown: hiding one can change another's rank, so they are part of each bar.
        Map<String, Rating> shownRatings = new HashMap<>();
        Predicate<Product> drawn = ChartProducts.drawnForRatings(project, snapshot.source(), session.today());
        for (Product product : project.products()) {
            if (drawn.test(product)) {
                snapshot.of(product.id()).ifPresent(r -> shownRatings.put(product.id(), r));
            }
        }
        Map<String, Integer> ranks = !snapshot.intervalsKnown()
                ? Map.of()
                : IntervalRanks.of(shownRatings, snapshot::groupOf, snapshot::pointOnly);
        cache.startPass(List.of(snapshot, colours, ranks));
        for (Product product : project.products()) {
            if (!drawn.test(product)) {
                continue;
            }
            ChartBar bar = cache.get(
                    product, () -> bar(product, snapshot, colours.get(product.id()), ranks.get(product.id())));
            (bar.hasValue() ? rated : unrated).add(bar);
        }
        cache.keepOnly(project.products());
        rated.sort(Comparator.comparing(ChartBar::value).reversed());
        double low = rated.stream()
                .mapToDouble(b -> b.low() == null ? b.value() : b.low())
                .min()
                .orElse(950);
        double high = rated.stream()
                .mapToDouble(b -> b.high() == null ? b.value() : b.high())
                .max()
                .orElse(1050);
        // Points have no zero to start from: the axis spans the intervals, with room right of the
        // highest interval for its value; the axis rounds the ends out to whole steps.
        double span = Math.max(high - low, 40);
        lowerBound.set(low - span * 0.04);
        // A long value label near the top ("1,113  #1 · discontinued Jun 2026") needs more room
        // than a bare score: about a fortieth of the span per character beyond ten.
        int longest = rated.stream()
                .filter(b -> (b.high() == null ? b.value() : b.high()) >= high - span / 2)
                .mapToInt(b -> b.label().length())
                .max()
                .orElse(0);
        upperBound.set(high + span * (0.3 + 0.025 * Math.max(0, longest - 10)));
        rated.addAll(unrated);
        int total = rated.size();
        CostChartViewModel.showBars(
                bars, total > CostChartViewModel.MAX_BARS ? rated.subList(0, CostChartViewModel.MAX_BARS) : rated);
        sourceNote.set((total > CostChartViewModel.MAX_BARS
                        ? texts.format("chart.rating.capped", CostChartViewModel.MAX_BARS, total) + " "
                        : "")
                + snapshot.note());
    }

    private ChartBar bar(Product product, RatingSnapshot snapshot, String colour, Integer rank) {
        Optional<Rating> rating = snapshot.of(product.id());
        if (rating.isEmpty()) {
            return new ChartBar(
                    product.id(),
                    texts.productName(product),
                    colour,
                    null,
                    null,
                    null,
                    texts.get(snapshot.unratedKey()),
                    texts.format("chart.rating.tooltipNoVotes", texts.productName(product)));
        }
        Rating r = rating.get();
        String value = numbers.whole(r.value());
        boolean withInterval = snapshot.hasInterval(product.id());
        String interval = withInterval
                ? texts.format("rating.withInterval", value, numbers.whole(r.low()), numbers.whole(r.high()))
                : value;
        boolean grouped = !snapshot.groups().isEmpty();
        String label = rank == null
                ? value
                : grouped
                        ? texts.format("chart.rating.pointLabelGroup", value, rank, snapshot.groupOf(product.id()) + 1)
                        : texts.format("chart.rating.pointLabel", value, rank);
        String tooltip = published(product, snapshot, interval)
                        .orElseGet(() -> texts.format(
                                "chart.rating.tooltip",
                                texts.productName(product),
                                interval,
                                numbers.count(r.votes()),
                                snapshot.sample() ? texts.get("votes.sampleNote") : ""))
                + (rank == null
                        ? ""
                        : "\n"
                                + texts.format(
                                        grouped ? "chart.rating.rankNoteGroup" : "chart.rating.rankNote",
                                        rank,
                                        snapshot.groupOf(product.id()) + 1));
        return new ChartBar(
                product.id(),
                texts.productName(product),
                colour,
                r.value(),
                withInterval ? r.low() : null,
                withInterval ? r.high() : null,
                // The room's own votes rate the clips it saw: whether the product is still sold says
                // nothing about them, and the mark made every label of a results slide twice as long
                // (and its axis as wide). The tooltip still says it.
                shownTest(snapshot).isPresent() ? label : label + prices.discontinuedMark(product, session.today()),
                tooltip + prices.discontinuedNote(product, session.today()));
    }

    /** The blind test whose votes the ratings are, when they are one run in ReelRank. */
    private Optional<BlindTest> shownTest(RatingSnapshot snapshot) {
        return snapshot.source() == RatingSource.HEAD_TO_HEAD
                ? session.project().votedTest()
                : Optional.empty();
    }

    /** A published score's tooltip: the board, the date, the votes where published, and the citation. */
    private Optional<String> published(Product product, RatingSnapshot snapshot, String interval) {
        var entry = snapshot.published().get(product.id());
        if (entry == null) {
            return Optional.empty();
        }
        String votes = snapshot.votesOf(product.id()).stream()
                .mapToObj(count -> texts.format("chart.rating.publishedVotes", numbers.count(count)))
                .findFirst()
                .orElse("");
        String citation = entry.citation().source()
                + entry.citation().url().map(url -> " \u2013 " + url).orElse("");
        return Optional.of(texts.format(
                "chart.rating.tooltipPublished",
                texts.productName(product),
                interval,
                ratings.boardName(entry.board()),
                prices.date(entry.date()),
                votes,
                citation));
    }

    public ObservableList<ChartBar> bars() {
        return barsView;
    }

    public RatingsViewModel ratings() {
        return ratings;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty axisLabelProperty() {
        return axisLabel.getReadOnlyProperty();
    }

    /** Which votes the ratings come from, and that they compare only within one pool. */
    public ReadOnlyStringProperty sourceNoteProperty() {
        return sourceNote.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty lowerBoundProperty() {
        return lowerBound.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty upperBoundProperty() {
        return upperBound.getReadOnlyProperty();
    }
}
