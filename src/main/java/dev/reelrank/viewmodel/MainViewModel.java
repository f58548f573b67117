package dev.reelrank.viewmodel;

import dev.reelrank.model.ChartStyle;
import dev.reelrank.model.Currencies;
import dev.reelrank.model.ExchangeRate;
import dev.reelrank.model.Project;
import dev.reelrank.viewmodel.blindtest.BlindTestSetupViewModel;
import dev.reelrank.viewmodel.blindtest.BlindTestViewModel;
import dev.reelrank.viewmodel.charts.ChartProducts;
import dev.reelrank.viewmodel.charts.CostChartViewModel;
import dev.reelrank.viewmodel.charts.PriceHistoryChartViewModel;
import dev.reelrank.viewmodel.charts.RatingChartViewModel;
import dev.reelrank.viewmodel.charts.TrendChartViewModel;
import dev.reelrank.viewmodel.charts.ValueChartViewModel;
import dev.reelrank.viewmodel.colors.ProductColors;
import dev.reelrank.viewmodel.files.BattleImportViewModel;
import dev.reelrank.viewmodel.files.FilesViewModel;
import dev.reelrank.viewmodel.files.LeftoverWork;
import dev.reelrank.viewmodel.headtohead.HeadToHeadViewModel;
import dev.reelrank.viewmodel.headtohead.HeatmapKind;
import dev.reelrank.viewmodel.kpi.KpiViewModel;
import dev.reelrank.viewmodel.port.BackgroundWork;
import dev.reelrank.viewmodel.port.BattleFiles;
import dev.reelrank.viewmodel.port.BuiltInView;
import dev.reelrank.viewmodel.port.ClipLibraries;
import dev.reelrank.viewmodel.port.ClipProbe;
import dev.reelrank.viewmodel.port.ProjectStore;
import dev.reelrank.viewmodel.port.RecentFiles;
import dev.reelrank.viewmodel.port.RecoveryStore;
import dev.reelrank.viewmodel.port.UserSettings;
import dev.reelrank.viewmodel.products.ProductDetailsViewModel;
import dev.reelrank.viewmodel.products.ProductRowViewModel;
import dev.reelrank.viewmodel.products.ProductsViewModel;
import dev.reelrank.viewmodel.rates.ExchangeRatesViewModel;
import dev.reelrank.viewmodel.ratings.RatingSnapshot;
import dev.reelrank.viewmodel.ratings.RatingsViewModel;
import dev.reelrank.viewmodel.scenario.ScenarioViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.settings.Language;
import dev.reelrank.viewmodel.settings.TableRoom;
import dev.reelrank.viewmodel.settings.Theme;
import dev.reelrank.viewmodel.settings.WindowPlace;
import dev.reelrank.viewmodel.slides.ExportViewModel;
import dev.reelrank.viewmodel.slides.SlideContent;
import dev.reelrank.viewmodel.slides.SlideViewModel;
import dev.reelrank.viewmodel.text.PriceTexts;
import dev.reelrank.viewmodel.text.ProjectNames;
import dev.reelrank.viewmodel.text.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window of one project: its title, the products table, the charts, the display
 * currency, the notes on sources and sample data, and undo/redo. One per window.
 */
