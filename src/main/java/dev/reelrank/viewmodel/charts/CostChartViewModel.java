package dev.reelrank.viewmodel.charts;

import dev.reelrank.model.ChartView;
import dev.reelrank.model.CostBasis;
import dev.reelrank.model.CostCalculator;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.VideoCost;
import dev.reelrank.viewmodel.colors.ProductColors;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Numbers;
import dev.reelrank.viewmodel.text.PriceTexts;
import dev.reelrank.viewmodel.text.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The cost bar chart: cost of generated video in the display currency, cheapest first. */
public final class CostChartViewModel {
    /** More bars than this cannot be read on a screen or a slide; the chart shows the cheapest. */
    public static final int MAX_BARS = 40;

    private final ProjectSession session;
    private final Texts texts;
    private final PriceTexts prices;
    private final Numbers numbers;
    private final ObjectProperty<CostBasis> basis = new SimpleObjectProperty<>(CostBasis.PER_MINUTE);
    private final BooleanProperty logAxis = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper axisLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper footnote = new ReadOnlyStringWrapper();
    private final ObservableList<ChartBar> bars = FXCollections.observableArrayList();
    private final PerProductCache<ChartBar> cache = new PerProductCache<>();
    // One wrapper for good: an unmodifiable view listens weakly, so a fresh one per call would drop listeners.
    private final ObservableList<ChartBar> barsView = FXCollections.unmodifiableObservableList(bars);

    public CostChartViewModel(ProjectSession session, Texts texts) {
        this.session = session;
        this.texts = texts;
        this.prices = new PriceTexts(texts);
        this.numbers = new Numbers(texts.locale());
        SavedViewChoice.bind(session, basis, ChartView::costBasis, ChartView::withCostBasis, this::refresh);
        SavedViewChoice.bind(
                session, logAxis, ChartView::costChartLogAxis, ChartView::withCostChartLogAxis, this::refresh);
        refresh();
    }

    private void refresh() {
        Project project = session.project();
        String currency = project.displayCurrency().getCurrencyCode();
        boolean perMinute = basis.get() == CostBasis.PER_MINUTE;
        title.set(texts.format(perMinute ? "chart.cost.titleMinute" : "chart.cost.titleClip", currency));
        axisLabel.set(texts.format(perMinute ? "chart.cost.axisMinute" : "chart.cost.axisClip", currency));
        CostCalculator costs = CostCalculator.of(project);
        Map<String, String> colours = ProductColors.assign(project);
        List<ChartBar> priced = new ArrayList<>();
        List<ChartBar> unpriced = new ArrayList<>();
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        Set<String> assumptions = new LinkedHashSet<>();
        Map<List<Object>, String> kindWords = new HashMap<>();
        cache.startPass(List.of(project.displayCurrency(), project.exchangeRates(), basis.get(), colours));
        for (Product product : project.products()) {
            if (!ChartProducts.drawn(product, colours, project, session.today())) {
                continue;
            }
            ChartBar bar = cache.get(product, () -> bar(product, costs, colours.get(product.id()), perMinute));
            (bar.hasValue() ? priced : unpriced).add(bar);
            if (bar.hasValue()) {
                // Worded once per kind, not once per product: with 1,000 products the words were a
                // tenth of an edit's time.
                PriceOption compared = product.compared();
                String kind = kindWords.computeIfAbsent(
                        List.of(
                                compared.kind(),
                                compared.status(),
                                compared.terms().sourceKind().map(Enum::name).orElse("")),
                        k -> prices.kindWithSource(compared));
                kinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(bar.name());
                String assumption = prices.assumption(product.compared());
                if (!assumption.isEmpty()) {
                    assumptions.add(texts.format("chart.cost.planAssumption", bar.name(), assumption));
                }
            }
        }
        cache.keepOnly(project.products());
        priced.sort(Comparator.comparing(ChartBar::value));
        priced.addAll(unpriced);
        int total = priced.size();
        showBars(bars, total > MAX_BARS ? priced.subList(0, MAX_BARS) : priced);
        footnote.set((total > MAX_BARS ? texts.format("chart.cost.capped", MAX_BARS, total) + " " : "")
                + footnoteFor(project, kinds, assumptions));
    }

    private ChartBar bar(Product product, CostCalculator costs, String colour, boolean perMinute) {
        PriceOption option = product.compared();
        Optional<VideoCost> cost = costs.cost(product);
        if (cost.isPresent()) {
            BigDecimal value = perMinute
                    ? cost.get().perMinute().amount()
                    : cost.get().perFiveSecondClip().amount();
            String shown = numbers.cost(value);
            return new ChartBar(
                    product.id(),
                    texts.productName(product),
                    colour,
                    value.doubleValue(),
                    null,
                    null,
                    shown + prices.discontinuedMark(product, session.today()),
                    texts.format(
                                    "chart.cost.tooltip",
                                    texts.productName(product),
                                    shown,
                                    axisLabel.get(),
                                    prices.details(option))
                            + prices.discontinuedNote(product, session.today()));
        }
        String marker = switch (option.status()) {
            case PUBLISHED, DERIVED -> texts.get("cost.noRate");
            case NOT_PUBLIC -> texts.get("cost.notPublic");
            case NOT_SOURCED -> texts.get("cost.notSourced");
        };
        return new ChartBar(
                product.id(),
                texts.productName(product),
                colour,
                null,
                null,
                null,
                marker,
                texts.format("chart.cost.tooltipMissing", texts.productName(product), prices.details(option)));
    }

    /**
     * Names the kinds of price the bars stand for and who their sources are (vendor, press,
     * reseller, analyst), with the products of each when they are mixed, and the share of a plan's
     * allowance each plan's figure assumes used.
     */
    private String footnoteFor(Project project, Map<String, List<String>> kinds, Set<String> assumptions) {
        String kindText;
        if (kinds.size() > 1) {
            List<String> groups = new ArrayList<>();
            kinds.forEach((kind, names) -> groups.add(texts.format(
                    "chart.cost.kindGroup",
                    kind,
                    names.size() > 4 ? texts.format("chart.cost.kindCount", names.size()) : texts.list(names))));
            kindText =
                    texts.format("chart.cost.mixedKinds", String.join(texts.get("list.groupSeparator"), groups)) + " ";
        } else {
            kindText = kinds.keySet().stream()
                    .findFirst()
                    .map(k -> texts.format("chart.cost.oneKind", k) + " ")
                    .orElse("");
        }
        String planText = assumptions.size() > 3
                ? texts.get("chart.cost.plansAssume") + " "
                : assumptions.stream().map(a -> a + " ").collect(Collectors.joining());
        boolean edited = project.products().stream()
                .anyMatch(p -> p.compared().editedOn().isPresent());
        return kindText
                + planText
                + texts.get("chart.cost.footnote")
                + (edited ? " " + texts.get("chart.editedNote") : "");
    }

    public ObservableList<ChartBar> bars() {
        return barsView;
    }

    public ObjectProperty<CostBasis> basisProperty() {
        return basis;
    }

    /** Whether the cost axis is logarithmic; saved with the project's view. */
    public BooleanProperty logAxisProperty() {
        return logAxis;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty axisLabelProperty() {
        return axisLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty footnoteProperty() {
        return footnote.getReadOnlyProperty();
    }

    /**
     * Replaces the bars only when they differ: an edit that leaves a chart as it was (a price for
     * the rating chart, a vote for the cost chart) must not make it repaint.
     */
    static void showBars(ObservableList<ChartBar> shown, List<ChartBar> wanted) {
        if (!shown.equals(wanted)) {
            shown.setAll(wanted);
        }
    }
}
