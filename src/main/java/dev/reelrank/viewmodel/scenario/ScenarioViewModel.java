package dev.reelrank.viewmodel.scenario;

import dev.reelrank.model.ClipCost;
import dev.reelrank.model.CompactAmounts;
import dev.reelrank.model.Currencies;
import dev.reelrank.model.Money;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.Scenario;
import dev.reelrank.model.VideoCost;
import dev.reelrank.viewmodel.charts.ChartProducts;
import dev.reelrank.viewmodel.colors.ProductColors;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.session.WhileShown;
import dev.reelrank.viewmodel.text.EditableField;
import dev.reelrank.viewmodel.text.Numbers;
import dev.reelrank.viewmodel.text.Parsed;
import dev.reelrank.viewmodel.text.PriceTexts;
import dev.reelrank.viewmodel.text.Texts;
import dev.reelrank.viewmodel.text.TypedNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The scenario calculator: daily uploads, AI-generated shares and days a year, against each shown
 * product's cost per clip (its compared price, or the option chosen in the price box; clip length
 * stated), in the display currency, with GF Securities' published projection as reference points.
 * It names the option, the kind of figure and the as-of date each line multiplies. Exact decimals;
 * the inputs and the price choice belong to the window, not to the project.
 */
public final class ScenarioViewModel {
    /** GF Securities: 1.2 / 2.4 / 3.6 bn CNY a year at 10 / 20 / 30 % of 40 million daily uploads. */
    public static final List<double[]> GF_POINTS =
            List.of(new double[] {0.1, 1.2e9}, new double[] {0.2, 2.4e9}, new double[] {0.3, 3.6e9});

    private final ProjectSession session;
    private final Texts texts;
    private final Numbers numbers;
    private final PriceTexts prices;
    private final TypedNumbers typed;
    private final EditableField uploads;
    private final EditableField shares;
    private final EditableField days;
    private long uploadsPerDay = Scenario.GF_UPLOADS_PER_DAY;
    private List<BigDecimal> shareList = Scenario.GF_SHARES;
    private int daysPerYear = 365;
    /** The product whose price the box sets, with the option, or null: every product on its compared price. */
    private String chosenProduct;

    private String chosenOption;
    private final ObservableList<ScenarioPriceChoice> priceChoices = FXCollections.observableArrayList();
    private final ObservableList<ScenarioPriceChoice> priceChoicesView =
            FXCollections.unmodifiableObservableList(priceChoices);
    private final ReadOnlyObjectWrapper<ScenarioPriceChoice> priceChoice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper pricesMultiplied = new ReadOnlyStringWrapper();
    private final ObservableList<ScenarioRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ScenarioRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<ScenarioLine> lines = FXCollections.observableArrayList();
    private final ObservableList<ScenarioLine> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ObservableList<double[]> references = FXCollections.observableArrayList();
    private final ObservableList<double[]> referencesView = FXCollections.unmodifiableObservableList(references);
    private final ReadOnlyStringWrapper axisLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper referenceLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper referenceSource = new ReadOnlyStringWrapper();

    public ScenarioViewModel(ProjectSession session, Texts texts) {
        this.session = session;
        this.texts = texts;
        this.numbers = new Numbers(texts.locale());
        this.prices = new PriceTexts(texts);
        this.typed = new TypedNumbers(texts);
        uploads = new EditableField(
                draft -> typed.count(draft, TypedNumbers.Counted.WHOLE).error(), draft -> {
                    uploadsPerDay =
                            typed.count(draft, TypedNumbers.Counted.WHOLE).value();
                    refresh();
                    return null;
                });
        shares = new EditableField(draft -> parseShares(draft).error(), draft -> {
            shareList = parseShares(draft).value();
            refresh();
            return null;
        });
        days = new EditableField(
                draft -> {
                    var parsed = typed.count(draft, TypedNumbers.Counted.WHOLE);
                    return !parsed.isValid()
                            ? parsed.error()
                            : parsed.value() < 1 || parsed.value() > 366 ? texts.get("scenario.daysRange") : null;
                },
                draft -> {
                    daysPerYear = (int) (long)
                            typed.count(draft, TypedNumbers.Counted.WHOLE).value();
                    refresh();
                    return null;
                });
        session.projectProperty().addListener((obs, old, project) -> shown.redrawIfShown());
        zoom.addListener((obs, was, now) -> refresh());
        refresh();
    }

    private final WhileShown shown = new WhileShown(this::refresh);

    private final BooleanProperty zoom = new SimpleBooleanProperty(false);
    private final ReadOnlyDoubleWrapper shareAxisMax = new ReadOnlyDoubleWrapper(1);

