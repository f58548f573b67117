package dev.reelrank.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.reelrank.io.CsvOut;
import dev.reelrank.model.Leaderboard;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.PublishedRating;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One board's published ratings as {@code ratings --source published} prints them: each product's
 * newest score on or before the day, best first, with what the board published beside it.
 */
final class PublishedRatingsTable {
    private record Row(Product product, PublishedRating rating) {}

    private final Leaderboard board;
    private final List<Row> rows;
    private final List<String> missing;

    private PublishedRatingsTable(Leaderboard board, List<Row> rows, List<String> missing) {
        this.board = board;
        this.rows = rows;
        this.missing = missing;
    }

    static PublishedRatingsTable of(Project project, Leaderboard board, LocalDate day) {
        List<Row> rows = project.products().stream()
                .flatMap(product -> product.publishedOn(board, day).map(rating -> new Row(product, rating)).stream())
                .sorted(Comparator.comparing((Row row) -> row.rating().score()).reversed())
                .toList();
        List<String> missing = project.products().stream()
                .filter(product -> product.publishedOn(board, day).isEmpty())
                .map(Product::name)
                .toList();
        return new PublishedRatingsTable(board, rows, missing);
    }

    /** Products the board does not list, for a note on stderr. */
    List<String> missing() {
        return missing;
    }

    void table(PrintWriter out) {
        int width = Math.max(
                5,
                rows.stream().mapToInt(r -> r.product().name().length()).max().orElse(5));
        out.printf(
                Locale.ROOT, "%s: scores on the board's own scale, comparable only within it%n", board.displayName());
        out.printf(
                Locale.ROOT,
                "%-" + width + "s  %9s  %21s  %9s  %-10s  %s%n",
                "model",
                "score",
                "95 % interval",
                "votes",
                "date",
                "source");
        for (Row row : rows) {
            PublishedRating r = row.rating();
            String interval = r.interval()
                    .map(i -> plain(i.low()) + " – " + plain(i.high()))
                    .orElse("–");
            out.printf(
                    Locale.ROOT,
                    "%-" + width + "s  %9s  %21s  %9s  %-10s  %s%n",
                    row.product().name(),
                    plain(r.score()),
                    interval,
                    r.votes().map(String::valueOf).orElse("–"),
                    r.date(),
                    r.citation().source());
        }
    }

    void csv(PrintWriter out) {
        out.print(CsvOut.record("board", "model", "score", "ci_low", "ci_high", "votes", "date", "source", "url"));
        for (Row row : rows) {
            PublishedRating r = row.rating();
            out.print(CsvOut.record(
                    board.id(),
                    row.product().name(),
                    plain(r.score()),
                    r.interval().map(i -> plain(i.low())).orElse(""),
                    r.interval().map(i -> plain(i.high())).orElse(""),
                    r.votes().map(String::valueOf).orElse(""),
                    r.date().toString(),
                    r.citation().source(),
                    r.citation().url().orElse("")));
        }
    }

    void json(PrintWriter out) throws IOException {
        try (JsonGenerator json = JsonOut.on(out)) {
            json.writeStartObject();
            json.writeStringField("board", board.id());
            json.writeArrayFieldStart("ratings");
            for (Row row : rows) {
                PublishedRating r = row.rating();
                json.writeStartObject();
                json.writeStringField("model", row.product().name());
                json.writeNumberField("score", r.score());
                Optional<BigDecimal> low = r.interval().map(i -> i.low());
                if (low.isPresent()) {
                    json.writeNumberField("ciLow", low.get());
                    json.writeNumberField("ciHigh", r.interval().get().high());
                }
                if (r.votes().isPresent()) {
                    json.writeNumberField("votes", r.votes().get());
                }
                json.writeStringField("date", r.date().toString());
                json.writeStringField("source", r.citation().source());
                if (r.citation().url().isPresent()) {
                    json.writeStringField("url", r.citation().url().get());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.println();
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
