package dev.reelrank.viewmodel.kpi;

import dev.reelrank.model.CostCalculator;
import dev.reelrank.model.CostComparison;
import dev.reelrank.model.IntervalRanks;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.Rating;
import dev.reelrank.model.RatingSource;
import dev.reelrank.model.ValueFrontier;
import dev.reelrank.model.VideoCost;
import dev.reelrank.viewmodel.charts.ChartProducts;
import dev.reelrank.viewmodel.charts.RatedViewModel;
import dev.reelrank.viewmodel.colors.ProductColors;
import dev.reelrank.viewmodel.ratings.RatingSnapshot;
import dev.reelrank.viewmodel.ratings.RatingsViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Parsed;
import dev.reelrank.viewmodel.text.Texts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The KPI strip: cheapest cost per minute, top rating, best value, votes counted, and the cost of
 * the project's reference product against the products it is compared with (by default Kling 1.6
 * against Veo 2 and Sora) — what vendors charge with what vendors charge (naming each side's kind,
 * resolution and month, since an API price, a plan and credits differ), published estimates with
 * published estimates, and never a derived figure. Products that tie for cheapest or top rated are
 * all named.
 */
public final class KpiViewModel extends RatedViewModel {
    /** At most this many tied products are named; the rest are counted ("and 2 more"). */
    static final int MAX_NAMED = 3;
    /** Costs equal to this many significant digits tie: conversions leave noise in the 16th digit. */
    private static final MathContext TIE = new MathContext(12);

    private final ReadOnlyObjectWrapper<KpiTile> cheapest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<KpiTile> topRating = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<KpiTile> bestValue = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<KpiTile> votes = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<KpiTile> ratio = new ReadOnlyObjectWrapper<>();

    public KpiViewModel(ProjectSession session, RatingsViewModel ratings, Texts texts) {
        super(session, ratings, texts);
        session.projectProperty().addListener((obs, old, project) -> refresh());
        ratings.snapshotProperty().addListener((obs, old, snapshot) -> refresh());
        refresh();
    }

    private record Entry(Product product, VideoCost cost, Rating rating) {
        BigDecimal perMinute() {
            return cost.perMinute().amount();
        }
    }

    /**
     * A product the comparison tile can use, or one it is set to use that the project no longer holds.
     *
     * @param name    the product's name in the UI's language; the id when it is missing
     * @param missing the comparison names it, but the project does not hold it
     */
    public record ComparisonChoice(String id, String name, boolean missing) {}

    @Override
    protected void refresh() {
        Project project = session.project();
        RatingSnapshot snapshot = ratings.snapshot();
        String currency = project.displayCurrency().getCurrencyCode();
        String perMinute = texts.format("kpi.perMinute", currency);
        Map<String, String> colours = ProductColors.assign(project);
        CostCalculator costs = CostCalculator.of(project);
        Function<Product, Entry> entry = product -> new Entry(
                product,
                costs.cost(product).orElse(null),
                snapshot.of(product.id()).orElse(null));
        List<Entry> shown = project.products().stream()
                .filter(product -> ChartProducts.drawn(product, colours, project, session.today()))
                .map(entry)
                .toList();
        String sample = snapshot.sample() ? " \u00b7 " + texts.get("kpi.sample") : "";
        cheapest.set(cheapestTile(shown, perMinute));

        // The rating tiles draw the products the rating chart draws (with a shown blind test's
        // head-to-head ratings, the test's products, ticked or not).
        List<Entry> forRatings = project.products().stream()
                .filter(ChartProducts.drawnForRatings(project, snapshot.source(), session.today()))
                .map(entry)
                .toList();
        List<Entry> rated = forRatings.stream().filter(e -> e.rating() != null).toList();
        String source = switch (snapshot.source()) {
                    case HEAD_TO_HEAD -> texts.get("rating.sourceHeadToHead");
                    case AGGREGATE_VOTES -> texts.get("rating.sourceAggregate");
                    // One board's scores: the tile must name the board, as they compare only within it.
                    case PUBLISHED -> snapshot.board().map(ratings::boardName).orElseThrow();
                }
                + sample;
        topRating.set(topRatingTile(rated, snapshot, source));
        bestValue.set(bestValueTile(forRatings, currency, perMinute, sample));

        long counted = rated.stream()
                .mapToLong(e -> snapshot.votesOf(e.product().id()).orElse(0))
                .sum();
        if (snapshot.source() == RatingSource.HEAD_TO_HEAD) {
            counted = project.pairVotes().stream().mapToLong(h -> h.battles()).sum();
        }
        String counts = switch (snapshot.source()) {
            case HEAD_TO_HEAD -> "kpi.votesBattles";
            case AGGREGATE_VOTES -> "kpi.votesAppearances";
            case PUBLISHED -> "kpi.votesPublished";
        };
        votes.set(new KpiTile(
                texts.get("kpi.votes"),
                (double) counted,
                "",
                0,
                texts.get(counts),
                snapshot.sample() ? texts.get("kpi.sampleData") : source));

        ratio.set(ratioTile(project, costs));
    }