    /**
     * Takes over the inputs of another window's calculator (this window before it switched
     * language): the uploads, shares and days typed there, and its zoom.
     */
    public void takeInputsFrom(ScenarioViewModel other) {
        uploadsPerDay = other.uploadsPerDay;
        shareList = other.shareList;
        daysPerYear = other.daysPerYear;
        chosenProduct = other.chosenProduct;
        chosenOption = other.chosenOption;
        zoom.set(other.zoom.get());
        refresh();
    }

    /** Whether the chart shows only the shares typed (and GF's) rather than 0 to 100 %. */
    public BooleanProperty zoomProperty() {
        return zoom;
    }

    /** The largest share the chart shows, as a fraction: 1, or a little above the largest share typed. */
    public ReadOnlyDoubleProperty shareAxisMaxProperty() {
        return shareAxisMax.getReadOnlyProperty();
    }

    /** Whether the pane is on screen; while it is not, edits do not recompute it. */
    public BooleanProperty activeProperty() {
        return shown.property();
    }

    /**
     * Multiplies {@code choice}'s option for its product instead of that product's compared price
     * (the project is unchanged), or, for the first entry, every product's compared price again.
     */
    public void choosePrice(ScenarioPriceChoice choice) {
        if (choice == null || choice.is(chosenProduct, chosenOption)) {
            return;
        }
        chosenProduct = choice.productId();
        chosenOption = choice.optionId();
        refresh();
    }

    /** "10%, 20 %, 0.3" as fractions, each from 0 to 100 %. */
    Parsed<List<BigDecimal>> parseShares(String draft) {
        if (draft == null || draft.isBlank()) {
            return Parsed.error(texts.get("scenario.sharesEmpty"));
        }
        List<BigDecimal> result = new ArrayList<>();
        // One separator at the end ("10%, 20%,") is ignored; an empty share anywhere else is a mistake.
        for (String part : draft.strip().replaceFirst("[,;，、；]$", "").split("[,;，、；]", -1)) {
            String text = part.strip();
            if (text.isEmpty()) {
                return Parsed.error(texts.get("scenario.shareMissing"));
            }
            boolean percent = text.endsWith("%") || text.endsWith("％");
            String number = percent ? text.substring(0, text.length() - 1) : text;
            Parsed<BigDecimal> value = typed.price(number, Currencies.CNY);
            if (!value.isValid() || number.isBlank()) {
                return Parsed.error(texts.format("scenario.shareBad", text));
            }
            BigDecimal share = percent ? value.value().movePointLeft(2) : value.value();
            if (share.compareTo(BigDecimal.ONE) > 0) {
                return Parsed.error(texts.format("scenario.shareOver", text));
            }
            result.add(share);
        }
        return Parsed.ok(result);
    }

