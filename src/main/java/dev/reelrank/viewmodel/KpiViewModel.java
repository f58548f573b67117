package dev.reelrank.viewmodel;

import dev.reelrank.model.CostCalculator;
import dev.reelrank.model.PriceKind;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.Rating;
import dev.reelrank.model.RatingSource;
import dev.reelrank.model.VideoCost;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The KPI strip: cheapest cost per minute, top rating, best value, votes counted, and Kling 1.6's
 * cost against Veo 2 and Sora — what vendors charge with what vendors charge (naming each side's
 * kind, resolution and month, since an API price, a plan and credits differ), published estimates
 * with published estimates, and never a derived figure.
 */
public final class KpiViewModel {
    private final ProjectSession session;
    private final RatingsViewModel ratings;
    private final Texts texts;
    private final Numbers numbers;
    private final PriceTexts prices;
    private final ReadOnlyObjectWrapper<KpiTile> cheapest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<KpiTile> topRating = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<KpiTile> bestValue = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<KpiTile> votes = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<KpiTile> ratio = new ReadOnlyObjectWrapper<>();

    KpiViewModel(ProjectSession session, RatingsViewModel ratings, Texts texts) {
        this.session = session;
        this.ratings = ratings;
        this.texts = texts;
        this.numbers = new Numbers(texts.locale());
        this.prices = new PriceTexts(texts);
        session.projectProperty().addListener((obs, old, project) -> refresh());
        ratings.snapshotProperty().addListener((obs, old, snapshot) -> refresh());
        refresh();
    }

    private record Entry(Product product, VideoCost cost, Rating rating) {
    }

    private void refresh() {
        Project project = session.project();
        RatingSnapshot snapshot = ratings.snapshot();
        String currency = project.displayCurrency().getCurrencyCode();
        String perMinute = texts.format("kpi.perMinute", currency);
        Map<String, String> colours = ProductColors.assign(project);
        CostCalculator costs = CostCalculator.of(project);
        List<Entry> shown = new ArrayList<>();
        for (Product product : project.products()) {
            if (ProductColors.styleOf(product, colours).shown()) {
                shown.add(new Entry(product, costs.cost(product).orElse(null), snapshot.of(product.id()).orElse(null)));
            }
        }
        Optional<Entry> cheapestEntry = shown.stream().filter(e -> e.cost() != null)
                .min(Comparator.comparing(e -> e.cost().perMinute().amount()));
        cheapest.set(cheapestEntry.map(e -> new KpiTile(texts.get("kpi.cheapest"),
                e.cost().perMinute().amount().doubleValue(), perMinute, 2, name(e.product()),
                texts.format("kpi.basisPrice", prices.kind(e.product().compared()), e.product().compared().label())))
                .orElse(empty("kpi.cheapest", perMinute)));

        Optional<Entry> top = shown.stream().filter(e -> e.rating() != null)
                .max(Comparator.comparingDouble(e -> e.rating().value()));
        String source = texts.get(snapshot.source() == RatingSource.HEAD_TO_HEAD ? "rating.sourceHeadToHead"
                : "rating.sourceAggregate") + (snapshot.sample() ? " \u00b7 " + texts.get("kpi.sample") : "");
        topRating.set(top.map(e -> new KpiTile(texts.get("kpi.topRating"), e.rating().value(), "", 0,
                name(e.product()) + "  " + interval(e.rating(), snapshot), source))
                .orElse(empty("kpi.topRating", "")));

        bestValue.set(top.flatMap(t -> shown.stream()
                        .filter(e -> e.cost() != null && e.rating() != null && e.rating().high() >= t.rating().low())
                        .min(Comparator.comparing(e -> e.cost().perMinute().amount()))
                        .map(e -> new KpiTile(texts.get("kpi.bestValue"), e.cost().perMinute().amount().doubleValue(),
                                perMinute, 2, name(e.product()) + "  " + numbers.whole(e.rating().value()),
                                texts.format("kpi.bestValueBasis", name(t.product())))))
                .orElse(empty("kpi.bestValue", perMinute)));

        long counted = shown.stream().filter(e -> e.rating() != null).mapToLong(e -> e.rating().votes()).sum();
        if (snapshot.source() == RatingSource.HEAD_TO_HEAD) {
            counted = project.headToHead().stream().mapToLong(h -> h.battles()).sum();
        }
        votes.set(new KpiTile(texts.get("kpi.votes"), (double) counted, "", 0,
                texts.get(snapshot.source() == RatingSource.HEAD_TO_HEAD ? "kpi.votesBattles" : "kpi.votesAppearances"),
                snapshot.sample() ? texts.get("kpi.sampleData") : source));

        ratio.set(ratioTile(project));
    }

