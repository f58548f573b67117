package dev.reelrank.viewmodel.headtohead;

import dev.reelrank.model.Battle;
import dev.reelrank.model.BlindTest;
import dev.reelrank.model.BlindTestPrompt;
import dev.reelrank.model.HeadToHead;
import dev.reelrank.model.PairTally;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.Provenance;
import dev.reelrank.model.VoteScope;
import dev.reelrank.model.ratings.BradleyTerry;
import dev.reelrank.model.ratings.ProductRating;
import dev.reelrank.model.ratings.RatingsResult;
import dev.reelrank.viewmodel.charts.ChartProducts;
import dev.reelrank.viewmodel.colors.ProductColors;
import dev.reelrank.viewmodel.ratings.RatingsViewModel;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.session.WhileShown;
import dev.reelrank.viewmodel.settings.Theme;
import dev.reelrank.viewmodel.text.BlindTestNames;
import dev.reelrank.viewmodel.text.EditableField;
import dev.reelrank.viewmodel.text.Numbers;
import dev.reelrank.viewmodel.text.Texts;
import dev.reelrank.viewmodel.text.TypedNumbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The head-to-head grid and its heatmaps. Rows and columns are the products shown in the charts;
 * each cell is how often the row's product beat the column's (or, in the ties mode, their ties),
 * checked as it is typed like the products table. Every change is an undoable edit.
 */
public final class HeadToHeadViewModel {
    /** A grid wider than this cannot be read or edited; untick products in the table to choose others. */
    public static final int MAX_PRODUCTS = 30;
    /** Prompts of one blind test offered one by one in the chooser; a longer list is not a menu. */
    static final int MAX_PROMPT_CHOICES = 50;

    private static final int PROMPT_LABEL_CHARACTERS = 40;

    private final ProjectSession session;
    private final Texts texts;
    private final TypedNumbers typed;
    private final Numbers numbers;
    private final ObjectProperty<HeadToHeadMode> mode = new SimpleObjectProperty<>(HeadToHeadMode.WINS);
    private final ObjectProperty<HeatmapKind> heatmap = new SimpleObjectProperty<>(HeatmapKind.OBSERVED);
    private final ObservableList<HeadToHeadRowViewModel> rows = FXCollections.observableArrayList();
    private final ObservableList<HeadToHeadRowViewModel> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<HeatCell> cells = FXCollections.observableArrayList();
    private final ObservableList<HeatCell> cellsView = FXCollections.unmodifiableObservableList(cells);
    private final ReadOnlyStringWrapper heatmapNote = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<HeatLegend> legend = new ReadOnlyObjectWrapper<>(HeatLegend.none());
    private final ObservableValue<Theme> theme;
    private final Map<String, HeadToHeadRowViewModel> byId = new HashMap<>();
    private final ObservableList<VoteChoice> voteChoices = FXCollections.observableArrayList();
    private final ObservableList<VoteChoice> voteChoicesView = FXCollections.unmodifiableObservableList(voteChoices);
    private final ReadOnlyObjectWrapper<VoteChoice> voteChoice = new ReadOnlyObjectWrapper<>();

    public HeadToHeadViewModel(ProjectSession session, Texts texts, ObservableValue<Theme> theme) {
        this.session = session;
        this.texts = texts;
        this.theme = theme;
        this.typed = new TypedNumbers(texts);
        this.numbers = new Numbers(texts.locale());
        session.projectProperty().addListener((obs, old, project) -> {
            shown.redrawIfShown();
            refreshVoteChoices();
        });
        mode.addListener((obs, old, value) -> shown.redrawIfShown());
        heatmap.addListener((obs, old, value) -> shown.redrawIfShown());
        // Cells are painted opaque over the theme's surface, so their colours and inks follow the theme.
        theme.addListener((obs, old, value) -> shown.redrawIfShown());
        refresh();
        refreshVoteChoices();
    }

    /**
     * Shows the typed and imported tallies, or a blind test's votes, in the grid, the heatmaps and
     * the ratings; the choice is saved with the project's view, like the rating source.
     */
    public void showVotes(VoteScope scope) {
        session.showAs(session.project().view().withVotes(scope));
    }

    /** The tallies, then each blind test (all its prompts, then one prompt at a time); empty without blind tests. */
    public ObservableList<VoteChoice> voteChoices() {
        return voteChoicesView;
    }

    /** The entry of {@link #voteChoices()} shown now. */
    public ReadOnlyObjectProperty<VoteChoice> voteChoiceProperty() {
        return voteChoice.getReadOnlyProperty();
    }

