package dev.reelrank.viewmodel;

import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.Rating;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
public final class RatingChartViewModel {
    private final ProjectSession session;
    private final RatingsViewModel ratings;
    private final Texts texts;
    private final Numbers numbers;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper axisLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper sourceNote = new ReadOnlyStringWrapper();
    private final ReadOnlyDoubleWrapper lowerBound = new ReadOnlyDoubleWrapper(800);
    private final ReadOnlyDoubleWrapper upperBound = new ReadOnlyDoubleWrapper(1200);
    private final ObservableList<ChartBar> bars = FXCollections.observableArrayList();
    // One wrapper for good: an unmodifiable view listens weakly, so a fresh one per call would drop listeners.
    private final ObservableList<ChartBar> barsView = FXCollections.unmodifiableObservableList(bars);
    private final PerProductCache<ChartBar> cache = new PerProductCache<>();

    RatingChartViewModel(ProjectSession session, RatingsViewModel ratings, Texts texts) {
        this.session = session;
        this.ratings = ratings;
        this.texts = texts;
        this.numbers = new Numbers(texts.locale());
        session.projectProperty().addListener((obs, old, project) -> refresh());
        ratings.snapshotProperty().addListener((obs, old, snapshot) -> refresh());
        refresh();
    }

    private void refresh() {
        Project project = session.project();
        RatingSnapshot snapshot = ratings.snapshot();
        title.set(texts.get("chart.rating.title"));
        axisLabel.set(texts.get("chart.rating.axis"));
        Map<String, String> colours = ProductColors.assign(project);
        List<ChartBar> rated = new ArrayList<>();
        List<ChartBar> unrated = new ArrayList<>();
        cache.startPass(List.of(snapshot, colours));
        for (Product product : project.products()) {
            if (!ProductColors.styleOf(product, colours).shown()) {
                continue;
            }
            ChartBar bar = cache.get(product, () -> bar(product, snapshot, colours.get(product.id())));
            (bar.hasValue() ? rated : unrated).add(bar);
        }
        cache.keepOnly(project.products());
        rated.sort(Comparator.comparing(ChartBar::value).reversed());
        double low = rated.stream().mapToDouble(b -> b.low() == null ? b.value() : b.low()).min().orElse(900);
        double high = rated.stream().mapToDouble(b -> b.high() == null ? b.value() : b.high()).max().orElse(1100);
        lowerBound.set(Math.floor(Math.min(low, 950) / 50) * 50 - 50);
        upperBound.set(Math.ceil(Math.max(high, 1050) / 50) * 50 + 50);
        rated.addAll(unrated);
        int total = rated.size();
        CostChartViewModel.showBars(bars, total > CostChartViewModel.MAX_BARS
                ? rated.subList(0, CostChartViewModel.MAX_BARS) : rated);
        sourceNote.set((total > CostChartViewModel.MAX_BARS
                ? texts.format("chart.rating.capped", CostChartViewModel.MAX_BARS, total) + " " : "")
                + snapshot.note());
    }

    private ChartBar bar(Product product, RatingSnapshot snapshot, String colour) {
        Optional<Rating> rating = snapshot.of(product.id());
        if (rating.isEmpty()) {
            return new ChartBar(product.id(), texts.productName(product), colour, null, null, null,
                    texts.get("chart.rating.noVotes"), texts.format("chart.rating.tooltipNoVotes", texts.productName(product)));
        }
        Rating r = rating.get();
        String label = numbers.whole(r.value());
        String interval = snapshot.intervalsPending() ? label
                : texts.format("rating.withInterval", label, numbers.whole(r.low()), numbers.whole(r.high()));
        return new ChartBar(product.id(), texts.productName(product), colour, r.value(),
                snapshot.intervalsPending() ? null : r.low(), snapshot.intervalsPending() ? null : r.high(), label,
                texts.format("chart.rating.tooltip", texts.productName(product), interval, numbers.count(r.votes()),
                        snapshot.sample() ? texts.get("votes.sampleNote") : ""));
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
