package dev.reelrank.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.reelrank.model.Battle;
import dev.reelrank.model.BlindTest;
import dev.reelrank.model.BlindTestPrompt;
import dev.reelrank.model.ChartStyle;
import dev.reelrank.model.ChartView;
import dev.reelrank.model.Citation;
import dev.reelrank.model.Clip;
import dev.reelrank.model.ClipLibrary;
import dev.reelrank.model.CostBasis;
import dev.reelrank.model.CostComparison;
import dev.reelrank.model.Currencies;
import dev.reelrank.model.DatedFact;
import dev.reelrank.model.ExchangeRate;
import dev.reelrank.model.GenerationMode;
import dev.reelrank.model.HeadToHead;
import dev.reelrank.model.InvalidValueException;
import dev.reelrank.model.Leaderboard;
import dev.reelrank.model.Lifecycle;
import dev.reelrank.model.LocalText;
import dev.reelrank.model.Price;
import dev.reelrank.model.PriceKind;
import dev.reelrank.model.PriceObservation;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.PriceStatus;
import dev.reelrank.model.PriceTerms;
import dev.reelrank.model.PriceUnit;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.Provenance;
import dev.reelrank.model.PublishedInterval;
import dev.reelrank.model.PublishedRating;
import dev.reelrank.model.RatingSource;
import dev.reelrank.model.SourceKind;
import dev.reelrank.model.TrendMetric;
import dev.reelrank.model.VoteOutcome;
import dev.reelrank.model.VoteScope;
import dev.reelrank.model.VoteTally;
import java.io.IOException;
import java.io.InputStream;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a project file strictly: any unknown field, wrong type, missing required field,
 * implausible number, duplicate key or id, or trailing content is an error naming the line,
 * column and field path. The reader streams, so no input builds an unbounded structure.
 *
 * <p>Why by hand on Jackson's streaming API, restating docs/project.schema.json field by field,
 * rather than databind: databind's messages name a Java type and a JSON pointer, not the
 * {@code file:line:col products[3].prices[0].amount} a user can open an editor at, and it reports
 * one problem in words of its own ("Cannot deserialize value of type BigDecimal…"). It builds a
 * whole tree or object graph before any check, so a list of a million products is in memory before
 * it is refused; here each list is counted as it streams, and a number's digits are checked before
 * it is parsed. Records with validating constructors would need a mix-in per type for the field
 * names the file uses. {@code ProjectSchemaTest} keeps the schema and this reader in step: both
 * agree on its sets of valid and invalid files.
 */
public final class ProjectReader {
    /**
     * Format 4 adds blind tests, their votes and the clip library, all optional, so a format 3 file
     * reads as it is. Format 3 adds a product's lifecycle, a price's dated history and published leaderboard
     * ratings, all optional, so a format 2 file reads as it is. Format 2 named each price's kind
     * (API, plan, credits, estimate) and its source's kind; format 1 files are converted on reading.
     */
    public static final int FORMAT_VERSION = 5;
    /** Format 1 called every price that was not an estimate a "list price". */
    private static final String FORMAT_1_LIST_PRICE = "list-price";

    static final int MAX_PRICE_OPTIONS = Product.MAX_PRICE_OPTIONS;
    static final int MAX_EXCHANGE_RATES = Project.MAX_EXCHANGE_RATES;
    static final int MAX_HEAD_TO_HEAD = Project.MAX_HEAD_TO_HEAD;
    private static final long MAX_VOTES = 1_000_000_000_000L;