public final class MainViewModel implements SlideContent {
    private final Texts texts;
    private final PriceTexts prices;
    private final ProjectSession session;
    private final MadeOnFirstUse<ProductsViewModel> products;
    private final CostChartViewModel costChart;
    private final RatingsViewModel ratings;
    private final RatingChartViewModel ratingChart;
    private final MadeOnFirstUse<TrendChartViewModel> trendChart;
    private final MadeOnFirstUse<PriceHistoryChartViewModel> priceHistoryChart;
    private final MadeOnFirstUse<ValueChartViewModel> valueChart;
    private final FilesViewModel files;
    private final FilesViewModel.StatusLine statusLine;
    private RecoveryStore recovery = RecoveryStore.none();
    private final ReadOnlyStringWrapper recoveryWarning = new ReadOnlyStringWrapper("");
    private final ProductDetailsViewModel details;
    private final MadeOnFirstUse<HeadToHeadViewModel> headToHead;
    private final BattleImportViewModel battleImport;
    private final MadeOnFirstUse<KpiViewModel> kpis;
    private final MadeOnFirstUse<ScenarioViewModel> scenario;
    private final SlideViewModel slides;
    private final ExportViewModel exports;
    private final ExchangeRatesViewModel exchangeRates;
    private final ReadOnlyBooleanWrapper statusIsProblem = new ReadOnlyBooleanWrapper();
    private final StringBinding title;
    private final ReadOnlyStringWrapper projectName = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper currencyNote = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper currencySources = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper sampleNote = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper sampleBadge = new ReadOnlyStringWrapper();
    private final BooleanProperty currentOnly = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper hiddenBadge = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper hiddenNote = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<BuiltInView> builtInView = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper builtInNote = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper costHeader = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<String> displayCurrency = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> currencies = FXCollections.observableArrayList();
    // One wrapper for good: an unmodifiable view listens weakly, so a fresh one per call would drop listeners.
    private final ObservableList<String> currenciesView = FXCollections.unmodifiableObservableList(currencies);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);

    private final ProjectStore store;
    private final RecentFiles recent;
    private final BackgroundWork background;
    private final BlindTestViewModel blindTest;
    private ClipProbe clipProbe;
    private ClipLibraries clipLibraries;
    private final BattleFiles battleFiles;
    private final UserSettings settings;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final DoubleProperty tableShare = new SimpleDoubleProperty(TableRoom.DEFAULT.share());
    private final BooleanProperty tableShown = new SimpleBooleanProperty(true);

    public MainViewModel(
            ProjectSession session,
            Texts texts,
            ProjectStore store,
            RecentFiles recent,
            BackgroundWork background,
            BattleFiles battleFiles,
            UserSettings settings) {
        this(session, texts, store, recent, background, battleFiles, settings, null);
    }

    /** @param givenRatings ratings already computed for the project (a copy that draws slides), or null */
    private MainViewModel(
            ProjectSession session,
            Texts texts,
            ProjectStore store,
            RecentFiles recent,
            BackgroundWork background,
            BattleFiles battleFiles,
            UserSettings settings,
            RatingSnapshot givenRatings) {
        this.session = session;
        this.texts = texts;
        this.prices = new PriceTexts(texts);
        this.store = store;
        this.recent = recent;
        this.background = background;
        this.battleFiles = battleFiles;
        this.settings = settings;
        language.set(Language.of(texts.locale()));
        theme.set(settings.theme());
        theme.addListener((obs, old, chosen) -> settings.theme(chosen));
        settings.tableRoom().ifPresent(room -> {
            tableShare.set(room.share());
            tableShown.set(room.shown());
        });
        tableShown.addListener((obs, was, shown) -> rememberTableRoom());
        statusLine = new FilesViewModel.StatusLine() {
            @Override
            public void info(String message) {
                statusIsProblem.set(false);
                status.set(message);
            }

            @Override
            public void problem(String message) {
                statusIsProblem.set(true);
                status.set(message);
            }
        };
        this.files = new FilesViewModel(session, store, recent, background, texts, statusLine);
        this.battleImport = new BattleImportViewModel(session, battleFiles, background, texts, statusLine);
        this.ratings = new RatingsViewModel(session, texts, background, statusLine, givenRatings);
        this.products = new MadeOnFirstUse<>(() -> new ProductsViewModel(session, ratings, texts));
        this.costChart = new CostChartViewModel(session, texts);
        this.ratingChart = new RatingChartViewModel(session, ratings, texts);
        this.trendChart = new MadeOnFirstUse<>(() -> new TrendChartViewModel(session, ratings, texts));
        this.priceHistoryChart = new MadeOnFirstUse<>(() -> new PriceHistoryChartViewModel(session, texts));
        this.valueChart = new MadeOnFirstUse<>(() -> new ValueChartViewModel(session, ratings, texts));
        this.details = new ProductDetailsViewModel(session, texts);
        this.headToHead = new MadeOnFirstUse<>(() -> new HeadToHeadViewModel(session, texts, theme));
        this.kpis = new MadeOnFirstUse<>(() -> new KpiViewModel(session, ratings, texts));
        this.scenario = new MadeOnFirstUse<>(() -> new ScenarioViewModel(session, texts));
        this.exchangeRates = new ExchangeRatesViewModel(session, texts);
        this.slides = new SlideViewModel(session, texts, this);
        this.exports = new ExportViewModel(this, texts, store, background, statusLine);
        this.blindTest = new BlindTestViewModel(session, texts, this::keepNow, Instant::now);
        // A presenter who reveals names after each vote wants that again when the test is resumed
        // after a restart, without opening the set-up dialog to look for the switch.
        blindTest.revealProperty().set(settings.revealNames());
        blindTest.revealProperty().addListener((obs, was, reveal) -> settings.revealNames(reveal));
        this.title = Bindings.createStringBinding(
                this::titleText, session.fileProperty(), session.dirtyProperty(), session.projectProperty());
        session.projectProperty().addListener((obs, old, project) -> show(project));
        show(session.project());
        currentOnly.addListener(
                (obs, was, only) -> session.showAs(session.project().view().withCurrentOnly(only)));
        session.fileProperty().addListener((obs, old, file) -> showBuiltIn(session.project()));
    }

    /** A window whose files cannot be saved anywhere; for tests of everything else. */
    public MainViewModel(ProjectSession session, Texts texts) {
        this(session, texts, null);
    }

    private MainViewModel(ProjectSession session, Texts texts, RatingSnapshot givenRatings) {
        this(
                session,
                texts,
                noFiles(session),
                RecentFiles.inMemory(),
                BackgroundWork.immediate(),
                (file, progress, cancelled) -> {
                    throw new IOException("this window reads no battle files");
                },
                UserSettings.inMemory(),
                givenRatings);
    }

    private static ProjectStore noFiles(ProjectSession session) {
        return new ProjectStore() {
            @Override
            public Project read(Path file) throws IOException {
                throw new IOException("this window has no file store");
            }

            @Override
            public void write(Project project, Path file) throws IOException {
                throw new IOException("this window has no file store");
            }

            @Override
            public Project blank() {
                return session.project().withProducts(List.of());
            }
        };
    }

    /**
     * The ratings of a project as a window would show them, bootstrap intervals included, computed on
     * the calling thread: for a headless export, off the FX thread, before {@link #drawing}.
     */
    public static RatingSnapshot ratingsOf(Project project, Texts texts) {
        return new RatingsViewModel(
                        new ProjectSession(project, null, texts),
                        texts,
                        BackgroundWork.immediate(),
                        FilesViewModel.StatusLine.IGNORED,
                        null)
                .snapshot();
    }

    /** View models that draw a project with ratings already computed ({@link #ratingsOf}): no bootstrap. */
    public static MainViewModel drawing(Project project, Texts texts, RatingSnapshot ratings) {
        return new MainViewModel(new ProjectSession(project, null, texts), texts, ratings);
    }

    /**
     * View models of the current project as this window shows it (currency, cost basis, rating source,
     * trend metric, value axis), detached from it: an export or a slide drawn from them cannot change
     * the project, and is garbage once drawn. Numbers and dates follow the conventions of images
     * ({@link Texts#forImages}), not the system's region as the window's do. The ratings are the ones
     * this window has computed (with their intervals, or without them while the bootstrap still
     * runs): drawing recomputes none.
     */
    @Override
    public MainViewModel forSlides() {
        return copyIn(texts.forImages());
    }

    private MainViewModel copyIn(Texts shown) {
        MainViewModel copy = new MainViewModel(session.copy(shown), shown, ratings.snapshot());
        copy.theme.set(theme.get());
        copy.headToHead.whenMade(grid -> grid.heatmapProperty().set(HeatmapKind.OBSERVED));
        return copy;
    }

    /**
     * Like {@link #forSlides}, for a projector: light, with every product's colour darkened where
     * needed to stand out against white. Hues stay, so each product is still recognisable. On the
     * user's own screen, its numbers and dates read as the window's.
     */
    @Override
    public MainViewModel forPresentation() {
        MainViewModel copy = copyIn(texts);
        copy.theme.set(Theme.LIGHT);
        Project shown = copy.session.project();
        Map<String, String> colours = ProductColors.assign(shown);
        copy.session.replace(
                shown.withProducts(shown.products().stream()
                        .map(product -> {
                            ChartStyle style = ProductColors.styleOf(product, colours);
                            return product.withChart(
                                    new ChartStyle(ProductColors.forProjector(style.color()), style.shown()));
                        })
                        .toList()),
                null);
        return copy;
    }

    /** The UI language of this window; {@link #inLanguage} makes the window for another. */
    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language;
    }

    /** Whether the language can change now: not while a file is being read or written, or battles imported. */
    public boolean canSwitchLanguage() {
        return !files.busyProperty().get() && !battleImport.runningProperty().get();
    }

    /**
     * This window's view models in another language, on the same project, file, unsaved changes and
     * undo history, with the same scenario inputs and the same product selected; the choice is
     * remembered. This view model is not used afterwards.
     */
    public MainViewModel inLanguage(Language chosen) {
        settings.language(chosen);
        Texts other = new Texts(chosen.locale(texts.locale()));
        MainViewModel next =
                new MainViewModel(session.inLanguage(other), other, store, recent, background, battleFiles, settings);
        next.keepUnsavedWorkIn(recovery);
        next.useClipProbe(clipProbe);
        next.useClipLibraries(clipLibraries);
        next.tableShare.set(tableShare.get());
        next.tableShown.set(tableShown.get());
        scenario.ifMade().ifPresent(typed -> next.scenario().takeInputsFrom(typed));
        next.details.select(details.selectedId());
        return next;
    }

    public MainViewModel(Project project, Path file, Texts texts) {
        this(new ProjectSession(project, file), texts);
    }

    private String titleText() {
        Path file = session.fileProperty().get();
        boolean dirty = session.isDirty();
        if (file == null && !dirty) {
            return texts.get("app.title");
        }
        return texts.format(dirty ? "window.titleDirty" : "window.titleWithFile", files.shownName());
    }

    private void show(Project project) {
        projectName.set(ProjectNames.shown(project, session.fileProperty().get(), texts));
        description.set(project.description() == null ? "" : project.description());
        String currency = project.displayCurrency().getCurrencyCode();
        displayCurrency.set(currency);
        costHeader.set(texts.format("column.cost", currency));
        currencyNote.set(
                project.exchangeRates().isEmpty()
                        ? texts.format("note.noRates", currency)
                        : texts.format(
                                "note.rates",
                                currency,
                                project.exchangeRates().stream()
                                        .map(this::describe)
                                        .collect(Collectors.joining("; "))));
        currencySources.set(project.exchangeRates().stream()
                .map(r -> texts.format(
                        "note.rateSource",
                        r.from().getCurrencyCode(),
                        r.to().getCurrencyCode(),
                        r.rate().toPlainString(),
                        prices.date(r.provenance().asOf()),
                        r.provenance().source()))
                .collect(Collectors.joining("\n")));
        sampleNote.set(project.hasSampleVotes() ? texts.get("note.sampleVotes") : "");
        sampleBadge.set(project.hasSampleVotes() ? texts.get("note.sampleShort") : "");
        currentOnly.set(project.view().currentOnly());
        showBuiltIn(project);
        List<String> hidden = ChartProducts.hiddenAsDiscontinued(project, session.today()).stream()
                .map(texts::productName)
                .toList();
        hiddenBadge.set(hidden.isEmpty() ? "" : texts.format("note.currentOnly", hidden.size()));
        // A tooltip has room for more names than a chart's note, not for hundreds.
        hiddenNote.set(hidden.isEmpty() ? "" : texts.format("note.currentOnlyNames", texts.someNames(hidden, 20)));
        TreeSet<String> codes = new TreeSet<>(List.of("CNY", "USD", "EUR", currency));
        project.exchangeRates().forEach(r -> {
            codes.add(r.from().getCurrencyCode());
            codes.add(r.to().getCurrencyCode());
        });
        if (!currencies.equals(List.copyOf(codes))) {
            currencies.setAll(codes);
        }
    }

    private String describe(ExchangeRate rate) {
        return texts.format(
                "note.rate",
                rate.from().getCurrencyCode(),
                rate.to().getCurrencyCode(),
                rate.rate().toPlainString(),
                // As every other date on the screen: "Sep 29, 2026", not "2026-09-29".
                prices.date(rate.provenance().asOf()));
    }

    /** Converts every cost to another currency with the project's rates; an edit that can be undone. */
    public void setDisplayCurrency(String code) {
        Currency currency = Currencies.parse(code);
        if (!currency.equals(session.project().displayCurrency())) {
            var rates = session.project().rates();
            boolean reachable = session.project().products().stream()
                    .filter(p -> p.compared().hasFigure())
                    .allMatch(p -> rates.factor(p.compared().price().currency(), currency)
                            .isPresent());
            session.apply(
                    texts.format("edit.currency.display", currency.getCurrencyCode()),
                    p -> p.withDisplayCurrency(currency));
            settings.displayCurrency(currency);
            statusIsProblem.set(!reachable);
            status.set(reachable ? "" : texts.format("status.missingRate", currency.getCurrencyCode()));
        }
    }

    /** Where the window last closed, to open it there again. */
    public Optional<WindowPlace> rememberedPlace() {
        return settings.windowPlace();
    }

    public void rememberPlace(WindowPlace place) {
        settings.windowPlace(place);
        rememberTableRoom();
    }

    /** The table's share of the window's height, 0.15 to 0.85; the divider the user drags. */
    public DoubleProperty tableShareProperty() {
        return tableShare;
    }

    private void showBuiltIn(Project project) {
        BuiltInView view =
                BuiltInView.shownIn(project, session.fileProperty().get()).orElse(null);
        builtInView.set(view);
        builtInNote.set(
                view == null
                        ? ""
                        : texts.format(
                                "builtin.note",
                                texts.get("builtin." + view.name() + ".title"),
                                texts.get("builtin." + view.name() + ".when")));
    }

    /** The built-in view the window shows, or null when it shows the user's own project. */
    public ReadOnlyObjectProperty<BuiltInView> builtInViewProperty() {
        return builtInView.getReadOnlyProperty();
    }

    /** "Built-in view: Today's market (late 2026), figures as found on Nov 29, 2026." while one is shown. */
    public ReadOnlyStringProperty builtInNoteProperty() {
        return builtInNote.getReadOnlyProperty();
    }

    /**
     * Whether the charts leave out products discontinued by today; saved with the project as part
     * of how its charts are shown, not an edit.
     */
    public BooleanProperty currentOnlyProperty() {
        return currentOnly;
    }

    /** "Current products only · 2 hidden" while the switch hides any; the names are in {@link #hiddenNoteProperty()}. */
    public ReadOnlyStringProperty hiddenBadgeProperty() {
        return hiddenBadge.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hiddenNoteProperty() {
        return hiddenNote.getReadOnlyProperty();
    }

    /** Whether the products table is shown; put away, the charts have the whole window. */
    public BooleanProperty tableShownProperty() {
        return tableShown;
    }

    private void rememberTableRoom() {
        TableRoom room = new TableRoom(tableShare.get(), tableShown.get());
        if (!settings.tableRoom().equals(Optional.of(room))) {
            settings.tableRoom(room);
        }
    }

    public void undo() {
        session.undo();
    }

    public void redo() {
        session.redo();
    }

    @Override
    public ProjectSession session() {
        return session;
    }

    @Override
    public Texts texts() {
        return texts;
    }

    public ExportViewModel exports() {
        return exports;
    }

    @Override
    public SlideViewModel slides() {
        return slides;
    }

    public ScenarioViewModel scenario() {
        return scenario.get();
    }

    @Override
    public KpiViewModel kpis() {
        return kpis.get();
    }

    public BattleImportViewModel battleImport() {
        return battleImport;
    }

    @Override
    public HeadToHeadViewModel headToHead() {
        return headToHead.get();
    }

    public ProductDetailsViewModel details() {
        return details;
    }

    public ExchangeRatesViewModel exchangeRates() {
        return exchangeRates;
    }

    /** Light or dark; the composition root keeps the choice across runs. */
    @Override
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /**
     * From now on keeps a copy of this window's unsaved work in {@code store}, and drops it once the
     * work is saved or undone back to the saved state (the desktop app does; tests need not).
     */
    public void keepUnsavedWorkIn(RecoveryStore store) {
        recovery = store;
        // The bar alone says it: the same sentence in the status line pushed the rates aside at 1280 px.
        store.watchKeeping(
                folder -> background.onUi(() -> recoveryWarning.set(texts.format("recovery.cannotKeep", folder))),
                () -> background.onUi(() -> recoveryWarning.set("")));
        ChangeListener<Object> follow = (obs, old, now) -> keepOrDiscard();
        session.projectProperty().addListener(follow);
        session.fileProperty().addListener(follow);
        session.dirtyProperty().addListener(follow);
        keepOrDiscard();
    }

    /**
     * Writes the recovery copy now, then runs {@code then} on the FX thread: a blind test shows its
     * next pair only once the vote before it is on disk.
     */
    private void keepNow(Runnable then) {
        recovery.keepNow(session.project(), session.fileProperty().get(), () -> background.onUi(then));
    }

    /** Checks clips with the media player the window plays them with; the composition root sets it. */
    public void useClipProbe(ClipProbe probe) {
        clipProbe = probe;
    }

    /** Reads clip folders and manifests; the composition root sets it. */
    public void useClipLibraries(ClipLibraries libraries) {
        clipLibraries = libraries;
    }

    /** A new setup for a blind test on the project's clip library, or resuming one. */
    public BlindTestSetupViewModel blindTestSetup() {
        if (clipProbe == null || clipLibraries == null) {
            throw new IllegalStateException("no clip probe or library reader: the composition root sets them");
        }
        return new BlindTestSetupViewModel(
                session,
                texts,
                background,
                clipProbe,
                clipLibraries,
                blindTest,
                Instant::now,
                new java.security.SecureRandom()::nextLong);
    }

    /** The blind test the room is running, if any. */
    public BlindTestViewModel blindTest() {
        return blindTest;
    }

    private void keepOrDiscard() {
        if (session.isDirty()) {
            recovery.keep(session.project(), session.fileProperty().get());
        } else {
            recovery.discard();
        }
    }

    /**
     * Non-empty while this window's unsaved work cannot be copied to the recovery folder, so a crash
     * would lose it: said once, in a bar the user can close (the log alone told nobody).
     */
    public ReadOnlyStringProperty recoveryWarningProperty() {
        return recoveryWarning.getReadOnlyProperty();
    }

    /** The user has read the warning. */
    public void dismissRecoveryWarning() {
        recoveryWarning.set("");
    }

    /** Work that windows closed without saving left behind, to offer when the app starts. */
    public LeftoverWork leftoverWork() {
        return new LeftoverWork(session, recovery, background, texts, statusLine);
    }

    public FilesViewModel files() {
        return files;
    }

    /** Shows a problem in the status line (e.g. a cell's validation message). */
    public void reportProblem(String message) {
        statusIsProblem.set(message != null && !message.isEmpty());
        status.set(message == null ? "" : message);
    }

    public ReadOnlyBooleanProperty statusIsProblemProperty() {
        return statusIsProblem.getReadOnlyProperty();
    }

    public ProductsViewModel products() {
        return products.get();
    }

    @Override
    public CostChartViewModel costChart() {
        return costChart;
    }

    @Override
    public RatingChartViewModel ratingChart() {
        return ratingChart;
    }

    @Override
    public RatingsViewModel ratings() {
        return ratings;
    }

    @Override
    public TrendChartViewModel trendChart() {
        return trendChart.get();
    }

    @Override
    public PriceHistoryChartViewModel priceHistoryChart() {
        return priceHistoryChart.get();
    }

    @Override
    public ValueChartViewModel valueChart() {
        return valueChart.get();
    }

    public ObservableList<ProductRowViewModel> rows() {
        return products.get().rows();
    }

    public StringBinding titleProperty() {
        return title;
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

    /** Each exchange rate with its date and source, one per line. */
    public ReadOnlyStringProperty currencySourcesProperty() {
        return currencySources.getReadOnlyProperty();
    }

    /** "Vote counts are sample data." when any shown vote count is; the full note is {@link #sampleNoteProperty()}. */
    public ReadOnlyStringProperty sampleBadgeProperty() {
        return sampleBadge.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sampleNoteProperty() {
        return sampleNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty costHeaderProperty() {
        return costHeader.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> displayCurrencyProperty() {
        return displayCurrency.getReadOnlyProperty();
    }

    public ObservableList<String> currencies() {
        return currenciesView;
    }

    /** The last thing the window should tell the user: a problem with typed text, a missing rate. */
    public StringProperty statusProperty() {
        return status;
    }
}