    private void refreshVoteChoices() {
        Project project = session.project();
        List<VoteChoice> choices = new ArrayList<>();
        if (!project.blindTests().isEmpty()) {
            choices.add(new VoteChoice(VoteScope.TALLIES, texts.get("h2h.votesTallies")));
            for (BlindTest test : project.blindTests()) {
                String name = texts.format(
                        "h2h.votesTest", BlindTestNames.of(test, project, texts), votes(votesIn(project, test, null)));
                choices.add(new VoteChoice(VoteScope.blindTest(test.id()), name));
                if (test.prompts().size() > 1) {
                    for (BlindTestPrompt prompt : test.prompts()
                            .subList(
                                    0,
                                    Math.min(MAX_PROMPT_CHOICES, test.prompts().size()))) {
                        choices.add(new VoteChoice(
                                new VoteScope(test.id(), prompt.id()),
                                texts.format(
                                        "h2h.votesPrompt",
                                        BlindTestNames.of(test, project, texts),
                                        shortened(prompt.text()),
                                        votes(votesIn(project, test, prompt.id())))));
                    }
                }
            }
        }
        if (!choices.equals(voteChoices)) {
            voteChoices.setAll(choices);
        }
        VoteScope now = project.votedTest()
                .map(test -> test.hasPrompt(project.view().votes().prompt())
                        ? project.view().votes()
                        : VoteScope.blindTest(test.id()))
                .orElse(VoteScope.TALLIES);
        voteChoice.set(
                choices.stream().filter(c -> c.scope().equals(now)).findFirst().orElse(null));
    }

    /** A prompt as long as a paragraph would make the chooser as wide as the window. */
    private static String shortened(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.codePointCount(0, line.length()) <= PROMPT_LABEL_CHARACTERS
                ? line
                : line.substring(0, line.offsetByCodePoints(0, PROMPT_LABEL_CHARACTERS - 1)) + "\u2026";
    }

    private static long votesIn(Project project, BlindTest test, String prompt) {
        return project.battles().stream()
                .filter(b -> b.blindTest().equals(test.id()) && (prompt == null || prompt.equals(b.prompt())))
                .mapToLong(Battle::voters)
                .sum();
    }

    private final WhileShown shown = new WhileShown(this::refresh);

    /** Whether the head-to-head view is on screen. */
    public BooleanProperty activeProperty() {
        return shown.property();
    }

    /** The products in the grid, in project order ({@link ChartProducts#drawnForVotes}), at most {@link #MAX_PRODUCTS}. */
    public List<Product> products() {
        Project project = session.project();
        return project.products().stream()
                .filter(ChartProducts.drawnForVotes(project, session.today()))
                .limit(MAX_PRODUCTS)
                .toList();
    }

    private void refresh() {
        Project project = session.project();
        Map<String, PairTally> tallies = tallies(project);
        List<Product> shown = products();
        Map<String, String> colours = ProductColors.assign(project);
        List<HeadToHeadRowViewModel> ordered = new ArrayList<>();
        for (Product product : shown) {
            HeadToHeadRowViewModel row = byId.computeIfAbsent(
                    product.id(), id -> new HeadToHeadRowViewModel(id, column -> cell(id, column)));
            row.show(texts.productName(product), colours.get(product.id()));
            row.cells().forEach((column, field) -> field.show(text(tallies, row.id(), column)));
            ordered.add(row);
        }
        byId.keySet().retainAll(shown.stream().map(Product::id).toList());
        if (!ordered.equals(rows)) {
            rows.setAll(ordered);
        }
        cells.setAll(heatCells(project, shown, tallies));
    }

    /**
     * Every pair's tally both ways round, looked up by "first\0second": {@link Project#pair} walks all
     * pairs, and the grid and the heatmap ask for every cell twice (after importing 50 models' 1,225
     * pairs, 900 cells walked them on the FX thread whenever slides or an export built their view models).
     */
    private static Map<String, PairTally> tallies(Project project) {
        Map<String, PairTally> byPair = new HashMap<>();
        for (HeadToHead pair : project.pairVotes()) {
            byPair.putIfAbsent(pair.a() + '\0' + pair.b(), pair.tally());
            byPair.putIfAbsent(pair.b() + '\0' + pair.a(), pair.tally().swapped());
        }
        return byPair;
    }

    private static PairTally tally(Map<String, PairTally> tallies, String first, String second) {
        return tallies.getOrDefault(first + '\0' + second, PairTally.NONE);
    }

    private String text(Map<String, PairTally> tallies, String row, String column) {
        if (row.equals(column)) {
            return "\u2014";
        }
        PairTally tally = tally(tallies, row, column);
        return numbers.count(mode.get() == HeadToHeadMode.WINS ? tally.firstWins() : tally.ties());
    }

