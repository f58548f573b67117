package dev.reelrank.viewmodel;

import dev.reelrank.model.CostCalculator;
import dev.reelrank.model.ExchangeRate;
import dev.reelrank.model.Project;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The main window: its title, the project's products as table rows, and the notes under them. */
public final class MainViewModel {
    private final Texts texts;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper projectName = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper currencyNote = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper sampleNote = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper costHeader = new ReadOnlyStringWrapper();
    private final ObservableList<ProductRow> rows = FXCollections.observableArrayList();

    /**
     * @param fileName the file the project came from, or null for the embedded default dataset
     */
    public MainViewModel(Project project, String fileName, Texts texts) {
        this.texts = texts;
        title.set(fileName == null ? texts.get("app.title") : texts.format("window.titleWithFile", fileName));
        projectName.set(project.name());
        description.set(project.description() == null ? "" : project.description());
        String currency = project.displayCurrency().getCurrencyCode();
        costHeader.set(texts.format("column.cost", currency));
        currencyNote.set(project.exchangeRates().isEmpty()
                ? texts.format("note.noRates", currency)
                : texts.format("note.rates", currency, project.exchangeRates().stream()
                        .map(this::describe).collect(Collectors.joining("; "))));
        sampleNote.set(project.hasSampleVotes() ? texts.get("note.sampleVotes") : "");
        CostCalculator costs = CostCalculator.of(project);
        project.products().forEach(p -> rows.add(new ProductRow(p, costs, texts)));
    }

    private String describe(ExchangeRate rate) {
        return texts.format("note.rate", rate.from().getCurrencyCode(), rate.to().getCurrencyCode(),
                rate.rate().toPlainString(), rate.provenance().asOf(), rate.provenance().source());
    }

    public Texts texts() {
        return texts;
    }

    public ObservableList<ProductRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty projectNameProperty() {
        return projectName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currencyNoteProperty() {
        return currencyNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sampleNoteProperty() {
        return sampleNote.getReadOnlyProperty();
    }

    /** Names the display currency, e.g. "Cost of generated video, CNY". */
    public ReadOnlyStringProperty costHeaderProperty() {
        return costHeader.getReadOnlyProperty();
    }
}
