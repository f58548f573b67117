package dev.reelrank.viewmodel.slides;

import dev.reelrank.model.ExchangeRate;
import dev.reelrank.model.HeadToHead;
import dev.reelrank.model.PriceObservation;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.PriceStatus;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.Provenance;
import dev.reelrank.model.RatingSource;
import dev.reelrank.model.SourceKind;
import dev.reelrank.model.TrendMetric;
import dev.reelrank.model.VoteTally;
import dev.reelrank.viewmodel.charts.ChartProducts;
import dev.reelrank.viewmodel.charts.PriceStep;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.BlindTestNames;
import dev.reelrank.viewmodel.text.PriceTexts;
import dev.reelrank.viewmodel.text.ProjectNames;
import dev.reelrank.viewmodel.text.SourceNames;
import dev.reelrank.viewmodel.text.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an exported image or a slide says besides its chart: a title with the unit, the sources of
 * the figures it shows with their dates, and a stamp with the day it was made and "sample data"
 * where that applies, so that a picture pasted into a report still carries its provenance.
 */
public final class SlideViewModel {
    private final ProjectSession session;
    private final Texts texts;
    private final PriceTexts prices;
    private final SlideContent main;

    public SlideViewModel(ProjectSession session, Texts texts, SlideContent main) {
        this.session = session;
        this.texts = texts;
        this.prices = new PriceTexts(texts);
        this.main = main;
    }

    public SlideTexts texts(SlideKind kind) {
        Project project = session.project();
        List<Product> shown = shownProducts(project);
        boolean votes = showsVotes(kind);
        boolean sample = false;
        if (votes) {
            sample = headToHead(kind)
                    ? project.pairVotes().stream().anyMatch(HeadToHead::sample)
                    : shown.stream()
                            .anyMatch(p -> p.votes().filter(VoteTally::sample).isPresent());
        }
        String day = prices.date(session.today());
        String stamp = texts.format("slide.stamp", day) + (sample ? " " + texts.get("slide.sample") : "");
        return new SlideTexts(
                title(kind),
                ProjectNames.shown(project, session.fileProperty().get(), texts),
                sources(kind, project, shown, false),
                sources(kind, project, shown, true),
                stamp,
                sample);
    }

    /** The footnote: each source named short, or ({@code whole}) cited whole, as the image's text keeps it. */
    private String sources(SlideKind kind, Project project, List<Product> shown, boolean whole) {
        boolean costs =
                Set.of(SlideKind.COST, SlideKind.VALUE, SlideKind.DASHBOARD).contains(kind)
                        || (kind == SlideKind.TREND && !trendOfRatings());
        boolean votes = showsVotes(kind);
        List<String> parts = new ArrayList<>();
        List<String> hidden = ChartProducts.hiddenAsDiscontinued(project, session.today()).stream()
                .map(texts::productName)
                .toList();
        // The price-over-time chart draws whole families, discontinued ones included: nothing is hidden there.
        if (!hidden.isEmpty() && kind != SlideKind.PRICE_HISTORY) {
            parts.add(texts.format("slide.hiddenDiscontinued", texts.someNames(hidden)));
        }
        if (kind == SlideKind.PRICE_HISTORY) {
            parts.add(historySources(project, whole));
        }
        if (costs) {
            parts.add(priceSources(shown, whole));
        }
        if ((costs || kind == SlideKind.PRICE_HISTORY)
                && !project.exchangeRates().isEmpty()) {
            parts.add(rateSources(project, whole));
        }
        if (votes) {
            parts.add(headToHead(kind) ? headToHeadSources(project, whole) : voteSources(shown, whole));
        }
        return dev.reelrank.viewmodel.text.Sentences.join(parts);
    }

    /** The trend slide cites what it draws: ratings or costs, as its switch shows (not prices under ratings). */
    private boolean trendOfRatings() {
        return main.trendChart().metricProperty().get() == TrendMetric.RATING;
    }

    private boolean showsVotes(SlideKind kind) {
        return kind != SlideKind.COST
                && kind != SlideKind.PRICE_HISTORY
                && (kind != SlideKind.TREND || trendOfRatings());
    }

    private boolean headToHead(SlideKind kind) {
        return kind == SlideKind.HEATMAP
                || kind == SlideKind.BLIND_TEST
                || main.ratings().sourceProperty().get() == RatingSource.HEAD_TO_HEAD;
    }

    /** The default file name: the chart's name and the day, such as reelrank-cost-2026-11-25.png. */
    public String fileName(SlideKind kind) {
        return "reelrank-" + kind.code() + "-" + session.today() + ".png";
    }

    private String title(SlideKind kind) {
        return switch (kind) {
            case COST -> main.costChart().titleProperty().get();
            case RATING -> main.ratingChart().titleProperty().get();
            case TREND -> main.trendChart().titleProperty().get();
            case PRICE_HISTORY -> main.priceHistoryChart().titleProperty().get();
            case VALUE -> texts.get("chart.value.title");
            case HEATMAP -> texts.get("slide.heatmapTitle");
            case DASHBOARD -> texts.get("slide.dashboardTitle");
            case BLIND_TEST ->
                session.project()
                        .votedTest()
                        .map(test ->
                                texts.format("blind.resultsTitle", BlindTestNames.of(test, session.project(), texts)))
                        .orElse(texts.get("slide.blindTestNone"));
        };
    }

    private List<Product> shownProducts(Project project) {
        return ChartProducts.drawn(project, session.today());
    }

