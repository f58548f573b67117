package dev.reelrank.viewmodel;

import dev.reelrank.model.AggregateRatings;
import dev.reelrank.model.HeadToHead;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.Rating;
import dev.reelrank.model.RatingSource;
import dev.reelrank.model.ratings.BradleyTerry;
import dev.reelrank.model.ratings.PairCells;
import dev.reelrank.model.ratings.ProductRating;
import dev.reelrank.model.ratings.RatingsResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The window's ratings, from aggregate votes or from head-to-head votes. Head-to-head data, when
 * the project has some, is the source unless the user switches back. A Bradley–Terry point estimate
 * follows every edit at once; the bootstrap intervals are computed in the background and applied
 * when ready, unless another edit came first.
 */
public final class RatingsViewModel {
    private final ProjectSession session;
    private final Texts texts;
    private final BackgroundWork background;
    private final Numbers numbers;
    private final ReadOnlyObjectWrapper<RatingSource> source = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RatingSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper headToHeadAvailable = new ReadOnlyBooleanWrapper();
    private RatingSource chosen;
    private long generation;

    RatingsViewModel(ProjectSession session, Texts texts, BackgroundWork background) {
        this.session = session;
        this.texts = texts;
        this.background = background;
        this.numbers = new Numbers(texts.locale());
        chosen = session.project().view().ratingSource();
        session.projectProperty().addListener((obs, old, project) -> {
            RatingSource wanted = project.view().ratingSource();
            if (wanted != chosen || !ProjectSession.onlyViewChanged(old, project)) {
                chosen = wanted;
                refresh();
            }
        });
        refresh();
    }

    /** Switches between aggregate and head-to-head votes; the choice is saved with the project. */
    public void useSource(RatingSource wanted) {
        session.showAs(session.project().view().withRatingSource(wanted));
    }

    /** The source the user chose, or null while it follows the project. */
    RatingSource chosenSource() {
        return chosen;
    }

    private void refresh() {
        Project project = session.project();
        headToHeadAvailable.set(!project.headToHead().isEmpty());
        // A saved choice of head-to-head votes means nothing once the project has none left.
        boolean usable = chosen == RatingSource.AGGREGATE_VOTES
                || chosen == RatingSource.HEAD_TO_HEAD && !project.headToHead().isEmpty();
        RatingSource effective = usable ? chosen
                : project.headToHead().isEmpty() ? RatingSource.AGGREGATE_VOTES : RatingSource.HEAD_TO_HEAD;
        source.set(effective);
        long current = ++generation;
        if (effective == RatingSource.AGGREGATE_VOTES) {
            snapshot.set(aggregate(project));
            return;
        }
        List<Product> products = project.products();
        PairCells cells = cells(project);
        snapshot.set(headToHead(products, BradleyTerry.fit(cells), true, sample(project)));
        background.run(() -> BradleyTerry.rate(cells, new BradleyTerry.Options(BradleyTerry.DEFAULT_ROUNDS,
                BradleyTerry.DEFAULT_SEED, Math.max(1, Runtime.getRuntime().availableProcessors()))), result -> {
                    if (current == generation) {
                        snapshot.set(headToHead(products, result, false, sample(project)));
                    }
                }, failure -> { });
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
        List<String> notes = new ArrayList<>(List.of(texts.get("chart.rating.source.aggregate"),
                texts.get("chart.rating.poolNote")));
        if (sample) {
            notes.add(texts.get("note.sampleShort"));
        }
        return new RatingSnapshot(RatingSource.AGGREGATE_VOTES, ratings, false, sample, notes);
    }

    private RatingSnapshot headToHead(List<Product> products, RatingsResult result, boolean pending, boolean sample) {
        Map<String, Rating> ratings = new HashMap<>();
        Map<String, Integer> groups = new HashMap<>();
        List<String> heldFinite = new ArrayList<>();
        for (ProductRating r : result.ratings()) {
            if (r.rated()) {
                groups.put(products.get(r.product()).id(), r.group());
                ratings.put(products.get(r.product()).id(), new Rating(r.rating(), Math.min(r.low(), r.high()),
                        Math.max(r.low(), r.high()), (long) r.battles()));
                if (r.heldFinite()) {
                    heldFinite.add(texts.productName(products.get(r.product())));
                }
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add(texts.format("chart.rating.source.headToHead", numbers.count(BradleyTerry.DEFAULT_ROUNDS)));
        notes.add(texts.get("chart.rating.poolNote"));
        if (result.disconnected()) {
            notes.add(texts.format("chart.rating.groups", result.groups()));
        }
        if (!heldFinite.isEmpty()) {
            notes.add(texts.format("chart.rating.heldFinite", String.join(texts.get("list.separator"), heldFinite)));
        }
        if (pending) {
            notes.add(texts.get("chart.rating.pending"));
        }
        if (sample) {
            notes.add(texts.get("note.sampleShort"));
        }
        return new RatingSnapshot(RatingSource.HEAD_TO_HEAD, ratings, pending, sample, notes,
                result.disconnected() ? groups : Map.of());
    }

    /** The project's head-to-head votes as the engine reads them, products in project order. */
    static PairCells cells(Project project) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < project.products().size(); i++) {
            index.put(project.products().get(i).id(), i);
        }
        PairCells.Builder builder = new PairCells.Builder(project.products().size());
        for (HeadToHead pair : project.headToHead()) {
            if (pair.battles() > 0) {
                builder.add(index.get(pair.a()), index.get(pair.b()), pair.aWins(), pair.bWins(), pair.ties());
            }
        }
        return builder.build();
    }

    private static boolean sample(Project project) {
        return project.headToHead().stream().anyMatch(HeadToHead::sample);
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

    /** True once the project holds head-to-head votes, so the switch can offer them. */
    public ReadOnlyBooleanProperty headToHeadAvailableProperty() {
        return headToHeadAvailable.getReadOnlyProperty();
    }
}
