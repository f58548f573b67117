package dev.reelrank.viewmodel.charts;

import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.RatingSource;
import dev.reelrank.viewmodel.ratings.RatingsViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.session.WhileShown;
import dev.reelrank.viewmodel.text.Texts;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;

/**
 * What the trend and value charts share: the project, the ratings and the words they are drawn from,
 * a chart that recomputes only while it is on screen, and the rating axis's name.
 */
abstract class PointChartViewModel extends RatedViewModel {
    private final WhileShown onScreen = new WhileShown(this::refresh);

    /** Subclasses bind their saved view choice with {@link #redrawIfShown}, then call {@link #refresh}. */
    PointChartViewModel(ProjectSession session, RatingsViewModel ratings, Texts texts) {
        super(session, ratings, texts);
        ratings.snapshotProperty().addListener((obs, old, snapshot) -> redrawIfShown());
    }

    /** Whether the chart is on screen; while it is not, edits do not recompute it. */
    public BooleanProperty activeProperty() {
        return onScreen.property();
    }

    protected final void redrawIfShown() {
        onScreen.redrawIfShown();
    }

    /** The products the chart draws (shown, current when only current ones are asked for), in project order. */
    protected final List<Product> drawn(Project project, Map<String, String> colours) {
        return project.products().stream()
                .filter(product -> ChartProducts.drawn(product, colours, project, session.today()))
                .toList();
    }

    /** The products a chart of ratings draws, as the rating chart draws them ({@link ChartProducts#drawnForRatings}). */
    protected final List<Product> drawnForRatings(Project project) {
        return project.products().stream()
                .filter(ChartProducts.drawnForRatings(
                        project, ratings.snapshot().source(), session.today()))
                .toList();
    }

    /**
     * Each product the charts of costs draw that a chart of head-to-head ratings leaves out, as
     * "Veo 3.1 (not in the votes shown)": a blind test's ratings draw the test's products, and a new
     * user saw five ticked products vanish from the value chart without a word.
     */
    protected final List<String> outsideTheVotes(Project project, Map<String, String> colours) {
        if (ratings.snapshot().source() != RatingSource.HEAD_TO_HEAD) {
            return List.of();
        }
        Set<String> rated = drawnForRatings(project).stream().map(Product::id).collect(Collectors.toSet());
        return drawn(project, colours).stream()
                .filter(product -> !rated.contains(product.id()))
                .map(product ->
                        texts.format("chart.trend.missing", texts.productName(product), texts.get("chart.notInVotes")))
                .toList();
    }

    /** "Rating" for head-to-head votes, or the board's name for its published scores. */
    protected final String ratingAxisLabel() {
        return ratings.snapshot()
                .board()
                .map(board -> texts.format("chart.rating.axisPublished", ratings.boardName(board)))
                .orElse(texts.get("chart.rating.axisShort"));
    }

    /** The rating axis's name where the full one would be cut: "Score" for a board's, the board named in the note. */
    protected final String ratingAxisBrief() {
        return texts.get(ratings.snapshot().board().isPresent() ? "chart.rating.axisScore" : "chart.rating.axisShort");
    }
}
