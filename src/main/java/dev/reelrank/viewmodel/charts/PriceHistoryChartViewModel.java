package dev.reelrank.viewmodel.charts;

import dev.reelrank.model.CostCalculator;
import dev.reelrank.model.FamilyPriceLine;
import dev.reelrank.model.PriceKind;
import dev.reelrank.model.PriceObservation;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.VideoCost;
import dev.reelrank.viewmodel.colors.ProductColors;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.session.WhileShown;
import dev.reelrank.viewmodel.text.Numbers;
import dev.reelrank.viewmodel.text.PriceTexts;
import dev.reelrank.viewmodel.text.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Price over time": one step line per product family, in cost per minute of video in the
 * display currency. On each day a family's line is the compared price of its newest generation on
 * sale, at the figure valid that day (see {@link FamilyPriceLine}). Only prices charged are drawn:
 * an estimate or a derived figure is left out and named in the note, as is a family with nothing
 * to draw.
 */
public final class PriceHistoryChartViewModel {
    private final ProjectSession session;
    private final Texts texts;
    private final Numbers numbers;
    private final PriceTexts prices;
    // Not saved with the project: the saved chart view belongs to the charts that were there first.
    private final BooleanProperty logScale = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper valueAxisLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper valueAxisBrief = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper();
    private final ObservableList<PriceLine> lines = FXCollections.observableArrayList();
    private final ObservableList<PriceLine> linesView = FXCollections.unmodifiableObservableList(lines);
    private final WhileShown shown = new WhileShown(this::refresh);

    public PriceHistoryChartViewModel(ProjectSession session, Texts texts) {
        this.session = session;
        this.texts = texts;
        this.numbers = new Numbers(texts.locale());
        this.prices = new PriceTexts(texts);
        session.projectProperty().addListener((obs, old, project) -> {
            if (old == null || !ProjectSession.onlyViewChanged(old, project)) {
                shown.redrawIfShown();
            }
        });
        refresh();
    }

    /** Whether the chart is on screen; while it is not, edits do not recompute it. */
    public BooleanProperty activeProperty() {
        return shown.property();
    }

    private void refresh() {
        Project project = session.project();
        LocalDate today = session.today();
        String currency = project.displayCurrency().getCurrencyCode();
        title.set(texts.format("chart.priceHistory.title", currency));
        valueAxisLabel.set(texts.format("chart.cost.axisMinute", currency));
        valueAxisBrief.set(texts.format("kpi.perMinute", currency));
        Map<String, String> colours = ProductColors.assign(project);
        CostCalculator costs = CostCalculator.of(project);
        // A family is drawn when any of its products is shown, with all of its generations: the
        // chart is there to compare families across generations, and the older ones are usually
        // hidden from the other charts.
        Set<String> shownFamilies = new HashSet<>();
        Map<String, Product> newestShown = new HashMap<>();
        for (Product product : project.products()) {
            if (ProductColors.styleOf(product, colours).shown()) {
                shownFamilies.add(product.family());
                newestShown.merge(
                        product.family(),
                        product,
                        (a, b) -> FamilyPriceLine.onSale(b).isAfter(FamilyPriceLine.onSale(a)) ? b : a);
            }
        }
        Map<String, List<Product>> families = new LinkedHashMap<>();
        for (Product product : project.products()) {
            if (shownFamilies.contains(product.family())) {
                families.computeIfAbsent(product.family(), f -> new ArrayList<>())
                        .add(product);
            }
        }
        List<PriceLine> drawn = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        List<String> nothing = new ArrayList<>();
        List<String> ended = new ArrayList<>();
        List<String> notDrawn = new ArrayList<>();
        for (var family : families.entrySet()) {
            List<Product> charged = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            for (Product product : family.getValue()) {
                PriceOption option = product.compared();
                if (option.hasFigure() && (option.kind() == PriceKind.ESTIMATE || option.derived())) {
                    leftOut.add(texts.format("chart.trend.missing", texts.productName(product), prices.kind(option)));
                } else if (!option.hasFigure() || costs.cost(option).isEmpty()) {
                    String reason = texts.get(option.hasFigure() ? "cost.noRate" : "cost.notPublicOrNoPrice");
                    reasons.add(reason);
                    missing.add(texts.format("chart.priceHistory.why", texts.productName(product), reason));
                } else {
                    charged.add(product);
                }
            }
            if (charged.isEmpty()) {
                if (!missing.isEmpty()) {
                    // A family of one product named as the family: its name once, not "X (X: no price)".
                    boolean alone = family.getValue().size() == 1
                            && texts.productName(family.getValue().getFirst()).equals(family.getKey());
                    nothing.add(texts.format(
                            "chart.trend.missing",
                            family.getKey(),
                            alone ? reasons.getFirst() : texts.someNames(missing)));
                }
                continue;
            }
            // A generation without a figure leaves its family's line with the one before it: say so.
            notDrawn.addAll(missing);
            // The colour the other charts give the family's newest product shown.
            String lineColour = colours.get(newestShown.get(family.getKey()).id());
            List<FamilyPriceLine.Stretch> stretches = FamilyPriceLine.of(charged, today);
            for (int i = 0; i < stretches.size(); i++) {
                FamilyPriceLine.Stretch stretch = stretches.get(i);
                List<PriceStep> steps = stretch.steps().stream()
                        .map(step -> step(step, colours, costs))
                        .toList();
                drawn.add(new PriceLine(
                        family.getKey() + (i == 0 ? "" : "#" + i),
                        family.getKey(),
                        lineColour,
                        steps,
                        stretch.until().toEpochDay()));
                if (stretch.discontinued()) {
                    Product last = stretch.steps().getLast().product();
                    ended.add(texts.format(
                            "chart.priceHistory.ended",
                            family.getKey(),
                            prices.date(stretch.until()),
                            texts.productName(last)));
                }
            }
        }
        lines.setAll(drawn);
        note.set(note(project, leftOut, nothing, notDrawn, ended));
    }

