package dev.reelrank.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.reelrank.model.Battle;
import dev.reelrank.model.BlindTest;
import dev.reelrank.model.BlindTestPrompt;
import dev.reelrank.model.ChartStyle;
import dev.reelrank.model.ChartView;
import dev.reelrank.model.Clip;
import dev.reelrank.model.ClipLibrary;
import dev.reelrank.model.CostComparison;
import dev.reelrank.model.DatedFact;
import dev.reelrank.model.ExchangeRate;
import dev.reelrank.model.GenerationMode;
import dev.reelrank.model.HeadToHead;
import dev.reelrank.model.Lifecycle;
import dev.reelrank.model.PriceObservation;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.PriceTerms;
import dev.reelrank.model.PriceUnit;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.Provenance;
import dev.reelrank.model.PublishedRating;
import dev.reelrank.model.VoteTally;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.Optional;

/**
 * Writes a project as UTF-8 JSON, indented, with keys always in the same order so that files
 * diff cleanly in version control. Clip files are written as the project holds them: a project
 * saved to a file has them made relative to its folder by {@link ProjectFiles} first.
 */
public final class ProjectWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private ProjectWriter() {}

    public static void write(Project project, OutputStream out) throws IOException {
        var indenter = new DefaultIndenter("  ", "\n");
        var pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter)
                .withSeparators(
                        DefaultPrettyPrinter.DEFAULT_SEPARATORS.withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(pretty);
            writeProject(json, project);
            json.writeRaw('\n');
        }
    }

    private static void writeBlindTests(JsonGenerator json, Project project) throws IOException {
        json.writeArrayFieldStart("blindTests");
        for (BlindTest test : project.blindTests()) {
            json.writeStartObject();
            json.writeStringField("id", test.id());
            json.writeStringField("created", test.created().toString());
            json.writeNumberField("seed", test.seed());
            json.writeNumberField("scheduleRules", test.scheduleRules());
            json.writeArrayFieldStart("products");
            for (String product : test.products()) {
                json.writeString(product);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("prompts");
            for (BlindTestPrompt prompt : test.prompts()) {
                writePrompt(json, prompt);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("battles");
        for (Battle battle : project.battles()) {
            json.writeStartObject();
            json.writeStringField("blindTest", battle.blindTest());
            json.writeStringField("a", battle.a());
            json.writeStringField("b", battle.b());
            json.writeStringField("outcome", JsonNames.of(battle.outcome()));
            json.writeStringField("prompt", battle.prompt());
            json.writeStringField("time", battle.time().toString());
            json.writeNumberField("voters", battle.voters());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeProject(JsonGenerator json, Project project) throws IOException {
        json.writeStartObject();
        json.writeNumberField("format", ProjectReader.FORMAT_VERSION);
        json.writeStringField("name", project.name());
        optional(json, "description", project.description());
        json.writeStringField("displayCurrency", project.displayCurrency().getCurrencyCode());
        json.writeArrayFieldStart("exchangeRates");
        for (ExchangeRate rate : project.exchangeRates()) {
            json.writeStartObject();
            json.writeStringField("from", rate.from().getCurrencyCode());
            json.writeStringField("to", rate.to().getCurrencyCode());
            json.writeNumberField("rate", rate.rate());
            provenance(json, rate.provenance());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("products");
        for (Product product : project.products()) {
            writeProduct(json, product);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("headToHead");
        for (HeadToHead pair : project.headToHead()) {
            json.writeStartObject();
            json.writeStringField("a", pair.a());
            json.writeStringField("b", pair.b());
            json.writeNumberField("aWins", pair.aWins());
            json.writeNumberField("bWins", pair.bWins());
            json.writeNumberField("ties", pair.ties());
            json.writeBooleanField("sample", pair.sample());
            provenance(json, pair.provenance());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (!project.view().equals(ChartView.DEFAULT)) {
            ChartView view = project.view();
            json.writeObjectFieldStart("view");
            json.writeStringField("costBasis", JsonNames.of(view.costBasis()));
            json.writeStringField("trendMetric", JsonNames.of(view.trendMetric()));
            json.writeBooleanField("logCostAxis", view.logCostAxis());
            if (view.costChartLogAxis()) {
                json.writeBooleanField("costChartLogAxis", true);
            }
            if (view.currentOnly()) {
                json.writeBooleanField("currentOnly", true);
            }
            if (view.ratingSource() != null) {
                json.writeStringField("ratingSource", JsonNames.of(view.ratingSource()));
            }
            if (view.board() != null) {
                json.writeStringField("board", view.board().id());
            }
            if (view.votes().fromBlindTest()) {
                json.writeObjectFieldStart("votes");
                json.writeStringField("blindTest", view.votes().blindTest());
                if (view.votes().prompt() != null) {
                    json.writeStringField("prompt", view.votes().prompt());
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        if (!project.blindTests().isEmpty()) {
            writeBlindTests(json, project);
        }
        if (!project.costComparison().equals(CostComparison.DEFAULT)) {
            json.writeObjectFieldStart("costComparison");
            json.writeStringField("reference", project.costComparison().reference());
            json.writeArrayFieldStart("against");
            for (String id : project.costComparison().against()) {
                json.writeString(id);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        if (!project.clipLibrary().equals(ClipLibrary.EMPTY)) {
            writeClipLibrary(json, project.clipLibrary());
        }
        json.writeEndObject();
    }

    /** Each clip's file as the project holds it: {@link ProjectFiles} makes it relative first. */
    private static void writeClipLibrary(JsonGenerator json, ClipLibrary library) throws IOException {
        json.writeObjectFieldStart("clipLibrary");
        json.writeArrayFieldStart("prompts");
        for (BlindTestPrompt prompt : library.prompts()) {
            writePrompt(json, prompt);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("clips");
        for (Clip clip : library.clips()) {
            json.writeStartObject();
            json.writeStringField("prompt", clip.prompt());
            json.writeStringField("product", clip.product());
            json.writeStringField("file", clip.file());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writePrompt(JsonGenerator json, BlindTestPrompt prompt) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", prompt.id());
        json.writeStringField("text", prompt.text());
        json.writeEndObject();
    }

    private static void writeProduct(JsonGenerator json, Product product) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", product.id());
        json.writeStringField("name", product.name());
        optional(json, "nameZh", product.nameZh());
        json.writeStringField("family", product.family());
        json.writeStringField("version", product.version());
        json.writeStringField("vendor", product.vendor());
        json.writeStringField("releaseDate", product.releaseDate().toString());
        json.writeArrayFieldStart("modes");
        for (GenerationMode mode :
                product.modes().stream().sorted(Comparator.naturalOrder()).toList()) {
            json.writeString(JsonNames.mode(mode));
        }
        json.writeEndArray();
        optional(json, "maxResolution", product.maxResolution());
        if (product.maxClipSeconds().isPresent()) {
            json.writeNumberField("maxClipSeconds", product.maxClipSeconds().get());
        }
        json.writeStringField("comparedPrice", product.comparedPrice());
        json.writeArrayFieldStart("prices");
        for (PriceOption option : product.prices()) {
            writePriceOption(json, option);
        }
        json.writeEndArray();
        if (product.votes().isPresent()) {
            VoteTally votes = product.votes().get();
            json.writeObjectFieldStart("votes");
            json.writeNumberField("wins", votes.wins());
            json.writeNumberField("losses", votes.losses());
            json.writeNumberField("ties", votes.ties());
            json.writeBooleanField("sample", votes.sample());
            provenance(json, votes.provenance());
            if (votes.edited() != null) {
                json.writeStringField("edited", votes.edited().toString());
            }
            json.writeEndObject();
        }
        if (product.chart().isPresent()) {
            ChartStyle chart = product.chart().get();
            json.writeObjectFieldStart("chart");
            json.writeStringField("color", chart.color());
            json.writeBooleanField("shown", chart.shown());
            json.writeEndObject();
        }
        optional(json, "note", product.note());
        Lifecycle lifecycle = product.lifecycle();
        if (!lifecycle.equals(Lifecycle.UNKNOWN)) {
            json.writeObjectFieldStart("lifecycle");
            datedFact(json, "announced", lifecycle.announced());
            datedFact(json, "available", lifecycle.available());
            datedFact(json, "discontinued", lifecycle.discontinued());
            json.writeEndObject();
        }
        if (!product.published().isEmpty()) {
            json.writeArrayFieldStart("published");
            for (PublishedRating rating : product.published()) {
                writePublishedRating(json, rating);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writePublishedRating(JsonGenerator json, PublishedRating rating) throws IOException {
        json.writeStartObject();
        json.writeStringField("board", rating.board().id());
        json.writeStringField("date", rating.date().toString());
        json.writeNumberField("score", rating.score());
        if (rating.interval().isPresent()) {
            json.writeNumberField("low", rating.interval().get().low());
            json.writeNumberField("high", rating.interval().get().high());
        }
        if (rating.votes().isPresent()) {
            json.writeNumberField("votes", rating.votes().get());
        }
        json.writeStringField("source", rating.citation().source());
        optional(json, "url", rating.citation().url());
        if (rating.citation().kind().isPresent()) {
            json.writeStringField(
                    "sourceKind", JsonNames.of(rating.citation().kind().get()));
        }
        json.writeEndObject();
    }

    private static void datedFact(JsonGenerator json, String field, Optional<DatedFact> fact) throws IOException {
        if (fact.isPresent()) {
            json.writeObjectFieldStart(field);
            json.writeStringField("date", fact.get().date().toString());
            json.writeStringField("source", fact.get().source());
            json.writeEndObject();
        }
    }

    private static void writePriceOption(JsonGenerator json, PriceOption option) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", option.id());
        json.writeStringField("label", option.label());
        json.writeStringField("status", JsonNames.status(option.status()));
        if (option.hasFigure()) {
            json.writeStringField("kind", JsonNames.kind(option.kind()));
            json.writeNumberField("amount", option.price().amount());
            json.writeStringField("currency", option.price().currency().getCurrencyCode());
            writeUnit(json, option.price().unit());
        } else {
            json.writeStringField("reason", option.reason());
        }
        PriceTerms terms = option.terms();
        optional(json, "tier", terms.tier().orElse(null));
        optional(json, "resolution", terms.resolution().orElse(null));
        optional(json, "estimateBy", terms.estimateBy().orElse(null));
        optional(json, "method", terms.method().orElse(null));
        json.writeStringField("source", option.provenance().source());
        if (terms.sourceKind().isPresent()) {
            json.writeStringField("sourceKind", JsonNames.of(terms.sourceKind().get()));
        }
        optional(json, "url", option.provenance().url());
        json.writeStringField("asOf", option.provenance().asOf().toString());
        if (option.edited() != null) {
            json.writeStringField("edited", option.edited().toString());
        }
        optional(json, "note", option.note());
        if (!option.history().isEmpty()) {
            json.writeArrayFieldStart("history");
            for (PriceObservation observation : option.history()) {
                writeObservation(json, observation);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writeObservation(JsonGenerator json, PriceObservation observation) throws IOException {
        json.writeStartObject();
        json.writeStringField("date", observation.date().toString());
        json.writeNumberField("amount", observation.amount());
        json.writeStringField("source", observation.source());
        optional(json, "url", observation.url());
        if (observation.sourceKind().isPresent()) {
            json.writeStringField(
                    "sourceKind", JsonNames.of(observation.sourceKind().get()));
        }
        json.writeEndObject();
    }

    private static void writeUnit(JsonGenerator json, PriceUnit unit) throws IOException {
        json.writeObjectFieldStart("unit");
        json.writeStringField("type", JsonNames.unitType(unit));
        switch (unit) {
            case PriceUnit.PerClip clip -> json.writeNumberField("clipSeconds", clip.clipSeconds());
            case PriceUnit.PerCredit credit -> {
                json.writeNumberField("creditsPerClip", credit.creditsPerClip());
                json.writeNumberField("clipSeconds", credit.clipSeconds());
            }
            case PriceUnit.MonthlyPlan plan -> {
                json.writeNumberField("allowance", plan.allowance());
                json.writeStringField("allowanceUnit", JsonNames.of(plan.allowanceUnit()));
                if (plan.creditsPerClip() != null) {
                    json.writeNumberField("creditsPerClip", plan.creditsPerClip());
                }
                if (plan.clipSeconds() != null) {
                    json.writeNumberField("clipSeconds", plan.clipSeconds());
                }
                json.writeNumberField("utilisation", plan.utilisation());
            }
            case PriceUnit.PerSecond s -> {}
            case PriceUnit.PerMinute m -> {}
        }
        json.writeEndObject();
    }

    private static void provenance(JsonGenerator json, Provenance provenance) throws IOException {
        json.writeStringField("source", provenance.source());
        optional(json, "url", provenance.url());
        json.writeStringField("asOf", provenance.asOf().toString());
    }

    private static void optional(JsonGenerator json, String field, Optional<String> value) throws IOException {
        optional(json, field, value.orElse(null));
    }

    private static void optional(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }
}
