package dev.reelrank.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.reelrank.io.BattleImportException;
import dev.reelrank.io.BattleImporter;
import dev.reelrank.io.CsvOut;
import dev.reelrank.io.ProjectFileException;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.HeadToHead;
import dev.reelrank.model.Leaderboard;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.RatingChoice;
import dev.reelrank.model.ratings.BradleyTerry;
import dev.reelrank.model.ratings.PairCells;
import dev.reelrank.model.ratings.ProductRating;
import dev.reelrank.model.ratings.RatingsResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Bradley–Terry ratings with bootstrap intervals from a project's head-to-head votes or a battle
 * CSV, or the scores one leaderboard published for a project's products.
 */
@Command(
        name = "ratings",
        mixinStandardHelpOptions = true,
        versionProvider = ReelRankCommand.VersionLine.class,
        description = "Rate products from head-to-head votes (a project file, or --battles CSV), "
                + "or print a board's published ratings (--source published).")
final class RatingsCommand implements Callable<Integer> {
    enum Format {
        TABLE,
        CSV,
        JSON
    }

    enum Source {
        HEAD_TO_HEAD,
        PUBLISHED
    }

    @Option(
            names = "--source",
            paramLabel = "SOURCE",
            defaultValue = "head-to-head",
            converter = SourceWord.class,
            description = "head-to-head (default) or published: a board's published scores, from a project file.")
    private Source source;

    @Option(
            names = "--board",
            paramLabel = "BOARD",
            description = "With --source published: artificial-analysis-text-to-video, "
                    + "artificial-analysis-image-to-video, lmarena-text-to-video or lmarena-image-to-video "
                    + "(default: the board that rates the most products).")
    private String board;

    static final class SourceWord implements picocli.CommandLine.ITypeConverter<Source> {
        @Override
        public Source convert(String word) {
            return switch (word) {
                case "head-to-head" -> Source.HEAD_TO_HEAD;
                case "published" -> Source.PUBLISHED;
                default ->
                    throw new picocli.CommandLine.TypeConversionException(
                            "expected head-to-head or published, got \"" + word + "\"");
            };
        }
    }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PROJECT", description = "A .reelrank.json file with head-to-head votes.")
    private Path project;

    @Option(
            names = "--battles",
            paramLabel = "CSV",
            description = "Battles (model_a,model_b,winner) or tallies (a,b,a_wins,b_wins,ties) instead of a project.")
    private Path battles;

