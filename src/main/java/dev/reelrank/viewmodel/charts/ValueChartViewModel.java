package dev.reelrank.viewmodel.charts;

import dev.reelrank.model.ChartView;
import dev.reelrank.model.CostCalculator;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.Rating;
import dev.reelrank.model.ValueFrontier;
import dev.reelrank.model.VideoCost;
import dev.reelrank.viewmodel.colors.ProductColors;
import dev.reelrank.viewmodel.ratings.RatingSnapshot;
import dev.reelrank.viewmodel.ratings.RatingsViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The value chart: rating against cost per minute, with the cost–rating Pareto frontier (the
 * products no other product beats on both) and the region better and cheaper than all of them.
 */
public final class ValueChartViewModel extends PointChartViewModel {
    private final BooleanProperty logCost = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper costAxisLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper ratingAxisLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper ratingAxisBrief = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper();
    private final ObservableList<ChartPoint> points = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> pointsView = FXCollections.unmodifiableObservableList(points);
    private final ObservableList<String> frontier = FXCollections.observableArrayList();
    private final ObservableList<String> frontierView = FXCollections.unmodifiableObservableList(frontier);

    public ValueChartViewModel(ProjectSession session, RatingsViewModel ratings, Texts texts) {
        super(session, ratings, texts);
        SavedViewChoice.bind(session, logCost, ChartView::logCostAxis, ChartView::withLogCostAxis, this::redrawIfShown);
        refresh();
    }

    @Override
    protected void refresh() {
        Project project = session.project();
        String currency = project.displayCurrency().getCurrencyCode();
        title.set(texts.get("chart.value.title"));
        costAxisLabel.set(texts.format(logCost.get() ? "chart.value.axisLog" : "chart.value.axis", currency));
        RatingSnapshot snapshot = ratings.snapshot();
        ratingAxisLabel.set(ratingAxisLabel());
        ratingAxisBrief.set(ratingAxisBrief());
        Map<String, String> colours = ProductColors.assign(project);
        CostCalculator costs = CostCalculator.of(project);
        List<ChartPoint> shown = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Product product : drawnForRatings(project)) {
            Optional<VideoCost> cost = costs.cost(product);
            Optional<Rating> rating = snapshot.of(product.id());
            if (cost.isEmpty()) {
                missing.add(texts.format(
                        "chart.trend.missing", texts.productName(product), texts.get("cost.notPublicOrNoPrice")));
            } else if (rating.isEmpty()) {
                missing.add(texts.format(
                        "chart.trend.missing",
                        texts.productName(product),
                        texts.get(ratings.snapshot().unratedKey())));
            } else if (logCost.get() && cost.get().perMinute().amount().signum() == 0) {
                missing.add(texts.format(
                        "chart.trend.missing", texts.productName(product), texts.get("chart.value.freeOnLog")));
            } else {
                double perMinute = cost.get().perMinute().amount().doubleValue();
                Rating r = rating.get();
                shown.add(new ChartPoint(
                        product.id(),
                        texts.productName(product) + prices.discontinuedMark(product, session.today()),
                        colours.get(product.id()),
                        null,
                        perMinute,
                        r.value(),
                        r.low(),
                        r.high(),
                        texts.format(
                                        "chart.value.tooltip",
                                        texts.productName(product),
                                        numbers.cost(cost.get().perMinute().amount()),
                                        currency,
                                        snapshot.hasInterval(product.id())
                                                ? texts.format(
                                                        "rating.withInterval",
                                                        numbers.whole(r.value()),
                                                        numbers.whole(r.low()),
                                                        numbers.whole(r.high()))
                                                : numbers.whole(r.value()),
                                        prices.details(product.compared()))
                                + prices.discontinuedNote(product, session.today())));
            }
        }
        missing.addAll(outsideTheVotes(project, colours));
        points.setAll(shown);
        frontier.setAll(paretoFrontier(shown));
        List<String> sentences = new ArrayList<>();
        if (!missing.isEmpty()) {
            sentences.add(texts.format("chart.notShown", texts.someNames(missing)));
        }
        // Published scores are one board's: the chart says which, and as of when.
        if (snapshot.board().isPresent()) {
            sentences.addAll(snapshot.notes().subList(0, 2));
        }
        sentences.add(texts.get("chart.value.note"));
        note.set(dev.reelrank.viewmodel.text.Sentences.join(sentences));
    }

    /** Ids of the points no other point beats on both cost and rating, cheapest first ({@link ValueFrontier}). */
    static List<String> paretoFrontier(List<ChartPoint> points) {
        return ValueFrontier.frontierIds(points.stream()
                .map(p -> new ValueFrontier.Point(p.productId(), p.x(), p.y()))
                .toList());
    }

    public ObservableList<ChartPoint> points() {
        return pointsView;
    }

    /** Pareto-optimal products, cheapest first. */
    public ObservableList<String> frontier() {
        return frontierView;
    }

    public BooleanProperty logCostProperty() {
        return logCost;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "Rating", or the board whose scale published scores are on. */
    public ReadOnlyStringProperty ratingAxisLabelProperty() {
        return ratingAxisLabel.getReadOnlyProperty();
    }

    /** The rating axis's name where {@link #ratingAxisLabelProperty} would be cut (a short window). */
    public ReadOnlyStringProperty ratingAxisBriefProperty() {
        return ratingAxisBrief.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty costAxisLabelProperty() {
        return costAxisLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
