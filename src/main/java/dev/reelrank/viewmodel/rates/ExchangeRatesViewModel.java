package dev.reelrank.viewmodel.rates;

import dev.reelrank.model.Currencies;
import dev.reelrank.model.ExchangeRate;
import dev.reelrank.model.InvalidValueException;
import dev.reelrank.model.Project;
import dev.reelrank.model.Provenance;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.EditableField;
import dev.reelrank.viewmodel.text.Numbers;
import dev.reelrank.viewmodel.text.Texts;
import dev.reelrank.viewmodel.text.TypedDates;
import dev.reelrank.viewmodel.text.TypedNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The project's exchange rates, editable with their as-of date and source. Every change is an edit
 * of the project, so it can be undone and every cost follows it at once.
 */
public final class ExchangeRatesViewModel {
    private final ProjectSession session;
    private final Texts texts;
    private final TypedNumbers typed;
    private final Numbers numbers;
    private final ObservableList<ExchangeRateRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ExchangeRateRow> rowsView = FXCollections.unmodifiableObservableList(rows);

    public ExchangeRatesViewModel(ProjectSession session, Texts texts) {
        this.session = session;
        this.texts = texts;
        this.typed = new TypedNumbers(texts);
        this.numbers = new Numbers(texts.locale());
        session.projectProperty().addListener((obs, old, project) -> refresh());
        refresh();
    }

    private void refresh() {
        List<ExchangeRate> rates = session.project().exchangeRates();
        if (rows.size() != rates.size()) {
            List<ExchangeRateRow> created = new ArrayList<>();
            for (int i = 0; i < rates.size(); i++) {
                created.add(row(i));
            }
            rows.setAll(created);
        }
        for (int i = 0; i < rates.size(); i++) {
            ExchangeRate rate = rates.get(i);
            ExchangeRateRow row = rows.get(i);
            row.showPair(texts.format(
                    "rates.pair", rate.from().getCurrencyCode(), rate.to().getCurrencyCode()));
            row.showValues(rate.rate(), rate.provenance().asOf());
            row.rate().show(numbers.amount(rate.rate()));
            row.asOf().show(rate.provenance().asOf().toString());
            row.source().show(rate.provenance().source());
        }
    }

    private ExchangeRateRow row(int index) {
        EditableField rate = new EditableField(
                draft -> {
                    var parsed = typed.price(draft, Currencies.CNY);
                    return !parsed.isValid()
                            ? texts.get("error.rate")
                            : parsed.value().signum() <= 0 ? texts.get("error.ratePositive") : null;
                },
                draft -> edit(
                        index,
                        "edit.rate",
                        // A typed rate is no longer the source's figure: it is the user's, dated today,
                        // until they name its source and date in the row.
                        r -> new ExchangeRate(
                                r.from(),
                                r.to(),
                                typed.price(draft, Currencies.CNY).value(),
                                new Provenance(texts.get("source.typed"), session.today()))));
        EditableField asOf = new EditableField(
                draft -> TypedDates.parse(draft, texts).error(),
                draft -> edit(
                        index,
                        "edit.rateDate",
                        r -> new ExchangeRate(
                                r.from(),
                                r.to(),
                                r.rate(),
                                new Provenance(
                                        r.provenance().source(),
                                        r.provenance().url(),
                                        TypedDates.parse(draft, texts).value()))));
        EditableField source = new EditableField(
                draft -> draft == null || draft.isBlank() ? texts.get("error.sourceEmpty") : null,
                draft -> edit(
                        index,
                        "edit.rateSource",
                        r -> new ExchangeRate(
                                r.from(),
                                r.to(),
                                r.rate(),
                                new Provenance(
                                        draft,
                                        r.provenance().url(),
                                        r.provenance().asOf()))));
        return new ExchangeRateRow(index, rate, asOf, source);
    }

    private String edit(int index, String descriptionKey, UnaryOperator<ExchangeRate> change) {
        ExchangeRate before = session.project().exchangeRates().get(index);
        String pair = before.from().getCurrencyCode() + "/" + before.to().getCurrencyCode();
        return session.apply(texts.format(descriptionKey, pair), project -> {
                    List<ExchangeRate> rates = new ArrayList<>(project.exchangeRates());
                    rates.set(index, change.apply(rates.get(index)));
                    return project.withExchangeRates(rates);
                })
                .error();
    }

    /** Adds a rate between two currencies, dated today; returns a problem or null. */
    public String add(String from, String to, String rate, String source) {
        Currency fromCurrency;
        Currency toCurrency;
        try {
            fromCurrency = Currencies.parse(from);
            toCurrency = Currencies.parse(to);
        } catch (InvalidValueException e) {
            return texts.get("error.currency");
        }
        var value = typed.price(rate, Currencies.CNY);
        if (!value.isValid() || value.value().signum() <= 0) {
            return texts.get("error.ratePositive");
        }
        if (source == null || source.isBlank()) {
            return texts.get("error.sourceEmpty");
        }
        BigDecimal amount = value.value();
        return session.apply(texts.format("edit.rateAdd", fromCurrency + "/" + toCurrency), project -> {
                    List<ExchangeRate> rates = new ArrayList<>(project.exchangeRates());
                    rates.add(new ExchangeRate(
                            fromCurrency, toCurrency, amount, new Provenance(source, session.today())));
                    return project.withExchangeRates(rates);
                })
                .error();
    }

    /** Removes a rate; costs that needed it show "no rate" until another is added. */
    public void remove(int index) {
        Project project = session.project();
        if (index < 0 || index >= project.exchangeRates().size()) {
            return;
        }
        ExchangeRate rate = project.exchangeRates().get(index);
        session.apply(texts.format("edit.rateRemove", rate.from() + "/" + rate.to()), p -> {
            List<ExchangeRate> rates = new ArrayList<>(p.exchangeRates());
            rates.remove(index);
            return p.withExchangeRates(rates);
        });
    }

    public ObservableList<ExchangeRateRow> rows() {
        return rowsView;
    }
}
