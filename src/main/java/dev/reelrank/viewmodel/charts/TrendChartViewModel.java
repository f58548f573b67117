package dev.reelrank.viewmodel.charts;

import dev.reelrank.model.ChartView;
import dev.reelrank.model.CostCalculator;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.Rating;
import dev.reelrank.model.RatingSource;
import dev.reelrank.model.TrendMetric;
import dev.reelrank.model.VideoCost;
import dev.reelrank.viewmodel.colors.ProductColors;
import dev.reelrank.viewmodel.ratings.RatingsViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The trend chart: each product family as a line over release dates (Kling 1.0, 1.5, 1.6), following
 * either the rating or the cost per minute.
 */
public final class TrendChartViewModel extends PointChartViewModel {
    private final ObjectProperty<TrendMetric> metric = new SimpleObjectProperty<>(TrendMetric.RATING);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper valueAxisLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper valueAxisBrief = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper();
    private final ObservableList<ChartPoint> points = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> pointsView = FXCollections.unmodifiableObservableList(points);
    private final Map<String, String> familyColours = new LinkedHashMap<>();

    public TrendChartViewModel(ProjectSession session, RatingsViewModel ratings, Texts texts) {
        super(session, ratings, texts);
        SavedViewChoice.bind(session, metric, ChartView::trendMetric, ChartView::withTrendMetric, this::redrawIfShown);
        refresh();
    }

    @Override
    protected void refresh() {
        Project project = session.project();
        boolean rating = metric.get() == TrendMetric.RATING;
        String currency = project.displayCurrency().getCurrencyCode();
        title.set(texts.get(rating ? "chart.trend.titleRating" : "chart.trend.titleCost"));
        valueAxisLabel.set(rating ? ratingAxisLabel() : texts.format("chart.cost.axisMinute", currency));
        valueAxisBrief.set(rating ? ratingAxisBrief() : texts.format("kpi.perMinute", currency));
        Map<String, String> colours = ProductColors.assign(project);
        CostCalculator costs = CostCalculator.of(project);
        List<ChartPoint> shown = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Product product : rating ? drawnForRatings(project) : drawn(project, colours)) {
            double x = product.releaseDate().toEpochDay();
            String colour = colours.get(product.id());
            String date = prices.date(product.releaseDate());
            if (rating) {
                Optional<Rating> r = ratings.snapshot().of(product.id());
                if (r.isPresent()) {
                    String text = ratings.snapshot().hasInterval(product.id())
                            ? texts.format(
                                    "rating.withInterval",
                                    numbers.whole(r.get().value()),
                                    numbers.whole(r.get().low()),
                                    numbers.whole(r.get().high()))
                            : numbers.whole(r.get().value());
                    shown.add(new ChartPoint(
                            product.id(),
                            markedName(product),
                            colour,
                            product.family(),
                            x,
                            r.get().value(),
                            r.get().low(),
                            r.get().high(),
                            texts.format("chart.trend.tooltip", texts.productName(product), date, text)
                                    + prices.discontinuedNote(product, session.today())));
                } else if (ratings.snapshot().source() != RatingSource.PUBLISHED) {
                    // A published board's note, added below, already names the products not on it.
                    missing.add(texts.format(
                            "chart.trend.missing",
                            texts.productName(product),
                            texts.get(ratings.snapshot().unratedKey())));
                }
            } else {
                Optional<VideoCost> cost = costs.cost(product);
                if (cost.isPresent()) {
                    double value = cost.get().perMinute().amount().doubleValue();
                    shown.add(new ChartPoint(
                            product.id(),
                            markedName(product),
                            colour,
                            product.family(),
                            x,
                            value,
                            null,
                            null,
                            texts.format(
                                            "chart.trend.tooltip",
                                            texts.productName(product),
                                            date,
                                            numbers.cost(cost.get().perMinute().amount()) + " " + valueAxisLabel.get()
                                                    + "\n" + prices.details(product.compared()))
                                    + prices.discontinuedNote(product, session.today())));
                } else {
                    missing.add(texts.format(
                            "chart.trend.missing", texts.productName(product), texts.get("cost.notPublicOrNoPrice")));
                }
            }
        }
        if (rating) {
            missing.addAll(outsideTheVotes(project, colours));
        }
        shown.sort(Comparator.comparing(ChartPoint::series).thenComparingDouble(ChartPoint::x));
        familyColours.clear();
        shown.forEach(p -> familyColours.put(p.series(), p.color()));
        points.setAll(shown);
        String pool = "";
        String absent = missing.isEmpty() ? "" : texts.format("chart.notShown", texts.someNames(missing)) + " ";
        note.set((pool + absent + (rating ? ratings.snapshot().note() : "")).strip());
    }

    /** The product's name, with "· discontinued Apr 2026" when it was no longer offered today. */
    private String markedName(Product product) {
        return texts.productName(product) + prices.discontinuedMark(product, session.today());
    }

    /** The colour of each family's line: that of its newest product shown. */
    public Map<String, String> familyColours() {
        return Map.copyOf(familyColours);
    }

    public ObservableList<ChartPoint> points() {
        return pointsView;
    }

    public ObjectProperty<TrendMetric> metricProperty() {
        return metric;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty valueAxisLabelProperty() {
        return valueAxisLabel.getReadOnlyProperty();
    }

    /** The value axis's name where {@link #valueAxisLabelProperty} would be cut (a short window). */
    public ReadOnlyStringProperty valueAxisBriefProperty() {
        return valueAxisBrief.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