    private PriceStep step(FamilyPriceLine.Step step, Map<String, String> colours, CostCalculator costs) {
        Product product = step.product();
        PriceOption option = product.compared();
        PriceObservation figure = step.figure();
        VideoCost cost = costs.cost(figure.in(option.price())).orElseThrow();
        String perMinute = numbers.cost(cost.perMinute().amount());
        String name = texts.productName(product);
        StringBuilder tooltip = new StringBuilder(texts.format(
                "chart.priceHistory.tooltip", name, prices.date(step.from()), perMinute, valueAxisLabel.get()));
        String published = texts.format(
                "price.figure",
                numbers.amount(figure.amount()),
                option.price().currency().getCurrencyCode(),
                prices.unit(option.price().unit()));
        tooltip.append('\n')
                .append(texts.format("chart.priceHistory.figure", option.label(), published, prices.kind(option)));
        String sourceKind = texts.get(figure.sourceKind()
                .map(k -> "sourceKind." + k.name().toLowerCase(Locale.ROOT))
                .orElse("sourceKind.unstated"));
        tooltip.append('\n')
                .append(texts.format(
                        "chart.priceHistory.source", figure.source(), prices.date(figure.date()), sourceKind));
        if (step.carriedBack()) {
            tooltip.append('\n').append(texts.format("chart.priceHistory.carriedBackTip", prices.date(figure.date())));
        }
        String assumption = prices.assumption(option);
        if (!assumption.isEmpty()) {
            tooltip.append('\n').append(assumption);
        }
        return new PriceStep(
                product.id() + "@" + step.from(),
                product.id(),
                texts.format("chart.priceHistory.label", name, perMinute),
                colours.get(product.id()),
                step.from().toEpochDay(),
                cost.perMinute().amount().doubleValue(),
                !step.carriedBack(),
                tooltip.toString());
    }

    private String note(
            Project project, List<String> leftOut, List<String> nothing, List<String> notDrawn, List<String> ended) {
        boolean anyHistory = project.products().stream()
                .anyMatch(p -> p.prices().stream().anyMatch(o -> !o.history().isEmpty()));
        List<String> parts = new ArrayList<>();
        parts.add(texts.get(anyHistory ? "chart.priceHistory.howToRead" : "chart.priceHistory.noHistory"));
        parts.addAll(ended);
        if (!leftOut.isEmpty()) {
            parts.add(texts.format("chart.priceHistory.leftOut", texts.someNames(leftOut)));
        }
        if (!notDrawn.isEmpty()) {
            parts.add(texts.format("chart.notShown", texts.someNames(notDrawn)));
        }
        if (!nothing.isEmpty()) {
            parts.add(texts.format("chart.priceHistory.noFigures", texts.someNames(nothing)));
        }
        return dev.reelrank.viewmodel.text.Sentences.join(parts);
    }

    public ObservableList<PriceLine> lines() {
        return linesView;
    }

    /** A logarithmic cost axis, so that one dear family does not flatten the others; for this window only. */
    public BooleanProperty logScaleProperty() {
        return logScale;
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

    /** The steps of every line, for the slide's sources and for tests. */
    public List<PriceStep> steps() {
        return lines.stream().flatMap(line -> line.steps().stream()).toList();
    }

    Optional<PriceLine> line(String family) {
        return lines.stream().filter(l -> l.family().equals(family)).findFirst();
    }
}