    private void refresh() {
        Project project = session.project();
        Currency currency = project.displayCurrency();
        Locale locale = texts.locale();
        uploads.show(numbers.count(uploadsPerDay));
        shares.show(String.join(", ", shareList.stream().map(this::percent).toList()));
        days.show(numbers.count(daysPerYear));
        Map<String, String> colours = ProductColors.assign(project);
        List<Product> shownProducts = project.products().stream()
                .filter(product -> ChartProducts.drawn(product, colours, project, session.today()))
                .toList();
        ScenarioPriceChoice current = choicesFor(shownProducts);
        List<Priced> priced = new ArrayList<>();
        List<String> assumed = new ArrayList<>();
        List<String> proRata = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (Product product : shownProducts) {
            String name = texts.productName(product);
            PriceOption option = priceOf(product);
            Optional<ClipCost> clip = ClipCost.of(option);
            if (clip.isEmpty()
                    || project.rates()
                            .factor(clip.get().perClip().currency(), currency)
                            .isEmpty()) {
                leftOut.add(name);
                continue;
            }
            ClipCost cost = clip.get().in(currency, project.rates());
            String priceText = optionText(option);
            if (cost.lengthAssumed()) {
                assumed.add(name);
            } else if (cost.ofAnotherLength()) {
                proRata.add(texts.format("scenario.proRataName", name, cost.clipSeconds()));
                // The cell shows a figure no source prints; its tooltip says where it comes from.
                priceText = texts.format(
                        "scenario.proRataPrice",
                        priceText,
                        numbers.cost(cost.perClip().amount()),
                        currency.getCurrencyCode(),
                        cost.clipSeconds(),
                        VideoCost.STANDARD_CLIP_SECONDS);
            }
            // One clip length for every product: a 10-s price against 5-s ones made the cheapest a
            // minute look dearer a year than products that cost more.
            cost = cost.lasting(VideoCost.STANDARD_CLIP_SECONDS);
            priced.add(new Priced(
                    product.id(),
                    name,
                    // A year of spend on a product no longer sold is a what-if; its row and line say so,
                    // as the cost chart's bar does.
                    name + prices.discontinuedMark(product, session.today()),
                    colours.get(product.id()),
                    option,
                    priceText,
                    cost,
                    new Scenario(uploadsPerDay, shareList, daysPerYear, cost.perClip())));
        }
        List<BigDecimal> gf = gfAmounts(project, currency);
        // One unit for every amount on the tab, picked from the largest: a line's end at 100 % or GF's top figure.
        BigDecimal largestSpend = gf.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        BigDecimal largestClips = BigDecimal.ZERO;
        for (Priced p : priced) {
            largestSpend = largestSpend.max(
                    p.scenario().row(BigDecimal.ONE).costPerYear().amount());
            for (Scenario.Row row : p.scenario().rows()) {
                largestClips = largestClips.max(row.clipsPerYear());
            }
        }
        CompactAmounts.Magnitude spendUnit = CompactAmounts.magnitude(largestSpend, locale);
        CompactAmounts.Magnitude clipsUnit = CompactAmounts.magnitude(largestClips, locale);
        axisLabel.set(texts.format("scenario.axis", CompactAmounts.unit(currency, locale, spendUnit)));
        List<ScenarioRow> table = new ArrayList<>();
        List<ScenarioLine> chart = new ArrayList<>();
        for (Priced p : priced) {
            String clipText = texts.format(
                    "scenario.costPerClip",
                    numbers.cost(p.cost().perClip().amount()),
                    currency.getCurrencyCode(),
                    p.cost().clipSeconds());
            for (Scenario.Row row : p.scenario().rows()) {
                table.add(new ScenarioRow(
                        p.id(),
                        p.label(),
                        p.colour(),
                        clipText,
                        p.priceText(),
                        percent(row.share()),
                        CompactAmounts.count(row.clipsPerYear(), locale, clipsUnit),
                        CompactAmounts.format(row.costPerYear().amount(), currency, locale, spendUnit),
                        numbers.cost(row.costPerYear().amount()) + " " + currency.getCurrencyCode()));
            }
            Money full = p.scenario().row(BigDecimal.ONE).costPerYear();
            chart.add(new ScenarioLine(
                    p.id(),
                    p.label(),
                    p.colour(),
                    spendUnit.of(full.amount()).doubleValue(),
                    texts.format(
                            "scenario.lineTip",
                            p.label(),
                            clipText,
                            CompactAmounts.format(full.amount(), currency, locale, spendUnit),
                            p.priceText())));
        }
        double largest =
                shareList.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        shareAxisMax.set(zoom.get() ? Math.min(1, Math.ceil(Math.max(largest, 0.3) * 10 - 1e-9) / 10 + 0.1) : 1);
        rows.setAll(table);
        lines.setAll(chart);
        references.setAll(gfPoints(gf, spendUnit));
        priceChoice.set(current);
        pricesMultiplied.set(pricesMultiplied(priced));
        List<String> notes = new ArrayList<>();
        notes.add(texts.format(
                "scenario.formula",
                numbers.count(uploadsPerDay),
                numbers.count(daysPerYear),
                VideoCost.STANDARD_CLIP_SECONDS));
        if (!proRata.isEmpty()) {
            notes.add(texts.format("scenario.proRata", texts.someNames(proRata), VideoCost.STANDARD_CLIP_SECONDS));
        }
        if (!assumed.isEmpty()) {
            notes.add(texts.format("scenario.assumed", texts.someNames(assumed)));
        }
        if (!leftOut.isEmpty()) {
            notes.add(texts.format("scenario.leftOut", texts.someNames(leftOut)));
        }
        note.set(dev.reelrank.viewmodel.text.Sentences.join(notes));
    }

    /**
     * "Prices multiplied: Kling 1.0, Kling 1.5 — Standard mode (Credits, as of Sep 30, 2025); Kling 1.6 —
     * GF estimate (Estimate, as of Mar 10, 2025); …": products whose options read the same share one entry.
     */
    private String pricesMultiplied(List<Priced> priced) {
        if (priced.isEmpty()) {
            return "";
        }
        Map<String, List<String>> byPrice = new LinkedHashMap<>();
        for (Priced p : priced) {
            byPrice.computeIfAbsent(p.priceText(), text -> new ArrayList<>()).add(p.name());
        }
        List<String> entries = byPrice.entrySet().stream()
                .map(e -> texts.format("scenario.priceChoice", texts.list(e.getValue()), e.getKey()))
                .toList();
        return texts.format("scenario.prices", String.join(texts.get("scenario.pricesSeparator"), entries));
    }

