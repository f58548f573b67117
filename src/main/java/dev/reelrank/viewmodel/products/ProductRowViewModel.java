package dev.reelrank.viewmodel.products;

import dev.reelrank.model.ChartStyle;
import dev.reelrank.model.Currencies;
import dev.reelrank.model.InvalidValueException;
import dev.reelrank.model.Price;
import dev.reelrank.model.PriceKind;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.PriceUnit;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.Provenance;
import dev.reelrank.model.Rating;
import dev.reelrank.model.VideoCost;
import dev.reelrank.model.VoteTally;
import dev.reelrank.viewmodel.colors.ProductColors;
import dev.reelrank.viewmodel.ratings.RatingSnapshot;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.EditableField;
import dev.reelrank.viewmodel.text.Numbers;
import dev.reelrank.viewmodel.text.Parsed;
import dev.reelrank.viewmodel.text.PriceTexts;
import dev.reelrank.viewmodel.text.Texts;
import dev.reelrank.viewmodel.text.TypedDates;
import dev.reelrank.viewmodel.text.TypedNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One product in the table: each column's text, the cells a user can edit (checked as they are
 * typed, applied to the model only when valid), and the computed costs and rating. Every column
 * that shows a date or a number formatted for the window's language also has a typed value
 * ({@code ...ValueProperty}, {@link #releaseDateProperty()}, {@link #asOfDateProperty()}) to sort
 * by, so that no one has to parse the shown text back; it is null when the column shows no value.
 */
public final class ProductRowViewModel {
    private final String id;
    private final ProjectSession session;
    private final Texts texts;
    private final PriceTexts prices;
    private final Numbers numbers;
    private final TypedNumbers typed;
    private Product product;

    private final ReadOnlyStringWrapper color = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper chineseName = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<LocalDate> releaseDate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper priceOption = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<BigDecimal> amountValue = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> asOfDate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper unit = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper priceDetails = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<BigDecimal> costPerMinuteValue = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper costPerMinute = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper costPerClip = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Long> winsValue = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Long> lossesValue = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Long> tiesValue = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Double> winShareValue = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper winShare = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Double> ratingValue = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper rating = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper votesDetails = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper sampleVotes = new ReadOnlyBooleanWrapper();

    private final EditableField name;
    private final EditableField family;
    private final EditableField vendor;
    private final EditableField released;
    private final EditableField amount;
    private final EditableField currency;
    private final EditableField kind;
    private final EditableField source;
    private final EditableField asOf;
    private final EditableField wins;
    private final EditableField losses;
    private final EditableField ties;

    ProductRowViewModel(
            Product product,
            ProjectSession session,
            Texts texts,
            PriceTexts prices,
            Numbers numbers,
            TypedNumbers typed) {
        this.id = product.id();
        this.session = session;
        this.texts = texts;
        this.prices = prices;
        this.numbers = numbers;
        this.typed = typed;
        this.product = product;
        name = textField("edit.name", Product::withName);
        family = textField("edit.family", Product::withFamily);
        vendor = textField("edit.vendor", Product::withVendor);
        released = new EditableField(
                draft -> dateOf(draft).error(),
                draft -> edit(
                        "edit.released", p -> p.withReleaseDate(dateOf(draft).value())));
        amount = new EditableField(draft -> typed.price(draft, priceCurrency()).error(), this::commitAmount);
        currency = new EditableField(draft -> currencyOf(draft).error(), this::commitCurrency);
        kind = new EditableField(draft -> kindOf(draft).error(), this::commitKind);
        source = new EditableField(
                draft -> draft == null || draft.isBlank() ? texts.get("error.sourceEmpty") : null,
                draft -> editPrice(
                        "edit.source",
                        o -> o.withProvenance(new Provenance(
                                draft, o.provenance().url(), o.provenance().asOf()))));
        asOf = new EditableField(
                draft -> dateOf(draft).error(),
                draft -> editPrice(
                        "edit.asOf",
                        o -> o.withProvenance(new Provenance(
                                o.provenance().source(),
                                o.provenance().url(),
                                dateOf(draft).value()))));
        wins = countField("edit.wins", (v, n, day) -> v.withCounts(n, v.losses(), v.ties(), day));
        losses = countField("edit.losses", (v, n, day) -> v.withCounts(v.wins(), n, v.ties(), day));
        ties = countField("edit.ties", (v, n, day) -> v.withCounts(v.wins(), v.losses(), n, day));
    }

    /** Shows the product as it is now in the project. */
    void update(Product current, RowContext context) {
        this.product = current;
        PriceOption compared = current.compared();
        ChartStyle style = ProductColors.styleOf(current, context.colours());
        color.set(style.color());
        shown.set(style.shown());
        name.show(current.name());
        chineseName.set(current.nameZh().orElse(""));
        family.show(current.family());
        vendor.show(current.vendor());
        releaseDate.set(current.releaseDate());
        released.show(prices.date(current.releaseDate()));
        priceOption.set(compared.label());
        amountValue.set(compared.figure().map(Price::amount).orElse(null));
        amount.show(compared.figure().map(p -> numbers.amount(p.amount())).orElse(prices.figure(compared)));
        currency.show(compared.figure().map(p -> p.currency().getCurrencyCode()).orElse(""));
        unit.set(compared.figure().map(p -> prices.unit(p.unit())).orElse(""));
        kind.show(prices.kind(compared));
        source.show(compared.editedOn()
                        .map(day -> texts.format("cell.edited", prices.date(day)) + " ")
                        .orElse("")
                + compared.provenance().source());
        asOfDate.set(compared.provenance().asOf());
        asOf.show(prices.asOf(compared));
        edited.set(compared.editedOn().isPresent());
        priceDetails.set(prices.details(compared));
        showCosts(current, compared, context);
        showVotes(current);
    }

    private void showCosts(Product current, PriceOption compared, RowContext context) {
        Optional<VideoCost> cost = context.costs().cost(current);
        String missing = switch (compared.status()) {
            case PUBLISHED, DERIVED -> texts.get("cost.noRate");
            case NOT_PUBLIC -> texts.get("cost.notPublic");
            case NOT_SOURCED -> texts.get("cost.notSourced");
        };
        costPerMinuteValue.set(cost.map(c -> c.perMinute().amount()).orElse(null));
        costPerMinute.set(cost.map(c -> numbers.cost(c.perMinute().amount())).orElse(missing));
        costPerClip.set(
                cost.map(c -> numbers.cost(c.perFiveSecondClip().amount())).orElse(missing));
    }

    private void showVotes(Product current) {
        Optional<VoteTally> votes = current.votes();
        sampleVotes.set(votes.filter(VoteTally::sample).isPresent());
        winsValue.set(votes.map(VoteTally::wins).orElse(null));
        lossesValue.set(votes.map(VoteTally::losses).orElse(null));
        tiesValue.set(votes.map(VoteTally::ties).orElse(null));
        wins.show(votes.map(v -> numbers.count(v.wins())).orElse(""));
        losses.show(votes.map(v -> numbers.count(v.losses())).orElse(""));
        ties.show(votes.map(v -> numbers.count(v.ties())).orElse(""));
        Double share = votes.filter(v -> v.winShare().isPresent())
                .map(v -> v.winShare().getAsDouble())
                .orElse(null);
        winShareValue.set(share);
        winShare.set(share == null ? texts.get("votes.none") : numbers.percent(share));
        votesDetails.set(votes.map(this::votesDetails).orElse(texts.get("votes.none")));
    }

    private String votesDetails(VoteTally votes) {
        String cited = texts.format(
                "price.source",
                votes.provenance().source(),
                prices.date(votes.provenance().asOf()));
        String sample = votes.sample() ? texts.get("votes.sampleNote") + " " : "";
        String editedNote =
                votes.edited() == null ? "" : texts.format("price.edited", prices.date(votes.edited())) + " ";
        return sample + editedNote + cited;
    }

    /** Shows the rating from the window's rating source (aggregate or head-to-head votes). */
    void showRating(RatingSnapshot snapshot) {
        Optional<Rating> r = snapshot.of(id);
        ratingValue.set(r.map(Rating::value).orElse(null));
        rating.set(r.map(value -> snapshot.intervalsPending()
                        ? numbers.whole(value.value()) + " (…)"
                        : snapshot.intervalsUnavailable()
                                ? texts.format("rating.intervalUnavailable", numbers.whole(value.value()))
                                : snapshot.pointOnly(id)
                                        ? texts.format("rating.noSpread", numbers.whole(value.value()))
                                        : texts.format(
                                                "rating.withInterval",
                                                numbers.whole(value.value()),
                                                numbers.whole(value.low()),
                                                numbers.whole(value.high())))
                .orElse(texts.get("votes.none")));
    }

    /** Shows or hides the product in every chart. */
    public void setShown(boolean show) {
        edit(
                show ? "edit.show" : "edit.hide",
                p -> p.withChart(ProductColors.styleOf(p, ProductColors.assign(session.project()))
                        .withShown(show)));
    }

    private EditableField textField(String description, BiFunction<Product, String, Product> change) {
        return new EditableField(
                draft -> draft == null || draft.isBlank()
                        ? texts.get("error.empty")
                        : draft.strip().length() > 200 ? texts.get("error.tooLong") : null,
                draft -> edit(description, p -> change.apply(p, draft)));
    }

    /** The tally with one count replaced by what was typed, marked edited on {@code day}. */
    private interface CountChange {
        VoteTally apply(VoteTally votes, long typed, LocalDate day);
    }

    private EditableField countField(String description, CountChange change) {
        return new EditableField(
                draft -> typed.count(draft).error(),
                draft -> edit(description, p -> {
                    VoteTally votes = p.votes()
                            .orElse(new VoteTally(
                                    0, 0, 0, false, new Provenance(texts.get("source.typed"), session.today())));
                    return p.withVotes(change.apply(votes, typed.count(draft).value(), session.today()));
                }));
    }

    private String commitAmount(String draft) {
        BigDecimal value = typed.price(draft, priceCurrency()).value();
        return editPrice(
                "edit.price",
                option -> option.hasFigure()
                        ? option.withPrice(
                                new Price(
                                        value,
                                        option.price().currency(),
                                        option.price().unit()),
                                option.kind(),
                                session.today())
                        : option.withPrice(
                                new Price(value, priceCurrency(), new PriceUnit.PerClip(5)),
                                PriceKind.API,
                                session.today()));
    }

    private String commitCurrency(String draft) {
        Currency chosen = currencyOf(draft).value();
        return editPrice(
                "edit.currency",
                option -> option.hasFigure()
                        ? option.withPrice(
                                new Price(
                                        option.price().amount(),
                                        chosen,
                                        option.price().unit()),
                                option.kind(),
                                session.today())
                        : option);
    }

    private String commitKind(String draft) {
        PriceKind chosen = kindOf(draft).value();
        return editPrice("edit.kind", option -> option.hasFigure() ? option.withKind(chosen) : option);
    }

    /** The currency typed amounts are in: the compared price's, or the display currency for a new figure. */
    private Currency priceCurrency() {
        return product.compared()
                .figure()
                .map(Price::currency)
                .orElse(session.project().displayCurrency());
    }

    private Parsed<Currency> currencyOf(String draft) {
        try {
            return Parsed.ok(Currencies.parse(draft));
        } catch (InvalidValueException e) {
            return Parsed.error(texts.get("error.currency"));
        }
    }

    /** A kind that contradicts the unit (a plan priced per second) is refused, in one line. */
    private Parsed<PriceKind> kindOf(String draft) {
        String typed = String.valueOf(draft).strip();
        return fittingKinds()
                .filter(kind -> texts.get(PriceTexts.kindKey(kind)).equalsIgnoreCase(typed))
                .findFirst()
                .map(Parsed::ok)
                .orElseGet(() -> Parsed.error(texts.get("error.kind")));
    }

    /** The kinds a user can choose for this row's compared price, in the table's choice list. */
    public List<String> kindChoices() {
        return fittingKinds().map(kind -> texts.get(PriceTexts.kindKey(kind))).toList();
    }

    private Stream<PriceKind> fittingKinds() {
        PriceOption option = product.compared();
        return Arrays.stream(PriceKind.values())
                .filter(kind -> !option.hasFigure() || kind.fits(option.price().unit()));
    }

    private Parsed<LocalDate> dateOf(String draft) {
        return TypedDates.parse(draft, texts);
    }

    private String editPrice(String description, UnaryOperator<PriceOption> change) {
        return edit(description, p -> p.withComparedPrice(change.apply(p.compared())));
    }

    private String edit(String descriptionKey, Function<Product, Product> change) {
        String description = texts.format(descriptionKey, texts.productName(product));
        Parsed<Project> result = session.apply(
                description,
                project -> project.withProduct(change.apply(project.product(id).orElseThrow())));
        return result.error();
    }

    public String id() {
        return id;
    }

    public EditableField name() {
        return name;
    }

    public EditableField family() {
        return family;
    }

    public EditableField vendor() {
        return vendor;
    }

    public EditableField released() {
        return released;
    }

    public EditableField amount() {
        return amount;
    }

    public EditableField currency() {
        return currency;
    }

    public EditableField kind() {
        return kind;
    }

    public EditableField source() {
        return source;
    }

    public EditableField asOf() {
        return asOf;
    }

    public EditableField wins() {
        return wins;
    }

    public EditableField losses() {
        return losses;
    }

    public EditableField ties() {
        return ties;
    }

    public ReadOnlyStringProperty colorProperty() {
        return color.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty chineseNameProperty() {
        return chineseName.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> releaseDateProperty() {
        return releaseDate.getReadOnlyProperty();
    }

    /** The compared price's amount as the source gave it (the Amount column), or null without a figure. */
    public ReadOnlyObjectProperty<BigDecimal> amountValueProperty() {
        return amountValue.getReadOnlyProperty();
    }

    /** The date the compared price's source was valid on (the As of column). */
    public ReadOnlyObjectProperty<LocalDate> asOfDateProperty() {
        return asOfDate.getReadOnlyProperty();
    }

    /** Votes won, or null when the product has no votes; likewise {@link #lossesValueProperty()}, {@link #tiesValueProperty()}. */
    public ReadOnlyObjectProperty<Long> winsValueProperty() {
        return winsValue.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> lossesValueProperty() {
        return lossesValue.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> tiesValueProperty() {
        return tiesValue.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty priceOptionProperty() {
        return priceOption.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitProperty() {
        return unit.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty priceDetailsProperty() {
        return priceDetails.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editedProperty() {
        return edited.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> costPerMinuteValueProperty() {
        return costPerMinuteValue.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty costPerMinuteProperty() {
        return costPerMinute.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty costPerClipProperty() {
        return costPerClip.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Double> winShareValueProperty() {
        return winShareValue.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty winShareProperty() {
        return winShare.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Double> ratingValueProperty() {
        return ratingValue.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ratingProperty() {
        return rating.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty votesDetailsProperty() {
        return votesDetails.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sampleVotesProperty() {
        return sampleVotes.getReadOnlyProperty();
    }
}