    private EditableField cell(String row, String column) {
        if (row.equals(column)) {
            EditableField diagonal = EditableField.readOnly(texts.get("h2h.diagonal"));
            diagonal.show("\u2014");
            return diagonal;
        }
        EditableField field = new EditableField(
                draft -> readOnlyVotes().orElseGet(() -> typed.count(draft).error()), draft -> {
                    Optional<String> refused = readOnlyVotes();
                    if (refused.isPresent()) {
                        return refused.get();
                    }
                    long value = typed.count(draft).value();
                    Project project = session.project();
                    PairTally tally = project.pair(row, column);
                    boolean wins = mode.get() == HeadToHeadMode.WINS;
                    String rowName = project.product(row).map(Product::name).orElse(row);
                    String columnName =
                            project.product(column).map(Product::name).orElse(column);
                    return session.apply(
                                    texts.format(wins ? "edit.h2hWins" : "edit.h2hTies", rowName, columnName),
                                    p -> p.withPair(
                                            row,
                                            column,
                                            wins ? value : tally.firstWins(),
                                            tally.secondWins(),
                                            wins ? tally.ties() : value,
                                            new Provenance(texts.get("source.typed"), session.today())))
                            .error();
                });
        field.show(text(tallies(session.project()), row, column));
        return field;
    }

    /** Why a cell cannot be typed in: it shows a blind test's votes, which only the room changes. */
    private Optional<String> readOnlyVotes() {
        return session.project().votedTest().map(test -> texts.format("h2h.blindTestVotes", test.id()));
    }

    private List<HeatCell> heatCells(Project project, List<Product> shown, Map<String, PairTally> tallies) {
        HeatmapKind kind = heatmap.get();
        HeatScale scale = new HeatScale(theme.getValue() == null ? Theme.LIGHT : theme.getValue());
        Map<String, Double> fitted = kind == HeatmapKind.PREDICTED ? fittedRatings(project) : Map.of();
        Map<String, Integer> fittedGroup = kind == HeatmapKind.PREDICTED ? fittedGroups(project) : Map.of();
        long most = 1;
        for (int r = 0; r < shown.size(); r++) {
            for (int c = 0; c < shown.size(); c++) {
                if (r != c) {
                    most = Math.max(
                            most,
                            tally(tallies, shown.get(r).id(), shown.get(c).id()).total());
                }
            }
        }
        String empty = scale.empty();
        List<HeatCell> result = new ArrayList<>();
        for (int r = 0; r < shown.size(); r++) {
            for (int c = 0; c < shown.size(); c++) {
                Product row = shown.get(r);
                Product column = shown.get(c);
                if (r == c) {
                    result.add(new HeatCell(r, c, null, "", "", "", empty, HeatScale.ink(empty)));
                    continue;
                }
                PairTally t = tally(tallies, row.id(), column.id());
                long battles = t.total();
                String votes = votes(battles);
                String versus = texts.format("h2h.versus", texts.productName(row), texts.productName(column));
                String noVotes = versus + ": " + texts.get("h2h.noVotes");
                double share = battles == 0 ? 0.5 : (t.firstWins() + t.ties() / 2.0) / battles;
                switch (kind) {
                    case OBSERVED -> {
                        if (battles == 0) {
                            result.add(new HeatCell(r, c, null, "", "", noVotes, empty, HeatScale.ink(empty)));
                        } else {
                            String fill = scale.diverging(2 * share - 1);
                            result.add(new HeatCell(
                                    r,
                                    c,
                                    2 * share - 1,
                                    numbers.percentWhole(share),
                                    votes,
                                    texts.format(
                                            "h2h.observedTip",
                                            versus,
                                            numbers.percent(share),
                                            votes,
                                            numbers.count(t.firstWins()),
                                            numbers.count(t.secondWins()),
                                            numbers.count(t.ties())),
                                    fill,
                                    HeatScale.ink(fill)));
                        }
                    }
                    case PREDICTED -> {
                        Double a = fitted.get(row.id());
                        Double b = fitted.get(column.id());
                        if (a == null || b == null || !fittedGroup.get(row.id()).equals(fittedGroup.get(column.id()))) {
                            result.add(new HeatCell(
                                    r,
                                    c,
                                    null,
                                    "",
                                    "",
                                    versus + ": " + texts.get("h2h.noPrediction")
                                            + (battles == 0
                                                    ? ""
                                                    : " "
                                                            + texts.format(
                                                                    "h2h.pairVotes", votes, numbers.percent(share))),
                                    empty,
                                    HeatScale.ink(empty)));
                        } else {
                            double p = 1 / (1 + Math.pow(10, (b - a) / 400));
                            String fill = scale.diverging(2 * p - 1);
                            String tip = battles == 0
                                    ? texts.format("h2h.predictedTipUnseen", versus, numbers.percent(p))
                                    : texts.format(
                                            "h2h.predictedTip",
                                            versus,
                                            numbers.percent(p),
                                            votes,
                                            numbers.percent(share));
                            result.add(new HeatCell(
                                    r, c, 2 * p - 1, numbers.percentWhole(p), votes, tip, fill, HeatScale.ink(fill)));
                        }
                    }
                    case BATTLES -> {
                        if (battles == 0) {
                            result.add(new HeatCell(r, c, null, "", "", noVotes, empty, HeatScale.ink(empty)));
                        } else {
                            double shade = (double) battles / most;
                            String fill = scale.sequential(shade);
                            result.add(new HeatCell(
                                    r,
                                    c,
                                    shade,
                                    numbers.count(battles),
                                    "",
                                    texts.format("h2h.battlesTip", versus, votes, numbers.percent(share)),
                                    fill,
                                    HeatScale.ink(fill)));
                        }
                    }
                }
            }
        }
        legend.set(legend(kind, scale, most));
        long shownTotal = project.products().stream()
                .filter(ChartProducts.drawnForVotes(project, session.today()))
                .count();
        // An empty grid of zeros says nothing by itself: say that no battles are recorded, and how to add
        // some; or, when the project's votes are all in blind tests, where to find them.
        String none = !project.pairVotes().isEmpty()
                ? ""
                : project.blindTests().isEmpty() || project.votedTest().isPresent()
                        ? texts.format("h2h.none", texts.get("menu.file"), texts.get("menu.importBattles")) + " "
                        : texts.format("h2h.noneTyped", texts.get("h2h.votes")) + " ";
        heatmapNote.set(none
                + (shownTotal > MAX_PRODUCTS ? texts.format("h2h.capped", MAX_PRODUCTS, shownTotal) + " " : "")
                + texts.get(
                        switch (kind) {
                            case OBSERVED -> "h2h.noteObserved";
                            case PREDICTED -> "h2h.notePredicted";
                            case BATTLES -> "h2h.noteBattles";
                        }));
        return result;
    }

