package dev.reelrank.viewmodel.products;

import dev.reelrank.model.CostCalculator;
import dev.reelrank.model.GenerationMode;
import dev.reelrank.model.Lifecycle;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.PriceUnit;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.EditableField;
import dev.reelrank.viewmodel.text.Numbers;
import dev.reelrank.viewmodel.text.PriceTexts;
import dev.reelrank.viewmodel.text.Texts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The details of the selected product: its facts, all of its price options (the one compared and
 * the others, each with its cost and source), and which option the charts compare.
 */
public final class ProductDetailsViewModel {
    private final ProjectSession session;
    private final Texts texts;
    private final PriceTexts prices;
    private final Numbers numbers;
    private String productId;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper facts = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper votes = new ReadOnlyStringWrapper();
    private final ObservableList<PriceOptionRow> options = FXCollections.observableArrayList();
    private final ObservableList<PriceOptionRow> optionsView = FXCollections.unmodifiableObservableList(options);

    public ProductDetailsViewModel(ProjectSession session, Texts texts) {
        this.session = session;
        this.texts = texts;
        this.prices = new PriceTexts(texts);
        this.numbers = new Numbers(texts.locale());
        session.projectProperty().addListener((obs, old, project) -> refresh());
        refresh();
    }

    /** Shows another product, or nothing when {@code id} is null. */
    public void select(String id) {
        this.productId = id;
        refresh();
    }

    /** The product shown, or null; the row the window keeps selected. */
    public String selectedId() {
        return productId;
    }

    /** Makes the charts compare another of the product's options; an edit that can be undone. */
    public void compare(String optionId) {
        Product product = current().orElse(null);
        if (product == null || product.comparedPrice().equals(optionId)) {
            return;
        }
        session.apply(
                texts.format("edit.compared", product.name()),
                project -> project.withProduct(
                        project.product(product.id()).orElseThrow().withPrices(product.prices(), optionId)));
    }

    private Optional<Product> current() {
        return productId == null ? Optional.empty() : session.project().product(productId);
    }

    private void refresh() {
        Optional<Product> selected = current();
        if (selected.isEmpty()) {
            title.set(texts.get("details.none"));
            facts.set("");
            note.set("");
            votes.set("");
            options.clear();
            return;
        }
        Product product = selected.get();
        Project project = session.project();
        title.set(product.nameZh().map(zh -> product.name() + "  " + zh).orElse(product.name()));
        String modes = product.modes().stream().sorted().map(this::mode).collect(Collectors.joining(", "));
        facts.set(texts.format(
                        "details.facts",
                        product.vendor(),
                        product.family(),
                        prices.date(product.releaseDate()),
                        modes,
                        product.maxResolution().orElse(texts.get("details.unknown")),
                        product.maxClipSeconds()
                                .map(seconds -> texts.format("details.seconds", seconds))
                                .orElse(texts.get("details.unknown")))
                + lifecycle(product.lifecycle()));
        note.set(product.note().orElse(""));
        votes.set(product.votes()
                .map(v -> texts.format(
                                "details.votes",
                                numbers.count(v.wins()),
                                numbers.count(v.losses()),
                                numbers.count(v.ties()),
                                texts.format(
                                        "price.source",
                                        v.provenance().source(),
                                        prices.date(v.provenance().asOf())))
                        + (v.sample() ? " " + texts.get("votes.sampleNote") : ""))
                .orElse(texts.get("votes.none")));
        CostCalculator costs = CostCalculator.of(project);
        List<PriceOptionRow> rows = product.prices().stream()
                .map(option -> row(option, product, costs))
                .toList();
        options.setAll(rows);
    }

    private PriceOptionRow row(PriceOption option, Product product, CostCalculator costs) {
        String cost = costs.cost(option)
                .map(c -> texts.format(
                        "details.costPerMinute",
                        numbers.cost(c.perMinute().amount()),
                        c.currency().getCurrencyCode()))
                .orElse(
                        switch (option.status()) {
                            case PUBLISHED, DERIVED -> texts.get("cost.noRate");
                            case NOT_PUBLIC -> texts.get("cost.notPublic");
                            case NOT_SOURCED -> texts.get("cost.notSourced");
                        });
        String noteText = option.hasFigure()
                ? join(prices.standing(option), option.note())
                : join(option.reason(), option.note());
        return new PriceOptionRow(
                option.id(),
                option.label(),
                prices.figure(option),
                prices.kind(option),
                cost,
                prices.source(option),
                noteText == null ? "" : noteText,
                option.id().equals(product.comparedPrice()),
                planUse(product, option));
    }

    /**
     * The share of a plan's allowance its cost assumes used, as a field: 100 % unless the user
     * knows better (a team that uses half its credits pays twice as much a minute).
     */
    private EditableField planUse(Product product, PriceOption option) {
        if (!option.hasFigure() || !(option.price().unit() instanceof PriceUnit.MonthlyPlan plan)) {
            return null;
        }
        EditableField field =
                new EditableField(draft -> percent(draft) == null ? texts.get("error.utilisation") : null, draft -> {
                    BigDecimal share = percent(draft);
                    if (share.compareTo(plan.utilisation()) == 0) {
                        return null;
                    }
                    PriceOption changed = option.withUnit(plan.withUtilisation(share));
                    session.apply(texts.format("edit.utilisation", product.name()), project -> {
                        Product now = project.product(product.id()).orElseThrow();
                        return project.withProduct(now.withPrices(
                                now.prices().stream()
                                        .map(o -> o.id().equals(option.id()) ? changed : o)
                                        .toList(),
                                now.comparedPrice()));
                    });
                    return null;
                });
        field.show(plan.utilisation().toPlainString());
        return field;
    }

    /** A share typed as "80", "80 %" or "80%", above 0 and at most 100; null when it is not one. */
    private static BigDecimal percent(String draft) {
        String text = String.valueOf(draft).strip().replaceAll("\\s*[%\uFF05]$", "");
        try {
            BigDecimal value = new BigDecimal(text);
            return value.signum() > 0 && value.compareTo(PriceUnit.MonthlyPlan.FULL_USE) <= 0 && value.scale() <= 4
                    ? value
                    : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** One line per known date: "Discontinued Apr 26, 2026 (source)". */
    private String lifecycle(Lifecycle lifecycle) {
        StringBuilder text = new StringBuilder();
        lifecycle.announced().ifPresent(f -> text.append('\n').append(prices.dated("details.announced", f)));
        lifecycle.available().ifPresent(f -> text.append('\n').append(prices.dated("details.available", f)));
        lifecycle.discontinued().ifPresent(f -> text.append('\n').append(prices.dated("details.discontinued", f)));
        return text.toString();
    }

    private static String join(String first, String second) {
        return second == null ? first : first.isEmpty() ? second : first + "\n" + second;
    }

    private String mode(GenerationMode mode) {
        return texts.get(mode == GenerationMode.TEXT_TO_VIDEO ? "details.textToVideo" : "details.imageToVideo");
    }

    public ObservableList<PriceOptionRow> options() {
        return optionsView;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty factsProperty() {
        return facts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty votesProperty() {
        return votes.getReadOnlyProperty();
    }
}