    @Option(
            names = "--bootstrap",
            paramLabel = "N",
            defaultValue = "1000",
            description = "Bootstrap rounds for the 95 %% intervals (default ${DEFAULT-VALUE}; 0 for none).")
    private int rounds;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "" + BradleyTerry.DEFAULT_SEED,
            description = "Seed of the bootstrap; the same seed gives the same intervals (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table, csv or json (default ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--strict", description = "Fail on the first malformed CSV row instead of skipping it.")
    private boolean strict;

    /** @param whyNoVotes said after "no head-to-head votes to rate" when there are none, or "" */
    private record Input(List<String> names, PairCells cells, List<String> notes, String whyNoVotes) {}

    @Override
    public Integer call() throws IOException, ProjectFileException, BattleImportException {
        if ((project == null) == (battles == null)) {
            throw new UserInputException("give either a project file or --battles CSV");
        }
        if (source == Source.PUBLISHED) {
            return published();
        }
        if (board != null) {
            throw new UserInputException("--board goes with --source published");
        }
        if (rounds < 0 || rounds > 100_000) {
            throw new UserInputException("--bootstrap must be from 0 to 100000 (got " + rounds + ")");
        }
        Input input = project != null ? fromProject() : fromBattles();
        if (input.cells().pairs() == 0) {
            throw new UserInputException(
                    (project != null ? project : battles) + ": no head-to-head votes to rate" + input.whyNoVotes());
        }
        RatingsResult result = BradleyTerry.rate(
                input.cells(),
                new BradleyTerry.Options(rounds, seed, Runtime.getRuntime().availableProcessors()));
        PrintWriter err = spec.commandLine().getErr();
        input.notes().forEach(err::println);
        if (result.disconnected()) {
            err.println("warning: the votes fall into " + result.groups() + " groups that never met; ratings are "
                    + "centred on 1000 within each group and cannot be compared across groups");
        }
        if (result.bootstrapRounds() < rounds) {
            err.println(
                    result.groups() > BradleyTerry.MAX_GROUPS_WITH_INTERVALS
                            ? String.format(
                                    Locale.ROOT,
                                    "warning: no intervals: ReelRank bootstraps at most %d separate "
                                            + "groups (these are %d), since ratings cannot be compared across groups; the ratings "
                                            + "shown are the points alone",
                                    BradleyTerry.MAX_GROUPS_WITH_INTERVALS,
                                    result.groups())
                            : result.bootstrapRounds() == 0
                                    ? String.format(
                                            Locale.ROOT,
                                            "warning: no intervals: %d bootstrap rounds over %d pairs would "
                                                    + "take too long (at most %,d rounds × pairs); the ratings shown are the points alone",
                                            rounds,
                                            input.cells().pairs(),
                                            BradleyTerry.MAX_PAIR_ROUNDS)
                                    : String.format(
                                            Locale.ROOT,
                                            "warning: intervals from %d bootstrap rounds instead of %d: %d pairs "
                                                    + "× %d rounds would take too long (at most %,d)",
                                            result.bootstrapRounds(),
                                            rounds,
                                            input.cells().pairs(),
                                            rounds,
                                            BradleyTerry.MAX_PAIR_ROUNDS));
        }
        if (result.anyHeldFinite()) {
            err.println("warning: in some group a product never won or never lost; that group's ratings are held "
                    + "finite by one virtual tie per product (see the README)");
        }
        if (result.bootstrapRounds() > 0 && result.ratings().stream().anyMatch(r -> r.rated() && !r.hasInterval())) {
            err.println(
                    "warning: some ratings have no interval: their votes never disagreed (one vote, or every vote "
                            + "of each pair the same way), so every bootstrap resample gives the same rating; they share rank 1");
        }
        List<ProductRating> rows = result.ratings().stream()
                .filter(ProductRating::rated)
                .sorted(Comparator.comparingInt(ProductRating::group)
                        .thenComparingInt(ProductRating::rank)
                        .thenComparing(Comparator.comparingDouble(ProductRating::rating)
                                .reversed()))
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case TABLE -> table(out, rows, input.names(), result);
            case CSV -> csv(out, rows, input.names(), result);
            case JSON -> json(out, rows, input.names(), result);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private int published() throws IOException, ProjectFileException {
        if (project == null) {
            throw new UserInputException("--source published reads a project file, not --battles");
        }
        Leaderboard chosen = board == null
                ? null
                : Leaderboard.ofId(board)
                        .orElseThrow(() -> new UserInputException("unknown board \"" + board + "\"; expected one of "
                                + String.join(
                                        ", ",
                                        Arrays.stream(Leaderboard.values())
                                                .map(Leaderboard::id)
                                                .toList())));
        Project loaded = ProjectFiles.read(project);
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        List<Leaderboard> rated = RatingChoice.boardsWithRatings(loaded, today);
        if (rated.isEmpty()) {
            throw new UserInputException(project + ": no published ratings");
        }
        if (chosen == null) {
            chosen = rated.getFirst();
        } else if (!rated.contains(chosen)) {
            throw new UserInputException(project + ": no published ratings on " + chosen.id()
                    + "; boards with ratings: "
                    + String.join(", ", rated.stream().map(Leaderboard::id).toList()));
        }
        PublishedRatingsTable table = PublishedRatingsTable.of(loaded, chosen, today);
        PrintWriter err = spec.commandLine().getErr();
        if (!table.missing().isEmpty()) {
            err.println("note: not on " + chosen.id() + ": " + String.join(", ", table.missing()));
        }
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case TABLE -> table.table(out);
            case CSV -> table.csv(out);
            case JSON -> table.json(out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private Input fromProject() throws IOException, ProjectFileException {
        Project loaded = ProjectFiles.read(project);
        List<Product> products = loaded.products();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < products.size(); i++) {
            index.put(products.get(i).id(), i);
        }
        PairCells.Builder builder = new PairCells.Builder(products.size());
        boolean sample = false;
        for (HeadToHead pair : loaded.pairVotes()) {
            builder.add(index.get(pair.a()), index.get(pair.b()), pair.aWins(), pair.bWins(), pair.ties());
            sample |= pair.sample();
        }
        List<String> notes = sample ? List.of("note: these head-to-head votes are sample data") : List.of();
        return new Input(products.stream().map(Product::name).toList(), builder.build(), notes, "");
    }

    private Input fromBattles() throws IOException, BattleImportException {
        BattleImporter.Result imported = BattleImporter.read(battles, strict);
        List<String> notes = new ArrayList<>();
        if (imported.skipped() > 0) {
            notes.add(String.format(
                    Locale.ROOT,
                    "warning: skipped %,d malformed rows of %,d (first: %s)",
                    imported.skipped(),
                    imported.rows(),
                    imported.problems().getFirst()));
        }
        // The notes are said only once there are ratings; with none, the error itself says why.
        String whyNoVotes = imported.rows() == 0
                ? " (the file has no rows after its header)"
                : imported.skipped() == 0
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                " (%s as malformed; the first: %s)",
                                imported.skipped() == imported.rows()
                                        ? imported.rows() == 1
                                                ? "its one row was skipped"
                                                : String.format(
                                                        Locale.ROOT, "all %,d rows were skipped", imported.rows())
                                        : String.format(
                                                Locale.ROOT,
                                                "%,d of %,d rows were skipped",
                                                imported.skipped(),
                                                imported.rows()),
                                imported.problems().getFirst());
        return new Input(imported.battles().names(), imported.battles().cells(), notes, whyNoVotes);
    }

    private static void table(PrintWriter out, List<ProductRating> rows, List<String> names, RatingsResult result) {
        int width = Math.max(
                5,
                rows.stream()
                        .mapToInt(r -> names.get(r.product()).length())
                        .max()
                        .orElse(5));
        boolean grouped = result.disconnected();
        out.printf(
                Locale.ROOT,
                "%4s  %-" + width + "s  %7s  %17s  %9s%s%n",
                "rank",
                "model",
                "rating",
                "95 % interval",
                "battles",
                grouped ? "  group" : "");
        // Without bootstrap rounds there is no interval: a dash, not the point twice, which reads as certainty.
        boolean intervals = result.bootstrapRounds() > 0;
        for (ProductRating r : rows) {
            String interval = intervals && r.hasInterval()
                    ? String.format(Locale.ROOT, "%7.1f – %7.1f", r.low(), r.high())
                    : String.format(Locale.ROOT, "%-17s", "        –");
            out.printf(
                    Locale.ROOT,
                    "%4d  %-" + width + "s  %7.1f  %s  %9.0f%s%s%n",
                    r.rank(),
                    names.get(r.product()),
                    r.rating(),
                    interval,
                    r.battles(),
                    grouped ? String.format(Locale.ROOT, "  %5d", r.group() + 1) : "",
                    r.heldFinite() ? "  *" : "");
        }
        if (result.anyHeldFinite()) {
            out.println("* held finite: someone in its group never won or never lost");
        }
        if (result.bootstrapRounds() > 0) {
            out.printf(
                    Locale.ROOT,
                    "intervals from %d bootstrap rounds, seed %d%n",
                    result.bootstrapRounds(),
                    result.seed());
        }
    }

    private static void csv(PrintWriter out, List<ProductRating> rows, List<String> names, RatingsResult result) {
        out.print(CsvOut.record("rank", "model", "rating", "ci_low", "ci_high", "battles", "group", "held_finite"));
        boolean intervals = result.bootstrapRounds() > 0; // else empty cells, not the point twice
        for (ProductRating r : rows) {
            out.print(CsvOut.record(
                    String.valueOf(r.rank()),
                    names.get(r.product()),
                    fixed(r.rating(), 2),
                    intervals && r.hasInterval() ? fixed(r.low(), 2) : "",
                    intervals && r.hasInterval() ? fixed(r.high(), 2) : "",
                    fixed(r.battles(), 0),
                    String.valueOf(r.group() + 1),
                    String.valueOf(r.heldFinite())));
        }
    }

    private static void json(PrintWriter out, List<ProductRating> rows, List<String> names, RatingsResult result)
            throws IOException {
        try (JsonGenerator json = JsonOut.on(out)) {
            json.writeStartObject();
            json.writeNumberField("bootstrapRounds", result.bootstrapRounds());
            json.writeNumberField("seed", result.seed());
            json.writeNumberField("groups", result.groups());
            json.writeArrayFieldStart("ratings");
            for (ProductRating r : rows) {
                json.writeStartObject();
                json.writeNumberField("rank", r.rank());
                json.writeStringField("model", names.get(r.product()));
                json.writeNumberField("rating", round(r.rating()));
                if (result.bootstrapRounds() > 0 && r.hasInterval()) {
                    json.writeNumberField("ciLow", round(r.low()));
                    json.writeNumberField("ciHigh", round(r.high()));
                } else { // no interval, rather than the point twice
                    json.writeNullField("ciLow");
                    json.writeNullField("ciHigh");
                }
                json.writeNumberField("battles", (long) r.battles());
                json.writeNumberField("group", r.group() + 1);
                json.writeBooleanField("heldFinite", r.heldFinite());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.println();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