    private static final List<String> ROOT_FIELDS = List.of(
            "format",
            "name",
            "description",
            "displayCurrency",
            "exchangeRates",
            "products",
            "headToHead",
            "view",
            "costComparison",
            "blindTests",
            "battles",
            "clipLibrary");
    private static final List<String> PRODUCT_FIELDS = List.of(
            "id",
            "name",
            "nameZh",
            "family",
            "version",
            "vendor",
            "releaseDate",
            "modes",
            "maxResolution",
            "maxClipSeconds",
            "comparedPrice",
            "prices",
            "votes",
            "chart",
            "note",
            "lifecycle",
            "published");
    private static final List<String> PUBLISHED_FIELDS =
            List.of("board", "date", "score", "low", "high", "votes", "source", "url", "sourceKind");
    private static final List<String> LIFECYCLE_FIELDS = List.of("announced", "available", "discontinued");
    private static final List<String> DATED_FACT_FIELDS = List.of("date", "source");
    private static final List<String> PRICE_FIELDS = List.of(
            "id",
            "label",
            "status",
            "kind",
            "amount",
            "currency",
            "unit",
            "tier",
            "resolution",
            "estimateBy",
            "method",
            "reason",
            "source",
            "sourceKind",
            "url",
            "asOf",
            "edited",
            "note",
            "history");
    private static final List<String> OBSERVATION_FIELDS = List.of("date", "amount", "source", "url", "sourceKind");
    private static final List<String> UNIT_FIELDS =
            List.of("type", "clipSeconds", "creditsPerClip", "allowance", "allowanceUnit", "utilisation");
    private static final List<String> VOTE_FIELDS =
            List.of("wins", "losses", "ties", "sample", "source", "url", "asOf", "edited");
    private static final List<String> CHART_FIELDS = List.of("color", "shown");
    private static final List<String> VIEW_FIELDS = List.of(
            "costBasis",
            "trendMetric",
            "logCostAxis",
            "ratingSource",
            "costChartLogAxis",
            "board",
            "currentOnly",
            "votes");
    private static final List<String> VOTE_SCOPE_FIELDS = List.of("blindTest", "prompt");
    private static final List<String> COST_COMPARISON_FIELDS = List.of("reference", "against");
    private static final List<String> RATE_FIELDS = List.of("from", "to", "rate", "source", "url", "asOf");
    private static final List<String> BLIND_TEST_FIELDS = List.of("id", "created", "seed", "products", "prompts");
    private static final List<String> BLIND_TEST_KNOWN_FIELDS =
            List.of("id", "created", "seed", "scheduleRules", "products", "prompts");
    private static final List<String> PROMPT_FIELDS = List.of("id", "text");
    private static final List<String> CLIP_LIBRARY_FIELDS = List.of("prompts", "clips");
    private static final List<String> CLIP_FIELDS = List.of("prompt", "product", "file");
    private static final List<String> BATTLE_FIELDS =
            List.of("blindTest", "a", "b", "outcome", "prompt", "time", "voters");
    private static final List<String> HEAD_TO_HEAD_FIELDS =
            List.of("a", "b", "aWins", "bWins", "ties", "sample", "source", "url", "asOf");

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(1_000_000)
                    .maxNumberLength(JsonCursor.MAX_NUMBER_DIGITS)
                    .build())
            .build();

    private final JsonCursor cursor;
    /** The file's format, once its "format" field has been read (the writer puts it first). */
    private int formatVersion;

    private ProjectReader(JsonCursor cursor) {
        this.cursor = cursor;
    }

    /**
     * Reads a whole project from a stream.
     *
     * @param fileName the name errors show, as the user knows the file
     */
    public static Project read(InputStream in, String fileName) throws ProjectFileException, IOException {
        // Decode strictly ourselves: Jackson would guess UTF-16 or UTF-32 from the first bytes, and
        // parsing characters makes error columns count characters, not bytes, on lines with Chinese.
        CharBuffer text = Utf8Text.decode(in.readAllBytes(), fileName);
        try (JsonParser parser = FACTORY.createParser(text.array(), text.position(), text.remaining())) {
            ProjectReader reader = new ProjectReader(new JsonCursor(parser, fileName));
            return reader.readDocument();
        }
    }

    private Project readDocument() throws ProjectFileException, IOException {
        if (cursor.advance() == null) {
            throw cursor.error("file.empty");
        }
        if (cursor.token() != JsonToken.START_OBJECT) {
            throw cursor.error("file.notProject");
        }
        Project project = readProject();
        if (cursor.advance() != null) {
            throw cursor.error("file.trailing");
        }
        return project;
    }

    private Project readProject() throws ProjectFileException, IOException {
        ObjectFields f = new ObjectFields(cursor);
        cursor.object(LocalText.of("what.project"), field -> {
            switch (field) {
                case "format" -> {
                    long version = cursor.wholeNumber(0, Integer.MAX_VALUE);
                    if (version < 1 || version > FORMAT_VERSION) {
                        throw cursor.error("file.formatVersion", version, FORMAT_VERSION);
                    }
                    formatVersion = (int) version;
                    f.put(field, version);
                }
                case "name", "description" -> f.put(field, cursor.text());
                case "displayCurrency" -> f.put(field, currency());
                case "exchangeRates" ->
                    f.put(field, readList(LocalText.of("what.exchangeRates"), MAX_EXCHANGE_RATES, this::readRate));
                case "products" -> f.put(field, readProducts());
                case "headToHead" ->
                    f.put(field, readList(LocalText.of("what.headToHead"), MAX_HEAD_TO_HEAD, this::readHeadToHead));
                case "view" -> f.put(field, readView());
                case "costComparison" -> f.put(field, readCostComparison());
                case "blindTests" ->
                    f.put(
                            field,
                            readList(LocalText.of("what.blindTests"), Project.MAX_BLIND_TESTS, this::readBlindTest));
                case "battles" ->
                    f.put(field, readList(LocalText.of("what.battles"), Project.MAX_BATTLES, this::readBattle));
                case "clipLibrary" -> f.put(field, readClipLibrary());
                default -> throw cursor.unknownField(field, ROOT_FIELDS);
            }
        });
        if (!f.has("format")) {
            throw f.error("format", "file.formatMissing", FORMAT_VERSION);
        }
        List<Product> products = f.has("products") ? f.get("products") : null;
        List<HeadToHead> headToHead = f.has("headToHead") ? f.get("headToHead") : List.of();
        List<ExchangeRate> rates = f.has("exchangeRates") ? f.get("exchangeRates") : List.of();
        checkDuplicateIds(products);
        checkHeadToHeadNames(products, headToHead);
        return f.build(() -> new Project(
                f.get("name"),
                f.get("description"),
                f.get("displayCurrency"),
                rates,
                products,
                headToHead,
                f.get("view"),
                f.get("costComparison"),
                f.has("blindTests") ? f.get("blindTests") : List.of(),
                f.has("battles") ? f.get("battles") : List.of(),
                f.get("clipLibrary")));
    }

    /**
     * The clips blind tests show. A clip naming a prompt the library does not list, or a second clip
     * of one product for one prompt, is reported at that clip; a clip may name a product the project
     * does not hold (its clips outlive a product deleted since).
     */
    private ClipLibrary readClipLibrary() throws ProjectFileException, IOException {
        ObjectFields f = new ObjectFields(cursor);
        List<ObjectFields> clipFields = new ArrayList<>();
        cursor.object(LocalText.of("what.clipLibrary"), field -> {
            switch (field) {
                case "prompts" ->
                    f.put(field, readList(LocalText.of("what.prompts"), BlindTest.MAX_PROMPTS, this::readPrompt));
                case "clips" -> {
                    List<Clip> clips = new ArrayList<>();
                    cursor.array(LocalText.of("what.clips"), ClipLibrary.MAX_CLIPS, index -> {
                        ObjectFields clip = new ObjectFields(cursor);
                        clips.add(readClip(clip));
                        clipFields.add(clip);
                    });
                    f.put(field, clips);
                }
                default -> throw cursor.unknownField(field, CLIP_LIBRARY_FIELDS);
            }
        });
        for (String required : CLIP_LIBRARY_FIELDS) {
            if (!f.has(required)) {
                throw f.error(required, "file.requiredField");
            }
        }
        List<BlindTestPrompt> prompts = f.get("prompts");
        List<Clip> clips = f.get("clips");
        Set<String> promptIds = new HashSet<>();
        prompts.forEach(prompt -> promptIds.add(prompt.id()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < clips.size(); i++) {
            Clip clip = clips.get(i);
            if (!promptIds.contains(clip.prompt())) {
                throw clipFields.get(i).error("prompt", "value.clipUnknownPrompt", clip.prompt());
            }
            if (!seen.add(clip.prompt() + '\0' + clip.product())) {
                throw clipFields.get(i).error("product", "value.clipTwice", clip.product(), clip.prompt());
            }
        }
        return f.build(() -> new ClipLibrary(prompts, clips));
    }

    private Clip readClip(ObjectFields f) throws ProjectFileException, IOException {
        cursor.object(LocalText.of("what.clip"), field -> {
            switch (field) {
                case "prompt", "product", "file" -> f.put(field, cursor.text());
                default -> throw cursor.unknownField(field, CLIP_FIELDS);
            }
        });
        return f.build(() -> new Clip(f.get("prompt"), f.get("product"), f.get("file")));
    }

    private BlindTest readBlindTest() throws ProjectFileException, IOException {
        ObjectFields f = new ObjectFields(cursor);
        cursor.object(LocalText.of("what.blindTest"), field -> {
            switch (field) {
                case "id" -> f.put(field, cursor.text());
                case "created" -> f.put(field, cursor.instant());
                case "seed" -> f.put(field, cursor.wholeNumber(Long.MIN_VALUE, Long.MAX_VALUE));
                case "products" -> {
                    List<String> ids = new ArrayList<>();
                    cursor.array(
                            LocalText.of("what.products"), BlindTest.MAX_PRODUCTS, index -> ids.add(cursor.text()));
                    f.put(field, ids);
                }
                case "prompts" ->
                    f.put(field, readList(LocalText.of("what.prompts"), BlindTest.MAX_PROMPTS, this::readPrompt));
                case "scheduleRules" -> f.put(field, (int) cursor.wholeNumber(0, Integer.MAX_VALUE));
                default -> throw cursor.unknownField(field, BLIND_TEST_KNOWN_FIELDS);
            }
        });
        for (String required : BLIND_TEST_FIELDS) {
            if (!f.has(required)) {
                throw f.error(required, "file.requiredField");
            }
        }
        // A test saved before format 5 had its schedule made by the first rules.
        int rules = f.has("scheduleRules") ? f.<Integer>get("scheduleRules") : BlindTest.FIRST_SCHEDULE_RULES;
        return f.build(() -> new BlindTest(
                f.get("id"), f.get("created"), f.<Long>get("seed"), f.get("products"), f.get("prompts"), rules));
    }

    private BlindTestPrompt readPrompt() throws ProjectFileException, IOException {
        ObjectFields f = new ObjectFields(cursor);
        cursor.object(LocalText.of("what.prompt"), field -> {
            switch (field) {
                case "id", "text" -> f.put(field, cursor.text());
                default -> throw cursor.unknownField(field, PROMPT_FIELDS);
            }
        });
        return f.build(() -> new BlindTestPrompt(f.get("id"), f.get("text")));
    }

    private Battle readBattle() throws ProjectFileException, IOException {
        ObjectFields f = new ObjectFields(cursor);
        cursor.object(LocalText.of("what.battle"), field -> {
            switch (field) {
                case "blindTest", "a", "b", "prompt" -> f.put(field, cursor.text());
                case "outcome" -> f.put(field, enumValue(VoteOutcome.class));
                case "time" -> f.put(field, cursor.instant());
                case "voters" -> f.put(field, cursor.wholeNumber(1, Battle.MAX_VOTERS));
                default -> throw cursor.unknownField(field, BATTLE_FIELDS);
            }
        });
        if (!f.has("voters")) {
            throw f.error("voters", "file.requiredField");
        }
        return f.build(() -> new Battle(
                f.get("blindTest"),
                f.get("a"),
                f.get("b"),
                f.get("outcome"),
                f.get("prompt"),
                f.get("time"),
                f.<Long>get("voters")));
    }

    /**
     * The comparison tile's products, by id. Both fields are required; the ids need not be products
     * of the file (a product named here may have been deleted since).
     */
    private CostComparison readCostComparison() throws ProjectFileException, IOException {
        ObjectFields f = new ObjectFields(cursor);
        cursor.object(LocalText.of("what.costComparison"), field -> {
            switch (field) {
                case "reference" -> f.put(field, cursor.text());
                case "against" -> {
                    List<String> ids = new ArrayList<>();
                    cursor.array(
                            LocalText.of("what.against"), CostComparison.MAX_AGAINST, index -> ids.add(cursor.text()));
                    f.put(field, ids);
                }
                default -> throw cursor.unknownField(field, COST_COMPARISON_FIELDS);
            }
        });
        for (String required : COST_COMPARISON_FIELDS) {
            if (!f.has(required)) {
                throw f.error(required, "file.requiredField");
            }
        }
        return f.build(() -> new CostComparison(f.get("reference"), f.get("against")));
    }

    /** How the charts were shown; every field is optional and defaults to the window's first view. */
    private ChartView readView() throws ProjectFileException, IOException {
        ChartView[] view = {ChartView.DEFAULT};
        cursor.object(LocalText.of("what.view"), field -> {
            switch (field) {
                case "costBasis" -> view[0] = view[0].withCostBasis(enumValue(CostBasis.class));
                case "trendMetric" -> view[0] = view[0].withTrendMetric(enumValue(TrendMetric.class));
                case "logCostAxis" -> view[0] = view[0].withLogCostAxis(cursor.bool());
                case "costChartLogAxis" -> view[0] = view[0].withCostChartLogAxis(cursor.bool());
                case "currentOnly" -> view[0] = view[0].withCurrentOnly(cursor.bool());
                case "ratingSource" -> view[0] = view[0].withRatingSource(enumValue(RatingSource.class));
                case "board" -> view[0] = view[0].withBoard(enumValue(Leaderboard.class));
                case "votes" -> view[0] = view[0].withVotes(readVoteScope());
                default -> throw cursor.unknownField(field, VIEW_FIELDS);
            }
        });
        return view[0];
    }

    /**
     * Which votes the head-to-head views show: a blind test (and one of its prompts), or, without a
     * blind test, the tallies. The test need not be in the file: a view naming one that is gone
     * shows the tallies.
     */
    private VoteScope readVoteScope() throws ProjectFileException, IOException {
        ObjectFields f = new ObjectFields(cursor);
        cursor.object(LocalText.of("what.votes"), field -> {
            switch (field) {
                case "blindTest", "prompt" -> f.put(field, cursor.text());
                default -> throw cursor.unknownField(field, VOTE_SCOPE_FIELDS);
            }
        });
        return f.build(() -> new VoteScope(f.get("blindTest"), f.get("prompt")));
    }

    private final IdentityHashMap<Object, JsonLocation> idLocations = new IdentityHashMap<>();
    private final IdentityHashMap<Object, String> idPaths = new IdentityHashMap<>();

    private List<Product> readProducts() throws ProjectFileException, IOException {
        List<Product> products = new ArrayList<>();
        cursor.array(LocalText.of("what.products"), Project.MAX_PRODUCTS, index -> products.add(readProduct()));
        return products;
    }

    private Product readProduct() throws ProjectFileException, IOException {
        ObjectFields f = new ObjectFields(cursor);
        cursor.object(LocalText.of("what.product"), field -> {
            switch (field) {
                case "id", "name", "nameZh", "family", "version", "vendor", "maxResolution", "comparedPrice", "note" ->
                    f.put(field, cursor.text());
                case "releaseDate" -> f.put(field, cursor.date());
                case "maxClipSeconds" -> f.put(field, (int) cursor.wholeNumber(1, 3600));
                case "modes" -> f.put(field, readModes());
                case "prices" ->
                    f.put(field, readList(LocalText.of("what.prices"), MAX_PRICE_OPTIONS, this::readPriceOption));
                case "votes" -> f.put(field, readVotes());
                case "chart" -> f.put(field, readChartStyle());
                case "lifecycle" -> f.put(field, readLifecycle());
                case "published" ->
                    f.put(
                            field,
                            readList(LocalText.of("what.published"), Product.MAX_PUBLISHED, this::readPublishedRating));
                default -> throw cursor.unknownField(field, PRODUCT_FIELDS);
            }
        });
        Product product = f.build(() -> Product.builder(
                        f.get("id"),
                        f.get("name"),
                        f.get("family"),
                        f.get("version"),
                        f.get("vendor"),
                        f.get("releaseDate"))
                .nameZh(f.get("nameZh"))
                .modes(f.get("modes"))
                .maxResolution(f.get("maxResolution"))
                .maxClipSeconds(f.get("maxClipSeconds"))
                .prices(f.get("prices"), f.get("comparedPrice"))
                .votes(f.get("votes"))
                .chart(f.get("chart"))
                .note(f.get("note"))
                .lifecycle(f.get("lifecycle"))
                .published(f.get("published"))
                .build());
        idLocations.putIfAbsent(product, f.location("id"));
        idPaths.putIfAbsent(product, f.path("id"));
        return product;
    }

    /** A leaderboard's score as published; the interval's two ends come together or not at all. */
    private PublishedRating readPublishedRating() throws ProjectFileException, IOException {
        ObjectFields f = new ObjectFields(cursor);
        cursor.object(LocalText.of("what.publishedRating"), field -> {
            switch (field) {
                case "board" -> f.put(field, enumValue(Leaderboard.class));
                case "date" -> f.put(field, cursor.date());
                case "score", "low", "high" -> f.put(field, cursor.decimal());
                case "votes" -> f.put(field, cursor.wholeNumber(0, MAX_VOTES));
                case "source", "url" -> f.put(field, cursor.text());
                case "sourceKind" -> f.put(field, enumValue(SourceKind.class));
                default -> throw cursor.unknownField(field, PUBLISHED_FIELDS);
            }
        });
        if (f.has("low") != f.has("high")) {
            String missing = f.has("low") ? "high" : "low";
            throw f.error(f.has("low") ? "low" : "high", "file.intervalEnds", missing);
        }
        PublishedInterval interval =
                f.has("low") ? f.build(() -> new PublishedInterval(f.get("low"), f.get("high"))) : null;
        Citation citation = f.build(() -> Citation.of(f.get("source"), f.get("url"), f.get("sourceKind")));
        return f.build(() -> new PublishedRating(
                f.get("board"),
                f.get("date"),
                f.get("score"),
                Optional.ofNullable(interval),
                Optional.ofNullable(f.<Long>get("votes")),
                citation));
    }

    /** When the product was announced, became available and was discontinued; each part optional. */
    private Lifecycle readLifecycle() throws ProjectFileException, IOException {
        ObjectFields f = new ObjectFields(cursor);
        cursor.object(LocalText.of("what.lifecycle"), field -> {
            if (!LIFECYCLE_FIELDS.contains(field)) {
                throw cursor.unknownField(field, LIFECYCLE_FIELDS);
            }
            f.put(field, readDatedFact());
        });
        return f.build(() -> Lifecycle.of(f.get("announced"), f.get("available"), f.get("discontinued")));
    }

    private DatedFact readDatedFact() throws ProjectFileException, IOException {
        ObjectFields f = new ObjectFields(cursor);
        cursor.object(LocalText.of("what.datedFact"), field -> {
            switch (field) {
                case "date" -> f.put(field, cursor.date());
                case "source" -> f.put(field, cursor.text());
                default -> throw cursor.unknownField(field, DATED_FACT_FIELDS);
            }
        });
        return f.build(() -> new DatedFact(f.get("date"), f.get("source")));
    }

    private Set<GenerationMode> readModes() throws ProjectFileException, IOException {
        Set<GenerationMode> modes = EnumSet.noneOf(GenerationMode.class);
        cursor.array(LocalText.of("what.modes"), 10, index -> modes.add(enumValue(GenerationMode.class)));
        return modes;
    }

    private PriceOption readPriceOption() throws ProjectFileException, IOException {
        ObjectFields f = new ObjectFields(cursor);
        cursor.object(LocalText.of("what.price"), field -> {
            switch (field) {
                case "id", "label", "reason", "source", "url", "note", "tier", "resolution", "estimateBy", "method" ->
                    f.put(field, cursor.text());
                case "status" -> f.put(field, enumValue(PriceStatus.class));
                case "kind" -> f.put(field, priceKindWord());
                case "sourceKind" -> f.put(field, enumValue(SourceKind.class));
                case "amount" -> f.put(field, cursor.decimal());
                case "currency" -> f.put(field, currency());
                case "unit" -> f.put(field, readUnit());
                case "asOf", "edited" -> f.put(field, cursor.date());
                case "history" -> {
                    JsonLocation start = cursor.valueLocation();
                    f.put(field, readHistory(f));
                    f.mark(field, start);
                }
                default -> throw cursor.unknownField(field, PRICE_FIELDS);
            }
        });
        PriceStatus status = f.has("status") ? f.get("status") : null;
        if (status != null && !status.hasFigure()) {
            for (String figureField : List.of("amount", "currency", "unit")) {
                if (f.has(figureField)) {
                    throw f.error(figureField, "value.leaveOut", JsonNames.status(status));
                }
            }
        }
        Price price = status != null && status.hasFigure()
                ? f.build(() -> new Price(f.get("amount"), f.get("currency"), f.get("unit")))
                : null;
        Provenance provenance = f.build(() -> new Provenance(f.get("source"), f.get("url"), f.get("asOf")));
        PriceTerms terms = f.build(() -> PriceTerms.of(
                f.get("sourceKind"), f.get("tier"), f.get("resolution"), f.get("estimateBy"), f.get("method")));
        String kindWord = f.get("kind");
        PriceKind kind = kindWord == null
                ? null
                : FORMAT_1_LIST_PRICE.equals(kindWord)
                        ? (price == null ? PriceKind.API : PriceKind.ofListPrice(price.unit()))
                        : JsonNames.parse(PriceKind.class, kindWord).orElseThrow();
        return f.build(() -> new PriceOption(
                f.get("id"),
                f.get("label"),
                status,
                price,
                kind,
                f.get("reason"),
                provenance,
                terms,
                f.get("note"),
                f.get("edited"),
                f.get("history")));
    }

    /**
     * The option's earlier figures. Where each observation's date is goes to the option's fields, so
     * that an order the option refuses is reported at the date at fault.
     */
    private List<PriceObservation> readHistory(ObjectFields option) throws ProjectFileException, IOException {
        List<PriceObservation> history = new ArrayList<>();
        cursor.array(LocalText.of("what.history"), PriceOption.MAX_HISTORY, index -> {
            ObjectFields f = new ObjectFields(cursor);
            cursor.object(LocalText.of("what.observation"), field -> {
                switch (field) {
                    case "date" -> f.put(field, cursor.date());
                    case "amount" -> f.put(field, cursor.decimal());
                    case "source", "url" -> f.put(field, cursor.text());
                    case "sourceKind" -> f.put(field, enumValue(SourceKind.class));
                    default -> throw cursor.unknownField(field, OBSERVATION_FIELDS);
                }
            });
            history.add(f.build(() -> PriceObservation.of(
                    f.get("date"), f.get("amount"), f.get("source"), f.get("url"), f.get("sourceKind"))));
            option.mark("history[" + index + "].date", f.location("date"));
        });
        return history;
    }

    private PriceUnit readUnit() throws ProjectFileException, IOException {
        ObjectFields f = new ObjectFields(cursor);
        cursor.object(LocalText.of("what.unit"), field -> {
            switch (field) {
                case "type", "allowanceUnit" -> f.put(field, cursor.text());
                case "clipSeconds" -> f.put(field, (int) cursor.wholeNumber(1, 3600));
                case "creditsPerClip", "allowance", "utilisation" -> f.put(field, cursor.decimal());
                default -> throw cursor.unknownField(field, UNIT_FIELDS);
            }
        });
        String type = f.get("type");
        if (type == null) {
            throw f.error("type", "file.unitTypeMissing", String.join(", ", JsonNames.UNIT_TYPES));
        }
        List<String> allowed = switch (type) {
            case JsonNames.PER_CLIP -> List.of("type", "clipSeconds");
            case JsonNames.PER_SECOND, JsonNames.PER_MINUTE -> List.of("type");
            case JsonNames.PER_CREDIT -> List.of("type", "creditsPerClip", "clipSeconds");
            case JsonNames.MONTHLY_PLAN ->
                List.of("type", "allowance", "allowanceUnit", "clipSeconds", "creditsPerClip", "utilisation");
            default -> throw f.error("type", "file.unknownUnit", type, String.join(", ", JsonNames.UNIT_TYPES));
        };
        for (String field : UNIT_FIELDS) {
            if (f.has(field) && !allowed.contains(field)) {
                throw f.error(field, "file.fieldNotForUnit", type);
            }
        }
        return f.build(() -> switch (type) {
            case JsonNames.PER_CLIP -> new PriceUnit.PerClip(required(f.get("clipSeconds"), "clipSeconds"));
            case JsonNames.PER_SECOND -> new PriceUnit.PerSecond();
            case JsonNames.PER_MINUTE -> new PriceUnit.PerMinute();
            case JsonNames.PER_CREDIT ->
                new PriceUnit.PerCredit(f.get("creditsPerClip"), required(f.get("clipSeconds"), "clipSeconds"));
            default ->
                new PriceUnit.MonthlyPlan(
                        f.get("allowance"),
                        allowanceUnit(f.get("allowanceUnit")),
                        f.get("clipSeconds"),
                        f.get("creditsPerClip"),
                        f.get("utilisation"));
        });
    }

    private static PriceUnit.Allowance allowanceUnit(String word) {
        if (word == null) {
            throw new InvalidValueException("allowanceUnit", "value.required");
        }
        return JsonNames.parse(PriceUnit.Allowance.class, word)
                .orElseThrow(() -> new InvalidValueException("allowanceUnit", "file.allowanceUnit", word));
    }

    private static int required(Integer value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "value.required");
        }
        return value;
    }

    private VoteTally readVotes() throws ProjectFileException, IOException {
        ObjectFields f = new ObjectFields(cursor);
        cursor.object(LocalText.of("what.votes"), field -> {
            switch (field) {
                case "wins", "losses", "ties" -> f.put(field, cursor.wholeNumber(0, MAX_VOTES));
                case "sample" -> f.put(field, cursor.bool());
                case "source", "url" -> f.put(field, cursor.text());
                case "asOf", "edited" -> f.put(field, cursor.date());
                default -> throw cursor.unknownField(field, VOTE_FIELDS);
            }
        });
        for (String count : List.of("wins", "losses", "ties", "sample")) {
            if (!f.has(count)) {
                throw f.error(count, "file.requiredField");
            }
        }
        Provenance provenance = f.build(() -> new Provenance(f.get("source"), f.get("url"), f.get("asOf")));
        return f.build(() -> new VoteTally(
                f.<Long>get("wins"),
                f.<Long>get("losses"),
                f.<Long>get("ties"),
                f.<Boolean>get("sample"),
                provenance,
                f.get("edited")));
    }

    private ChartStyle readChartStyle() throws ProjectFileException, IOException {
        ObjectFields f = new ObjectFields(cursor);
        cursor.object(LocalText.of("what.chart"), field -> {
            switch (field) {
                case "color" -> f.put(field, cursor.text());
                case "shown" -> f.put(field, cursor.bool());
                default -> throw cursor.unknownField(field, CHART_FIELDS);
            }
        });
        if (!f.has("shown")) {
            throw f.error("shown", "file.requiredField");
        }
        return f.build(() -> new ChartStyle(f.get("color"), f.<Boolean>get("shown")));
    }

    private ExchangeRate readRate() throws ProjectFileException, IOException {
        ObjectFields f = new ObjectFields(cursor);
        cursor.object(LocalText.of("what.rate"), field -> {
            switch (field) {
                case "from", "to" -> f.put(field, currency());
                case "rate" -> f.put(field, cursor.decimal());
                case "source", "url" -> f.put(field, cursor.text());
                case "asOf" -> f.put(field, cursor.date());
                default -> throw cursor.unknownField(field, RATE_FIELDS);
            }
        });
        Provenance provenance = f.build(() -> new Provenance(f.get("source"), f.get("url"), f.get("asOf")));
        return f.build(() -> new ExchangeRate(f.get("from"), f.get("to"), f.get("rate"), provenance));
    }

    private HeadToHead readHeadToHead() throws ProjectFileException, IOException {
        ObjectFields f = new ObjectFields(cursor);
        cursor.object(LocalText.of("what.headToHead"), field -> {
            switch (field) {
                case "a", "b", "source", "url" -> f.put(field, cursor.text());
                case "aWins", "bWins", "ties" -> f.put(field, cursor.wholeNumber(0, MAX_VOTES));
                case "sample" -> f.put(field, cursor.bool());
                case "asOf" -> f.put(field, cursor.date());
                default -> throw cursor.unknownField(field, HEAD_TO_HEAD_FIELDS);
            }
        });
        for (String count : List.of("aWins", "bWins", "ties", "sample")) {
            if (!f.has(count)) {
                throw f.error(count, "file.requiredField");
            }
        }
        Provenance provenance = f.build(() -> new Provenance(f.get("source"), f.get("url"), f.get("asOf")));
        HeadToHead pair = f.build(() -> new HeadToHead(
                f.get("a"),
                f.get("b"),
                f.<Long>get("aWins"),
                f.<Long>get("bWins"),
                f.<Long>get("ties"),
                f.<Boolean>get("sample"),
                provenance));
        idLocations.put(pair, f.location("a"));
        idPaths.put(pair, f.path("a"));
        return pair;
    }

    private interface Reading<T> {
        T read() throws ProjectFileException, IOException;
    }

    private <T> List<T> readList(LocalText what, int max, Reading<T> element) throws ProjectFileException, IOException {
        List<T> items = new ArrayList<>();
        cursor.array(what, max, index -> items.add(element.read()));
        return items;
    }

    private Currency currency() throws ProjectFileException {
        String code = cursor.text();
        try {
            return Currencies.parse(code);
        } catch (InvalidValueException e) {
            throw cursor.error(e.explanation());
        }
    }

    /**
     * A price's kind as the file words it. Format 1 had "list-price", which becomes API, plan or
     * credits by its unit once the unit is read; a later file must say which.
     */
    private String priceKindWord() throws ProjectFileException {
        String word = cursor.text();
        boolean format1 = formatVersion == 1;
        if ((format1 && FORMAT_1_LIST_PRICE.equals(word))
                || JsonNames.parse(PriceKind.class, word).isPresent()) {
            return word;
        }
        throw cursor.error("file.expectedWord", String.join(", ", JsonNames.words(PriceKind.class)), word);
    }

    private <E extends Enum<E>> E enumValue(Class<E> type) throws ProjectFileException {
        String word = cursor.text();
        return JsonNames.parse(type, word)
                .orElseThrow(() -> cursor.error("file.expectedWord", String.join(", ", JsonNames.words(type)), word));
    }

    private void checkDuplicateIds(List<Product> products) throws ProjectFileException {
        if (products == null) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < products.size(); i++) {
            Product product = products.get(i);
            Integer first = seen.putIfAbsent(product.id(), i);
            if (first != null) {
                throw cursor.errorAt(
                        idLocations.get(product),
                        idPaths.get(product),
                        LocalText.of("file.duplicateId", product.id(), first));
            }
        }
    }

    private void checkHeadToHeadNames(List<Product> products, List<HeadToHead> pairs) throws ProjectFileException {
        Set<String> ids = new HashSet<>();
        if (products != null) {
            products.forEach(p -> ids.add(p.id()));
        }
        for (HeadToHead pair : pairs) {
            for (String id : List.of(pair.a(), pair.b())) {
                if (!ids.contains(id)) {
                    throw cursor.errorAt(idLocations.get(pair), idPaths.get(pair), LocalText.of("file.unknownId", id));
                }
            }
        }
    }
}