    /** The cheapest per minute; all of the products that cost that much are named. */
    private KpiTile cheapestTile(List<Entry> shown, String perMinute) {
        List<Entry> priced = shown.stream().filter(e -> e.cost() != null).toList();
        if (priced.isEmpty()) {
            return empty("kpi.cheapest", perMinute);
        }
        BigDecimal least = priced.stream()
                .map(Entry::perMinute)
                .min(Comparator.naturalOrder())
                .orElseThrow()
                .round(TIE);
        List<Entry> tied = priced.stream()
                .filter(e -> e.perMinute().round(TIE).compareTo(least) == 0)
                .toList();
        // A plan's figure is only as good as its assumed use, so the card says it as the table does.
        String basis = String.join(
                " / ",
                tied.stream()
                        .map(e -> texts.format(
                                        "kpi.basisPrice",
                                        prices.kind(e.product().compared()),
                                        e.product().compared().label())
                                + withSeparator(prices.assumption(e.product().compared())))
                        .distinct()
                        .toList());
        String figure = numbers.fixed(least.doubleValue(), 2) + " " + perMinute;
        return new KpiTile(
                texts.get("kpi.cheapest"),
                tied.getFirst().perMinute().doubleValue(),
                perMinute,
                2,
                tied.size() == 1 ? name(tied.getFirst().product()) : texts.format("kpi.tied", names(tied)),
                basis,
                tied.size() == 1 ? "" : tiedDetail(tied, figure) + samePrice(tied));
    }

    private static String withSeparator(String text) {
        return text.isEmpty() ? "" : " \u00b7 " + text;
    }

    /**
     * When tied products are priced by one and the same figure (one credit price for a whole
     * family), the tie says nothing about the products; the tooltip says where it comes from.
     */
    private String samePrice(List<Entry> tied) {
        PriceOption first = tied.getFirst().product().compared();
        boolean same = tied.stream()
                .map(e -> e.product().compared())
                .allMatch(o -> o.price().equals(first.price()) && o.provenance().equals(first.provenance()));
        return same ? " " + texts.format("kpi.tiedSamePrice", prices.figure(first), prices.asOf(first)) : "";
    }

    /**
     * The top rating with its interval; products whose ratings read the same on the tile (to the whole
     * point it shows) are all named, rather than one of them picked by a fraction nobody sees.
     */
    private KpiTile topRatingTile(List<Entry> rated, RatingSnapshot snapshot, String source) {
        if (rated.isEmpty()) {
            return empty("kpi.topRating", "");
        }
        double top = rated.stream().mapToDouble(e -> e.rating().value()).max().orElseThrow();
        long shown = Math.round(top);
        List<Entry> tied = rated.stream()
                .filter(e -> Math.round(e.rating().value()) == shown)
                .toList();
        if (tied.size() == 1 && snapshot.pointOnly(tied.getFirst().product().id())) {
            // Its votes never disagreed: no interval, and the chart ranks it first with the others alike.
            Entry first = tied.getFirst();
            List<String> sharing = rated.stream()
                    .filter(e -> !e.product().id().equals(first.product().id())
                            && snapshot.pointOnly(e.product().id()))
                    .map(e -> name(e.product()))
                    .toList();
            String description = sharing.isEmpty()
                    ? texts.format("kpi.topNoInterval", name(first.product()))
                    : texts.format("kpi.topNoIntervalShared", name(first.product()), texts.someNames(sharing));
            return new KpiTile(texts.get("kpi.topRating"), top, "", 0, description, source);
        }
        if (tied.size() == 1) {
            Entry first = tied.getFirst();
            String description = name(first.product()) + "  " + interval(first, snapshot);
            return new KpiTile(
                    texts.get("kpi.topRating"), top, "", 0, description.strip(), source + sharedFirst(rated, snapshot));
        }
        return new KpiTile(
                texts.get("kpi.topRating"),
                top,
                "",
                0,
                texts.format("kpi.tied", names(tied)),
                source,
                tiedDetail(tied, numbers.whole(top)));
    }

    /**
     * " · 4 share rank 1" when the intervals rank others first with the top rating, as the rating chart
     * and a blind test's results do: a new user saw one product named on the tile and four ranked #1
     * beside it.
     */
    private String sharedFirst(List<Entry> rated, RatingSnapshot snapshot) {
        Map<String, Rating> ratings = new HashMap<>();
        rated.forEach(e -> ratings.put(e.product().id(), e.rating()));
        long first = IntervalRanks.of(ratings, snapshot::groupOf, snapshot::pointOnly).values().stream()
                .filter(rank -> rank == 1)
                .count();
        return first > 1 ? " \u00b7 " + texts.format("kpi.sharedFirst", first) : "";
    }

