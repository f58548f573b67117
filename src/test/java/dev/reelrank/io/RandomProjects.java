package dev.reelrank.io;

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
import dev.reelrank.model.DatedFact;
import dev.reelrank.model.ExchangeRate;
import dev.reelrank.model.GenerationMode;
import dev.reelrank.model.HeadToHead;
import dev.reelrank.model.Leaderboard;
import dev.reelrank.model.Lifecycle;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Random valid projects for the round-trip properties: every kind of field a file holds, with
 * unicode text and numbers at the edges of their ranges (1e-12, 123456789.123456789, 1e9, vote
 * counts up to 1e12) as often as ordinary ones.
 */
@SuppressWarnings("EnumOrdinal") // random values pick enum constants by a random index, on purpose
final class RandomProjects {
    private static final String[] TOKENS = {
        "a", "Z", "q", "7", "1.6", " ", "-", "可灵", "视频", "生成", "é", "ß", "😀", "🎬", "\"", "\\", "/", "'", "<&>", "—",
        "%", "{", "}", "[", "]", ":", ",", "Ω", "ℵ", "한국"
    };
    /** Parts of clip file names: no slash, no character Windows refuses in a name, no lone dot. */
    private static final String[] PATH_TOKENS = {
        "clips", "p1", "可灵", "视频", "a b", "é", "ß", "🎬", "Ω", "v1.6", "x_y", "-", "'", "한국", "kling-1.6", "A"
    };

    private static final String[] VIDEO_EXTENSIONS = {".mp4", ".MOV", ".m4v", ""};
    private static final String[] CURRENCIES = {"USD", "CNY", "EUR", "JPY", "GBP", "KRW", "HKD", "SGD", "CHF", "INR"};
    private static final String[] AMOUNTS = {
        "0",
        "0.0000",
        "1e-12",
        "0.000000000001",
        "123456789.123456789",
        "999999999.999999999999",
        "1000000000",
        "1E+5",
        "0.83",
        "12.50"
    };
    private static final String[] RATES = {
        "0.000001", "1000000", "0.000001234567", "7.3", "1.000000000001", "999999.999999999999"
    };
    private static final String[] SCORES = {"-1000000", "1000000", "0.000000000001", "1445.5", "0", "-0.000000000001"};
    private static final String[] POSITIVE = {"0.000000000001", "0.5", "1", "1000000000", "123456789.123456789"};
    private static final String[] UTILISATION = {"100", "0.000000000001", "37.5", "99.999999999999"};
    private static final long MAX_VOTES = 1_000_000_000_000L;
    private static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private final Random random;

    private RandomProjects(Random random) {
        this.random = random;
    }

    static Project project(Random random) {
        return new RandomProjects(random).project();
    }

    private Project project() {
        List<Product> products = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int count = random.nextInt(7);
        for (int i = 0; i < count; i++) {
            String id = uniqueId(ids);
            products.add(product(id));
        }
        List<HeadToHead> pairs = new ArrayList<>();
        Set<String> met = new HashSet<>();
        for (int i = 0; products.size() > 1 && i < random.nextInt(10); i++) {
            String a = products.get(random.nextInt(products.size())).id();
            String b = products.get(random.nextInt(products.size())).id();
            if (!a.equals(b) && met.add(a + " " + b) && met.add(b + " " + a)) {
                long[] counts = counts();
                pairs.add(new HeadToHead(a, b, counts[0], counts[1], counts[2], random.nextBoolean(), provenance()));
            }
        }
        List<BlindTest> blindTests = blindTests();
        return new Project(
                text(200),
                maybe(() -> text(4000)),
                currency(),
                rates(),
                products,
                pairs,
                view(),
                random.nextInt(3) == 0 ? null : comparison(),
                blindTests,
                battles(blindTests),
                random.nextInt(3) == 0 ? clipLibrary(products) : null);
    }

    /**
     * A clip library, with clips of the project's products and of others (a product deleted since).
     * Each file is a relative path as a saved file holds one: forward slashes, no "." or empty parts,
     * "../" only in front; so it survives being made absolute on opening and relative on saving.
     */
    private ClipLibrary clipLibrary(List<Product> products) {
        Set<String> promptIds = new HashSet<>();
        List<BlindTestPrompt> prompts = new ArrayList<>();
        for (int p = 0; p < random.nextInt(5); p++) {
            prompts.add(new BlindTestPrompt(uniqueId(promptIds), text(500)));
        }
        List<Clip> clips = new ArrayList<>();
        for (BlindTestPrompt prompt : prompts) {
            Set<String> makers = new HashSet<>();
            for (int c = 0; c < random.nextInt(5); c++) {
                String product = !products.isEmpty() && random.nextBoolean()
                        ? products.get(random.nextInt(products.size())).id()
                        : uniqueId(new HashSet<>());
                if (makers.add(product)) {
                    clips.add(new Clip(prompt.id(), product, relativeFile()));
                }
            }
        }
        return new ClipLibrary(prompts, clips);
    }