    /** One entry per source and date, naming the products that rest on it. */
    private String priceSources(List<Product> shown, boolean whole) {
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        for (Product product : shown) {
            PriceOption option = product.compared();
            // A product with no price yet (one an import added by name) rests on no source for a
            // price: its provenance is where its name came from, such as a folder of clips.
            if (option.status() == PriceStatus.NOT_SOURCED) {
                continue;
            }
            String cited = cited(option.provenance(), option.terms().sourceKind(), whole);
            if (option.editedOn().isPresent()) {
                cited = texts.format(
                        "slide.edited", cited, day(option.editedOn().get()));
            }
            bySource.computeIfAbsent(cited, k -> new ArrayList<>()).add(texts.productName(product));
        }
        return cite("slide.prices", bySource);
    }

    /** The sources of the figures the price-history lines step through, each with its date. */
    private String historySources(Project project, boolean whole) {
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        for (PriceStep step : main.priceHistoryChart().steps()) {
            Product product = project.product(step.productId()).orElseThrow();
            PriceObservation figure = product.compared()
                    .figureOn(LocalDate.ofEpochDay((long) step.x()))
                    .or(() -> product.compared().figures().stream().findFirst())
                    .orElseThrow();
            String cited = cited(new Provenance(figure.source(), figure.date()), figure.sourceKind(), whole);
            List<String> names = bySource.computeIfAbsent(cited, k -> new ArrayList<>());
            if (!names.contains(texts.productName(product))) {
                names.add(texts.productName(product));
            }
        }
        return cite("slide.prices", bySource);
    }

    private String voteSources(List<Product> shown, boolean whole) {
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        for (Product product : shown) {
            if (product.votes().isEmpty()) {
                continue;
            }
            VoteTally votes = product.votes().get();
            String cited = cited(votes.provenance(), Optional.empty(), whole);
            if (votes.edited() != null) {
                cited = texts.format("slide.edited", cited, day(votes.edited()));
            }
            bySource.computeIfAbsent(cited, k -> new ArrayList<>()).add(texts.productName(product));
        }
        return cite("slide.votes", bySource);
    }

    private String headToHeadSources(Project project, boolean whole) {
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        Optional<String> test = project.votedTest().map(shown -> texts.format("slide.blindTestVotes", shown.id()));
        for (HeadToHead pair : project.pairVotes()) {
            // The model names a blind test's votes in English; a slide names them in its own language.
            String cited = test.isPresent()
                    ? cited(new Provenance(test.get(), pair.provenance().asOf()), Optional.empty(), whole)
                    : cited(pair.provenance(), Optional.empty(), whole);
            bySource.computeIfAbsent(cited, k -> new ArrayList<>());
        }
        return bySource.isEmpty()
                ? texts.get("slide.noHeadToHead")
                : texts.format("slide.headToHead", texts.list(bySource.keySet()));
    }

    /** The rates, grouped by their source: "1 USD = 6.708 CNY, 1 EUR = 1.136 USD: …, Sep 29, 2026". */
    private String rateSources(Project project, boolean whole) {
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        for (ExchangeRate rate : project.exchangeRates()) {
            bySource.computeIfAbsent(cited(rate.provenance(), Optional.empty(), whole), k -> new ArrayList<>())
                    .add(texts.format(
                            "slide.rate",
                            rate.from().getCurrencyCode(),
                            rate.to().getCurrencyCode(),
                            rate.rate().toPlainString()));
        }
        return texts.format(
                "slide.rates",
                bySource.entrySet().stream()
                        .map(e -> texts.format("slide.citation", texts.list(e.getValue()), e.getKey()))
                        .collect(Collectors.joining(texts.get("slide.citationSeparator"))));
    }

    /**
     * A source and its date. Named short, a source that is not the vendor's own says what it is, as
     * the whole citation would ("GF Securities, analyst").
     */
    private String cited(Provenance provenance, Optional<SourceKind> kind, boolean whole) {
        String source;
        if (whole) {
            source = wholeSource(provenance.source());
        } else {
            source = SourceNames.shortOf(provenance.source());
            String kindWord = kind.filter(k -> k != SourceKind.VENDOR)
                    .map(k -> texts.get("sourceKind.short." + k.name().toLowerCase(Locale.ROOT)))
                    .orElse("");
            // Not twice: "Resellers' price tables of December 2025, reseller".
            if (SourceNames.isShortened(provenance.source())
                    && !kindWord.isEmpty()
                    && !source.toLowerCase(Locale.ROOT).contains(kindWord.toLowerCase(Locale.ROOT))) {
                source = texts.format("kind.withSource", source, kindWord);
            }
        }
        return texts.format("slide.source", source, day(provenance.asOf()));
    }

    /** A date that a footnote's line never breaks inside ("Sep / 29, 2026" on a slide). */
    private String day(LocalDate date) {
        return prices.date(date).replace(' ', '\u00a0');
    }

    // A source written as a sentence would end in two stops once its date follows.
    private static String wholeSource(String source) {
        return source.strip().replaceAll("[.\u3002]+$", "");
    }

    private String cite(String key, Map<String, List<String>> bySource) {
        if (bySource.isEmpty()) {
            return "";
        }
        return texts.format(
                key,
                bySource.entrySet().stream()
                        .map(e -> texts.format("slide.citation", texts.someNames(e.getValue()), e.getKey()))
                        .collect(Collectors.joining(texts.get("slide.citationSeparator"))));
    }

    LocalDate today() {
        return session.today();
    }
}