    /**
     * The frontier product with the most odds of being preferred per unit of cost ({@link ValueFrontier}),
     * with the next best when the votes cannot tell the two apart.
     */
    private KpiTile bestValueTile(List<Entry> shown, String currency, String perMinute, String sample) {
        Map<String, Entry> byId = new HashMap<>();
        List<ValueFrontier.Point> points = new ArrayList<>();
        for (Entry e : shown) {
            if (e.cost() != null && e.rating() != null) {
                byId.put(e.product().id(), e);
                points.add(new ValueFrontier.Point(
                        e.product().id(),
                        e.perMinute().doubleValue(),
                        e.rating().value(),
                        e.rating().low(),
                        e.rating().high()));
            }
        }
        Optional<ValueFrontier.BestValue> found = ValueFrontier.bestValue(points);
        if (found.isEmpty()) {
            return empty("kpi.bestValue", perMinute);
        }
        ValueFrontier.BestValue value = found.get();
        Entry best = byId.get(value.best().id());
        String rule = texts.format("kpi.bestValueRule", currency) + sample;
        String bestName = name(best.product());
        String description = value.closeRunnerUp()
                .map(next -> texts.format(
                        "kpi.bestValueClose", bestName, name(byId.get(next.id()).product())))
                .orElse(texts.format(
                        "kpi.bestValueSubject",
                        bestName,
                        numbers.whole(best.rating().value())));
        String next = value.runnerUp()
                .map(p -> {
                    Entry e = byId.get(p.id());
                    return texts.format(
                            value.close() ? "kpi.bestValueNextClose" : "kpi.bestValueNext",
                            name(e.product()),
                            numbers.whole(e.rating().value()),
                            numbers.cost(e.perMinute()),
                            currency);
                })
                .orElse(texts.get("kpi.bestValueAlone"));
        return new KpiTile(
                texts.get("kpi.bestValue"),
                best.perMinute().doubleValue(),
                perMinute,
                2,
                description,
                rule,
                texts.format("kpi.bestValueExplained", currency) + "\n" + next);
    }

    /** The reference product against the others, per minute, one line per kind of price both sides have. */
    private KpiTile ratioTile(Project project, CostCalculator costs) {
        CostComparison setting = project.costComparison();
        Function<String, String> label =
                id -> project.product(id).map(this::name).orElse(id);
        String title = texts.format(
                "kpi.ratioTitle",
                label.apply(setting.reference()),
                String.join(" / ", setting.against().stream().map(label).toList()));
        List<String> missing = setting.ids().stream()
                .filter(id -> project.product(id).isEmpty())
                .toList();
        Optional<Product> reference = project.product(setting.reference());
        List<Product> others = setting.against().stream()
                .map(project::product)
                .flatMap(Optional::stream)
                .toList();
        String choose = texts.get("kpi.ratioChoose");
        if (reference.isEmpty() || others.isEmpty()) {
            return new KpiTile(
                    title, null, "", 0, texts.format("kpi.ratioMissing", String.join(" / ", missing)), choose, choose);
        }
        List<String> lines = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        if (!missing.isEmpty()) {
            bases.add(texts.format("kpi.ratioMissing", String.join(" / ", missing)));
        }
        // Like with like: what vendors charge (API, plan or credits, each side's kind named in the
        // basis line), and published estimates. A derived figure is left out: compared with the
        // figure it was derived from, it would only return the ratio it was made with.
        for (boolean charged : List.of(true, false)) {
            Predicate<PriceOption> kind = option ->
                    option.hasFigure() && !option.derived() && option.kind().charged() == charged;
            Optional<PriceOption> mine = optionOfKind(reference.get(), kind);
            Optional<VideoCost> myCost = mine.flatMap(costs::cost);
            if (myCost.isEmpty()) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            List<String> compared = new ArrayList<>();
            for (Product other : others) {
                Optional<PriceOption> theirs = optionOfKind(other, kind);
                Optional<VideoCost> theirCost = theirs.flatMap(costs::cost);
                if (theirCost.isEmpty() || theirCost.get().perMinute().amount().signum() == 0) {
                    continue;
                }
                BigDecimal share = myCost.get()
                        .perMinute()
                        .amount()
                        .divide(theirCost.get().perMinute().amount(), MathContext.DECIMAL64);
                parts.add(texts.format("kpi.ratioPart", numbers.percent(share.doubleValue()), name(other)));
                compared.add(charged ? prices.basis(theirs.get()) : theirs.get().label());
            }
            if (!parts.isEmpty()) {
                String kindName = texts.get(charged ? "kpi.kindCharged" : "kpi.kindEstimates");
                lines.add(texts.format("kpi.ratioLine", kindName, texts.list(parts)));
                bases.add(texts.format(
                        "kpi.ratioBasis",
                        kindName,
                        charged ? prices.basis(mine.get()) : mine.get().label(),
                        String.join(" / ", compared.stream().distinct().toList())));
            }
        }
        if (lines.isEmpty()) {
            return new KpiTile(
                    title, null, "", 0, texts.get("kpi.ratioNoSameKind"), String.join(" \u00b7 ", bases), choose);
        }
        return new KpiTile(title, null, "", 0, String.join("\n", lines), String.join(" \u00b7 ", bases), choose);
    }