    /** Kling 1.6 against Veo 2 and Sora, per minute, one line per kind of price both sides have. */
    private KpiTile ratioTile(Project project) {
        Optional<Product> kling = find(project, "kling-1.6", "Kling 1.6");
        List<Optional<Product>> others = List.of(find(project, "veo-2", "Veo 2"), find(project, "sora", "Sora"));
        String title = texts.get("kpi.ratio");
        if (kling.isEmpty() || others.stream().allMatch(Optional::isEmpty)) {
            return new KpiTile(title, null, "", 0, texts.get("kpi.ratioMissing"), "");
        }
        CostCalculator costs = CostCalculator.of(project);
        List<String> lines = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        // Like with like: what vendors charge (API, plan or credits, each side's kind named in the
        // basis line), and published estimates. A derived figure is left out: compared with the
        // figure it was derived from, it would only return the ratio it was made with.
        for (boolean charged : List.of(true, false)) {
            java.util.function.Predicate<PriceOption> kind = option -> option.hasFigure() && !option.derived()
                    && option.kind().charged() == charged;
            Optional<PriceOption> mine = optionOfKind(kling.get(), kind);
            Optional<VideoCost> myCost = mine.flatMap(costs::cost);
            if (myCost.isEmpty()) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            List<String> compared = new ArrayList<>();
            for (Optional<Product> other : others) {
                if (other.isEmpty()) {
                    continue;
                }
                Optional<PriceOption> theirs = optionOfKind(other.get(), kind);
                Optional<VideoCost> theirCost = theirs.flatMap(costs::cost);
                if (theirCost.isEmpty() || theirCost.get().perMinute().amount().signum() == 0) {
                    continue;
                }
                BigDecimal share = myCost.get().perMinute().amount()
                        .divide(theirCost.get().perMinute().amount(), MathContext.DECIMAL64);
                parts.add(texts.format("kpi.ratioPart", numbers.percent(share.doubleValue()), name(other.get())));
                compared.add(charged ? basis(theirs.get()) : theirs.get().label());
            }
            if (!parts.isEmpty()) {
                String kindName = texts.get(charged ? "kpi.kindCharged" : "kpi.kindEstimates");
                lines.add(texts.format("kpi.ratioLine", kindName, String.join(texts.get("list.separator"), parts)));
                bases.add(texts.format("kpi.ratioBasis", kindName, charged ? basis(mine.get()) : mine.get().label(),
                        String.join(" / ", compared.stream().distinct().toList())));
            }
        }
        if (lines.isEmpty()) {
            return new KpiTile(title, null, "", 0, texts.get("kpi.ratioNoSameKind"), "");
        }
        return new KpiTile(title, null, "", 0, String.join("\n", lines), String.join(" \u00b7 ", bases));
    }

    /** The compared option if it is of that kind, else the first option of that kind. */
    private static Optional<PriceOption> optionOfKind(Product product, java.util.function.Predicate<PriceOption> kind) {
        PriceOption compared = product.compared();
        if (kind.test(compared)) {
            return Optional.of(compared);
        }
        return product.prices().stream().filter(kind).findFirst();
    }

    /** One side of a comparison of unlike prices: its kind, resolution and date, e.g. "credits, 720p, Sep 2025". */
    private String basis(PriceOption option) {
        return prices.basis(option);
    }

    private static Optional<Product> find(Project project, String id, String name) {
        return project.product(id).or(() -> project.products().stream()
                .filter(p -> p.name().equalsIgnoreCase(name)).findFirst());
    }

    private String interval(Rating rating, RatingSnapshot snapshot) {
        return snapshot.intervalsPending() ? "" : "(" + numbers.whole(rating.low()) + "\u2013" + numbers.whole(rating.high()) + ")";
    }

    private String name(Product product) {
        return texts.productName(product.name(), product.nameZh());
    }

    private KpiTile empty(String titleKey, String unit) {
        return new KpiTile(texts.get(titleKey), null, unit, 0, texts.get("kpi.none"), "");
    }

    public ReadOnlyObjectProperty<KpiTile> cheapestProperty() {
        return cheapest.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<KpiTile> topRatingProperty() {
        return topRating.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<KpiTile> bestValueProperty() {
        return bestValue.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<KpiTile> votesProperty() {
        return votes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<KpiTile> ratioProperty() {
        return ratio.getReadOnlyProperty();
    }

    /** A tile's headline number as the charts write numbers (grouped, with the tile's decimals), or "". */
    public String valueText(KpiTile tile) {
        return tile.value() == null ? "" : numbers.fixed(tile.value(), tile.decimals());
    }
}