    /** "1 vote", "85 votes". */
    private String votes(long count) {
        return count == 1 ? texts.get("h2h.cellVote") : texts.format("h2h.cellVotes", numbers.count(count));
    }

    /** The key to the colours of {@code kind}, sampled from the same scale the cells are painted with. */
    private HeatLegend legend(HeatmapKind kind, HeatScale scale, long most) {
        int steps = 20;
        List<HeatLegend.Stop> stops = new ArrayList<>();
        for (int i = 0; i <= steps; i++) {
            double offset = (double) i / steps;
            stops.add(new HeatLegend.Stop(
                    offset, kind == HeatmapKind.BATTLES ? scale.sequential(offset) : scale.diverging(2 * offset - 1)));
        }
        if (kind == HeatmapKind.BATTLES) {
            return new HeatLegend(
                    texts.get("h2h.legendBattles"),
                    stops,
                    numbers.count(0),
                    votes(most),
                    "",
                    "",
                    scale.empty(),
                    texts.get("h2h.legendEmpty"));
        }
        return new HeatLegend(
                texts.get(kind == HeatmapKind.OBSERVED ? "h2h.legendObserved" : "h2h.legendPredicted"),
                stops,
                numbers.percentWhole(0),
                numbers.percentWhole(1),
                texts.get("h2h.legendRowLoses"),
                texts.get("h2h.legendRowWins"),
                scale.empty(),
                texts.get(kind == HeatmapKind.OBSERVED ? "h2h.legendEmpty" : "h2h.legendNoPrediction"));
    }

    private Map<String, Double> fittedRatings(Project project) {
        RatingsResult fit = BradleyTerry.fit(RatingsViewModel.cells(project));
        Map<String, Double> ratings = new HashMap<>();
        for (ProductRating r : fit.ratings()) {
            if (r.rated()) {
                ratings.put(project.products().get(r.product()).id(), r.rating());
            }
        }
        return ratings;
    }

    private Map<String, Integer> fittedGroups(Project project) {
        RatingsResult fit = BradleyTerry.fit(RatingsViewModel.cells(project));
        Map<String, Integer> groups = new HashMap<>();
        for (ProductRating r : fit.ratings()) {
            groups.put(project.products().get(r.product()).id(), r.group());
        }
        return groups;
    }

    public ObservableList<HeadToHeadRowViewModel> rows() {
        return rowsView;
    }

    public HeadToHeadRowViewModel row(String id) {
        return byId.get(id);
    }

    public ObservableList<HeatCell> heatCells() {
        return cellsView;
    }

    public ObjectProperty<HeadToHeadMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<HeatmapKind> heatmapProperty() {
        return heatmap;
    }

    /** The key to the heatmap's colours, for the kind shown. */
    public ReadOnlyObjectProperty<HeatLegend> legendProperty() {
        return legend.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty heatmapNoteProperty() {
        return heatmapNote.getReadOnlyProperty();
    }
}