    private String relativeFile() {
        StringBuilder file = new StringBuilder("../".repeat(random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0));
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            for (int t = 0; t < 1 + random.nextInt(3); t++) {
                file.append(PATH_TOKENS[random.nextInt(PATH_TOKENS.length)]);
            }
            file.append(i < parts - 1 ? "/" : VIDEO_EXTENSIONS[random.nextInt(VIDEO_EXTENSIONS.length)]);
        }
        return file.toString();
    }

    /** Blind tests name product ids of their own: a vote outlives a product deleted from the project. */
    private List<BlindTest> blindTests() {
        List<BlindTest> tests = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < random.nextInt(3); i++) {
            Set<String> productIds = new HashSet<>();
            List<String> products = new ArrayList<>();
            for (int p = 0; p < 2 + random.nextInt(5); p++) {
                products.add(uniqueId(productIds));
            }
            Set<String> promptIds = new HashSet<>();
            List<BlindTestPrompt> prompts = new ArrayList<>();
            for (int p = 0; p < 1 + random.nextInt(4); p++) {
                prompts.add(new BlindTestPrompt(uniqueId(promptIds), text(500)));
            }
            tests.add(new BlindTest(
                    uniqueId(ids),
                    instant(),
                    random.nextLong(),
                    products,
                    prompts,
                    1 + random.nextInt(BlindTest.LATEST_SCHEDULE_RULES)));
        }
        return tests;
    }

    private List<Battle> battles(List<BlindTest> tests) {
        List<Battle> battles = new ArrayList<>();
        for (BlindTest test : tests) {
            for (int i = 0; i < random.nextInt(20); i++) {
                List<String> shown = new ArrayList<>(test.products());
                Collections.shuffle(shown, random);
                VoteOutcome[] outcomes = VoteOutcome.values();
                battles.add(new Battle(
                        test.id(),
                        shown.get(0),
                        shown.get(1),
                        outcomes[random.nextInt(outcomes.length)],
                        test.prompts()
                                .get(random.nextInt(test.prompts().size()))
                                .id(),
                        instant(),
                        random.nextInt(4) == 0 ? 1 + random.nextInt((int) Battle.MAX_VOTERS) : 1));
            }
        }
        return battles;
    }

    /** A moment between 1990 and 2100, to the second or with a fraction, as votes are stamped. */
    private Instant instant() {
        Instant from = Instant.parse("1990-01-01T00:00:00Z");
        long seconds = (long) (random.nextDouble()
                * (Instant.parse("2100-12-31T23:59:59Z").getEpochSecond() - from.getEpochSecond()));
        Instant at = from.plusSeconds(seconds);
        return random.nextBoolean() ? at : at.plusNanos(random.nextInt(1_000_000_000));
    }

    private List<ExchangeRate> rates() {
        List<ExchangeRate> rates = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < random.nextInt(5); i++) {
            Currency from = currency();
            Currency to = currency();
            if (!from.equals(to) && pairs.add(from + "" + to) && pairs.add(to + "" + from)) {
                rates.add(new ExchangeRate(from, to, number(RATES, "0.000001", "1000000"), provenance()));
            }
        }
        return rates;
    }

    private Product product(String id) {
        List<PriceOption> options = new ArrayList<>();
        Set<String> optionIds = new HashSet<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            options.add(option(uniqueId(optionIds)));
        }
        Set<GenerationMode> modes = EnumSet.noneOf(GenerationMode.class);
        for (GenerationMode mode : GenerationMode.values()) {
            if (random.nextBoolean()) {
                modes.add(mode);
            }
        }
        if (modes.isEmpty()) {
            modes.add(GenerationMode.TEXT_TO_VIDEO);
        }
        return Product.builder(id, text(200), text(200), text(200), text(200), date(FIRST, LAST))
                .nameZh(maybe(() -> text(200)))
                .modes(modes)
                .maxResolution(maybe(() -> text(200)))
                .maxClipSeconds(maybe(() -> 1 + random.nextInt(3600)))
                .prices(options, options.get(random.nextInt(options.size())).id())
                .votes(maybe(() -> {
                    long[] counts = counts();
                    return new VoteTally(
                            counts[0],
                            counts[1],
                            counts[2],
                            random.nextBoolean(),
                            provenance(),
                            maybe(() -> date(FIRST, LAST)));
                }))
                .chart(maybe(
                        () -> new ChartStyle(String.format("#%06x", random.nextInt(0x1000000)), random.nextBoolean())))
                .note(maybe(() -> text(4000)))
                .lifecycle(lifecycle())
                .published(published())
                .build();
    }

    private PriceOption option(String id) {
        PriceStatus status = PriceStatus.values()[random.nextInt(PriceStatus.values().length)];
        Provenance provenance = provenance();
        SourceKind sourceKind = maybe(() -> SourceKind.values()[random.nextInt(SourceKind.values().length)]);
        if (!status.hasFigure()) {
            return new PriceOption(
                    id,
                    text(200),
                    status,
                    null,
                    null,
                    text(4000),
                    provenance,
                    PriceTerms.from(sourceKind),
                    maybe(() -> text(4000)),
                    null);
        }
        PriceUnit unit = unit();
        List<PriceKind> kinds =
                Arrays.stream(PriceKind.values()).filter(k -> k.fits(unit)).toList();
        PriceKind kind = kinds.get(random.nextInt(kinds.size()));
        String method = status == PriceStatus.DERIVED ? text(4000) : maybe(() -> text(4000));
        PriceTerms terms = PriceTerms.of(
                sourceKind, maybe(() -> text(4000)), maybe(() -> text(4000)), maybe(() -> text(4000)), method);
        List<PriceObservation> history = new ArrayList<>();
        LocalDate from = FIRST;
        for (int i = 0; i < random.nextInt(5) && from.isBefore(provenance.asOf().minusDays(1)); i++) {
            LocalDate day = date(from, provenance.asOf().minusDays(1));
            history.add(PriceObservation.of(
                    day,
                    amount(),
                    text(4000),
                    maybe(() -> text(4000)),
                    maybe(() -> SourceKind.values()[random.nextInt(SourceKind.values().length)])));
            from = day.plusDays(1);
        }
        return new PriceOption(
                id,
                text(200),
                status,
                new Price(amount(), currency(), unit),
                kind,
                null,
                provenance,
                terms,
                maybe(() -> text(4000)),
                maybe(() -> date(FIRST, LAST)),
                history);
    }

    private PriceUnit unit() {
        return switch (random.nextInt(5)) {
            case 0 -> new PriceUnit.PerClip(clipSeconds());
            case 1 -> new PriceUnit.PerSecond();
            case 2 -> new PriceUnit.PerMinute();
            case 3 -> new PriceUnit.PerCredit(number(POSITIVE, "0.000000000001", "1000000000"), clipSeconds());
            default -> {
                BigDecimal allowance = number(POSITIVE, "0.000000000001", "1000000000000");
                PriceUnit.MonthlyPlan plan = switch (random.nextInt(3)) {
                    case 0 -> PriceUnit.MonthlyPlan.ofClips(allowance, clipSeconds());
                    case 1 -> PriceUnit.MonthlyPlan.ofSeconds(allowance);
                    default ->
                        PriceUnit.MonthlyPlan.ofCredits(
                                allowance, number(POSITIVE, "0.000000000001", "1000000000"), clipSeconds());
                };
                yield random.nextBoolean() ? plan : plan.withUtilisation(number(UTILISATION, "0.000000000001", "100"));
            }
        };
    }

    private Lifecycle lifecycle() {
        LocalDate a = date(FIRST, LAST);
        LocalDate b = date(a, LAST);
        LocalDate c = date(b, LAST);
        return Lifecycle.of(
                maybe(() -> new DatedFact(a, text(4000))),
                maybe(() -> new DatedFact(b, text(4000))),
                maybe(() -> new DatedFact(c, text(4000))));
    }

    private List<PublishedRating> published() {
        List<PublishedRating> ratings = new ArrayList<>();
        Set<String> boardDays = new HashSet<>();
        for (int i = 0; i < random.nextInt(4); i++) {
            Leaderboard board = Leaderboard.values()[random.nextInt(Leaderboard.values().length)];
            LocalDate day = date(FIRST, LAST);
            if (!boardDays.add(board + " " + day)) {
                continue;
            }
            BigDecimal[] three = {score(), score(), score()};
            Arrays.sort(three);
            Optional<PublishedInterval> interval =
                    random.nextBoolean() ? Optional.of(new PublishedInterval(three[0], three[2])) : Optional.empty();
            ratings.add(new PublishedRating(
                    board,
                    day,
                    three[1],
                    interval,
                    Optional.ofNullable(maybe(() -> counts()[0])),
                    Citation.of(
                            text(4000),
                            maybe(() -> text(4000)),
                            maybe(() -> SourceKind.values()[random.nextInt(SourceKind.values().length)]))));
        }
        return ratings;
    }

    private ChartView view() {
        if (random.nextBoolean()) {
            return ChartView.DEFAULT;
        }
        return new ChartView(
                CostBasis.values()[random.nextInt(2)],
                TrendMetric.values()[random.nextInt(2)],
                random.nextBoolean(),
                maybe(() -> RatingSource.values()[random.nextInt(RatingSource.values().length)]),
                random.nextBoolean(),
                maybe(() -> Leaderboard.values()[random.nextInt(Leaderboard.values().length)]),
                random.nextBoolean(),
                random.nextBoolean()
                        ? VoteScope.TALLIES
                        // A view may name a test or prompt the file does not hold: it falls back on reading.
                        : new VoteScope("test-" + random.nextInt(3), maybe(() -> "p" + random.nextInt(3))));
    }

    private CostComparison comparison() {
        Set<String> ids = new HashSet<>();
        String reference = uniqueId(ids);
        List<String> against = new ArrayList<>();
        for (int i = 0; i <= random.nextInt(6); i++) {
            against.add(uniqueId(ids));
        }
        return new CostComparison(reference, against);
    }

    /** Wins, losses and ties that add up to at most 1e12, often at the very edge. */
    private long[] counts() {
        long total = switch (random.nextInt(4)) {
            case 0 -> MAX_VOTES;
            case 1 -> random.nextInt(100);
            default -> (long) (random.nextDouble() * MAX_VOTES);
        };
        long first = (long) (random.nextDouble() * total);
        long second = (long) (random.nextDouble() * (total - first));
        return new long[] {first, second, total - first - second};
    }

    private BigDecimal amount() {
        return number(AMOUNTS, "0", "1000000000");
    }

    private BigDecimal score() {
        return number(SCORES, "-1000000", "1000000");
    }

    /** One of the edge values a third of the time, else a random number in range with 0 to 12 places. */
    private BigDecimal number(String[] edges, String min, String max) {
        if (random.nextInt(3) == 0) {
            return new BigDecimal(edges[random.nextInt(edges.length)]);
        }
        BigDecimal low = new BigDecimal(min);
        BigDecimal high = new BigDecimal(max);
        BigDecimal value = low.add(high.subtract(low).multiply(BigDecimal.valueOf(random.nextDouble())));
        value = value.setScale(random.nextInt(13), RoundingMode.DOWN);
        return value.compareTo(low) <= 0 ? new BigDecimal(max) : value;
    }

    private int clipSeconds() {
        return random.nextBoolean() ? 1 + random.nextInt(3600) : (random.nextBoolean() ? 1 : 3600);
    }

    private Provenance provenance() {
        return new Provenance(text(4000), maybe(() -> text(4000)), date(FIRST.plusDays(1), LAST));
    }

    private LocalDate date(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return from.plusDays(days <= 0 ? 0 : (long) (random.nextDouble() * (days + 1)));
    }

    private Currency currency() {
        return Currency.getInstance(CURRENCIES[random.nextInt(CURRENCIES.length)]);
    }

    private String uniqueId(Set<String> taken) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789._-";
        while (true) {
            StringBuilder id = new StringBuilder();
            id.append(alphabet.charAt(random.nextInt(36)));
            int length = random.nextInt(10) == 0 ? 63 : random.nextInt(12);
            for (int i = 0; i < length; i++) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (taken.add(id.toString())) {
                return id.toString();
            }
        }
    }

    /** Unicode text of up to {@code max} characters, now and then exactly that long. */
    private String text(int max) {
        int length = random.nextInt(20) == 0 ? max : 1 + random.nextInt(Math.min(max, 40));
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            String token = TOKENS[random.nextInt(TOKENS.length)];
            if (text.length() + token.length() > length) {
                token = "x";
            }
            text.append(token);
        }
        String stripped = text.toString().strip();
        return stripped.isEmpty() ? "x" : stripped;
    }

    private <T> T maybe(Supplier<T> value) {
        return random.nextBoolean() ? value.get() : null;
    }
}