    /** A shown product with a price per clip, the option it comes from, and its scenario. */
    private record Priced(
            String id,
            String name,
            String label,
            String colour,
            PriceOption option,
            String priceText,
            ClipCost cost,
            Scenario scenario) {}

    /**
     * Fills the price box: every product's compared price first, then each shown product's priced
     * options. Drops a choice whose product is no longer shown or whose option is gone, and returns
     * the entry now chosen.
     */
    private ScenarioPriceChoice choicesFor(List<Product> shownProducts) {
        List<ScenarioPriceChoice> choices = new ArrayList<>();
        choices.add(new ScenarioPriceChoice(null, null, texts.get("scenario.priceCompared")));
        for (Product product : shownProducts) {
            for (PriceOption option : product.prices()) {
                if (option.hasFigure()) {
                    choices.add(new ScenarioPriceChoice(
                            product.id(),
                            option.id(),
                            texts.format("scenario.priceChoice", texts.productName(product), optionText(option))));
                }
            }
        }
        ScenarioPriceChoice current = choices.stream()
                .filter(c -> c.is(chosenProduct, chosenOption))
                .findFirst()
                .orElse(choices.getFirst());
        chosenProduct = current.productId();
        chosenOption = current.optionId();
        if (!choices.equals(priceChoices)) {
            priceChoices.setAll(choices);
        }
        return current;
    }

    /** The option the scenario multiplies for a product: the one chosen in the box, or its compared price. */
    private PriceOption priceOf(Product product) {
        if (product.id().equals(chosenProduct)) {
            return product.prices().stream()
                    .filter(o -> o.id().equals(chosenOption))
                    .findFirst()
                    .orElse(product.compared());
        }
        return product.compared();
    }

    /** "GF estimate (Estimate, as of Mar 10, 2025)": the option, its kind of figure and its date. */
    private String optionText(PriceOption option) {
        return texts.format("scenario.priceOption", option.label(), prices.kind(option), prices.asOf(option));
    }

    /** GF's projected amounts in the display currency; none when no rate reaches it. */
    private List<BigDecimal> gfAmounts(Project project, Currency currency) {
        var factor = project.rates().factor(Currencies.CNY, currency);
        referenceLabel.set(texts.get(factor.isPresent() ? "scenario.reference" : "scenario.referenceNoRate"));
        referenceSource.set(texts.get("scenario.referenceSource"));
        if (factor.isEmpty()) {
            return List.of();
        }
        return GF_POINTS.stream()
                .map(p -> BigDecimal.valueOf(p[1]).multiply(factor.get()))
                .toList();
    }

    /** GF's projection as {share, amount in the chart's unit}. */
    private static List<double[]> gfPoints(List<BigDecimal> amounts, CompactAmounts.Magnitude unit) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            points.add(
                    new double[] {GF_POINTS.get(i)[0], unit.of(amounts.get(i)).doubleValue()});
        }
        return points;
    }

    private String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }

    public EditableField uploads() {
        return uploads;
    }

    public EditableField shares() {
        return shares;
    }

    public EditableField days() {
        return days;
    }

    public ObservableList<ScenarioRow> rows() {
        return rowsView;
    }

    public ObservableList<ScenarioLine> lines() {
        return linesView;
    }

    /** GF's published projection as {share, yearly amount in the chart's unit}. */
    public ObservableList<double[]> references() {
        return referencesView;
    }

    /** The price box's entries: every product's compared price, then each shown product's priced options. */
    public ObservableList<ScenarioPriceChoice> priceChoices() {
        return priceChoicesView;
    }

    /** The entry of the price box in effect; change it with {@link #choosePrice}. */
    public ReadOnlyObjectProperty<ScenarioPriceChoice> priceChoiceProperty() {
        return priceChoice.getReadOnlyProperty();
    }

    /** Which option each line multiplies, with its kind of figure and as-of date, in one sentence. */
    public ReadOnlyStringProperty pricesMultipliedProperty() {
        return pricesMultiplied.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty axisLabelProperty() {
        return axisLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty referenceLabelProperty() {
        return referenceLabel.getReadOnlyProperty();
    }

    /** Who published the reference points, where and when, and how they read them. */
    public ReadOnlyStringProperty referenceSourceProperty() {
        return referenceSource.getReadOnlyProperty();
    }

    Locale locale() {
        return texts.locale();
    }
}