    /** The compared option if it is of that kind, else the first option of that kind. */
    private static Optional<PriceOption> optionOfKind(Product product, Predicate<PriceOption> kind) {
        PriceOption compared = product.compared();
        if (kind.test(compared)) {
            return Optional.of(compared);
        }
        return product.prices().stream().filter(kind).findFirst();
    }

    /**
     * Tied products by name, in table order: "Kling 1.0, 1.5, 1.6" when they share their family and
     * the words their names start with; at most {@value #MAX_NAMED}, then "and 2 more".
     */
    private String names(List<Entry> tied) {
        List<String> all =
                new ArrayList<>(tied.stream().map(e -> name(e.product())).toList());
        int named = Math.min(MAX_NAMED, all.size());
        boolean oneFamily =
                tied.stream().map(e -> e.product().family()).distinct().count() == 1;
        String prefix = oneFamily ? wordPrefix(all.subList(0, named)) : "";
        for (int i = 1; i < named; i++) {
            all.set(i, all.get(i).substring(prefix.length()));
        }
        return texts.someNames(all, MAX_NAMED);
    }

    /** Every tied product by its whole name, for the tooltip. */
    private String tiedDetail(List<Entry> tied, String figure) {
        return texts.format(
                "kpi.tiedDetail",
                texts.list(tied.stream().map(e -> name(e.product())).toList()),
                figure);
    }

    /** The longest run of whole words, ending in a space, that every name starts with and none is made of alone. */
    static String wordPrefix(List<String> names) {
        String first = names.getFirst();
        int end = first.length();
        for (String name : names) {
            int common = 0;
            while (common < Math.min(end, name.length()) && name.charAt(common) == first.charAt(common)) {
                common++;
            }
            end = common;
        }
        int space = first.lastIndexOf(' ', end - 1);
        String prefix = space < 0 ? "" : first.substring(0, space + 1);
        boolean leavesSomething = names.stream()
                .allMatch(n -> n.length() > prefix.length()
                        && !n.substring(prefix.length()).isBlank());
        return leavesSomething ? prefix : "";
    }

    private String interval(Entry entry, RatingSnapshot snapshot) {
        return !snapshot.hasInterval(entry.product().id())
                ? ""
                : "(" + numbers.whole(entry.rating().low()) + "\u2013"
                        + numbers.whole(entry.rating().high()) + ")";
    }

    private String name(Product product) {
        return texts.productName(product);
    }

    private KpiTile empty(String titleKey, String unit) {
        return new KpiTile(texts.get(titleKey), null, unit, 0, texts.get("kpi.none"), "");
    }

    /** The products the comparison tile compares now: the reference first. */
    public CostComparison comparison() {
        return session.project().costComparison();
    }

    /**
     * What the comparison can be set to: every product of the project in table order, then the
     * products the comparison names that the project no longer holds.
     */
    public List<ComparisonChoice> comparisonChoices() {
        Project project = session.project();
        List<ComparisonChoice> choices = new ArrayList<>();
        for (Product product : project.products()) {
            choices.add(new ComparisonChoice(product.id(), name(product), false));
        }
        for (String id : new LinkedHashSet<>(project.costComparison().ids())) {
            if (project.product(id).isEmpty()) {
                choices.add(new ComparisonChoice(id, texts.format("kpi.choiceMissing", id), true));
            }
        }
        return choices;
    }

    /**
     * Compares {@code reference}'s cost with {@code against}'s from now on: an edit, so it can be
     * undone, and saved with the project. The reference is left out of {@code against}.
     *
     * @return null, or why the comparison was refused (nothing to compare with, too many)
     */
    public String compareCosts(String reference, List<String> against) {
        Objects.requireNonNull(reference, "reference");
        List<String> others =
                against.stream().filter(id -> !id.equals(reference)).distinct().toList();
        Function<String, String> label =
                id -> session.project().product(id).map(this::name).orElse(id);
        Parsed<Project> result = session.apply(
                texts.format("edit.costComparison", label.apply(reference)),
                p -> p.withCostComparison(new CostComparison(reference, others)));
        return result.error();
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
