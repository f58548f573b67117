package dev.reelrank.cli;

import dev.reelrank.io.CsvOut;
import dev.reelrank.io.ProjectFileException;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.ClipCost;
import dev.reelrank.model.CompactAmounts;
import dev.reelrank.model.Currencies;
import dev.reelrank.model.InvalidValueException;
import dev.reelrank.model.Money;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.Scenario;
import dev.reelrank.model.VideoCost;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Yearly clips and spend at platform scale, for one cost per clip or for each product of a project. */
@Command(
        name = "scenario",
        mixinStandardHelpOptions = true,
        versionProvider = ReelRankCommand.VersionLine.class,
        description = "Clips and spend a year: uploads a day x AI share x days x cost per clip.")
final class ScenarioCommand implements Callable<Integer> {
    enum Format {
        TABLE,
        CSV
    }

    @Spec
    private CommandSpec spec;

    @Parameters(
            arity = "0..1",
            paramLabel = "PROJECT",
            description = "Take each product's cost per clip from this project instead of --cost-per-clip: its"
                    + " compared price, or the option chosen with --price.")
    private Path project;

    @Option(
            names = "--price",
            paramLabel = "PRODUCT:OPTION",
            description = "With a project: multiply this price option for that product instead of its compared price,"
                    + " e.g. kling-1.6:gf-estimate (GF Securities' 0.83 CNY estimate). PRODUCT is the product's id or"
                    + " name, OPTION the option's id or label; repeat for more products.")
    private List<String> prices = new ArrayList<>();

    @Option(
            names = "--uploads-per-day",
            paramLabel = "N",
            defaultValue = "40000000",
            description = "Uploads a day (default ${DEFAULT-VALUE}, Kuaishou's figure per GF Securities).")
    private String uploads;

    @Option(names = "--cost-per-clip", paramLabel = "X", description = "Cost of one clip, in --currency.")
    private String costPerClip;

    @Option(
            names = "--shares",
            paramLabel = "a,b,c",
            defaultValue = "10%,20%,30%",
            description = "AI-generated shares as fractions (0.1) or percentages (10%%) (default ${DEFAULT-VALUE}).")
    private String shares;

    @Option(
            names = "--days",
            paramLabel = "D",
            defaultValue = "365",
            description = "Days a year (default ${DEFAULT-VALUE}).")
    private String days;

    @Option(
            names = "--currency",
            paramLabel = "C",
            defaultValue = "CNY",
            description = "Currency of the cost per clip and of the result (default ${DEFAULT-VALUE}).")
    private String currency;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table or csv. CSV numbers are plain decimals: " + PlainDecimals.RULE + ".")
    private Format format;

    private record Line(String product, PriceOption option, ClipCost clip, Scenario.Row row) {}

    /** What one product's lines multiply: the option, its clip cost in the result's currency, and why. */
    private record Priced(Product product, PriceOption option, ClipCost clip, boolean chosen) {}

    @Override
    public Integer call() throws IOException, ProjectFileException {
        long perDay = whole("--uploads-per-day", uploads, 1_000_000_000_000L);
        int dayCount = (int) whole("--days", days, 366);
        List<BigDecimal> shareList = parseShares(shares);
        Currency resultCurrency;
        try {
            resultCurrency = Currencies.parse(currency);
        } catch (InvalidValueException e) {
            throw new UserInputException("--currency: " + e.getMessage());
        }
        List<Line> lines = new ArrayList<>();
        List<Priced> priced = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (project != null) {
            if (costPerClip != null) {
                throw new UserInputException("give either a project or --cost-per-clip, not both");
            }
            Project loaded = ProjectFiles.read(project);
            Map<String, PriceOption> chosen = chosenPrices(loaded, prices);
            for (Product product : loaded.products()) {
                PriceOption option = chosen.getOrDefault(product.id(), product.compared());
                var clip = ClipCost.of(option);
                if (clip.isEmpty()) {
                    notes.add("note: " + product.name() + " left out: its compared price has no figure ("
                            + option.reason() + ")");
                    continue;
                }
                ClipCost converted;
                try {
                    converted = clip.get().in(resultCurrency, loaded.rates());
                } catch (RuntimeException e) {
                    if (chosen.containsKey(product.id())) {
                        throw new UserInputException(
                                "--price: " + product.name() + " " + option.id() + ": " + e.getMessage());
                    }
                    notes.add("note: " + product.name() + " left out: " + e.getMessage());
                    continue;
                }
                if (converted.ofAnotherLength()) {
                    // As the window's scenario: one clip length for every product, or a 10-s price
                    // multiplied against 5-s ones ranks the products other than their cost a minute.
                    notes.add("note: " + product.name() + " is priced per " + converted.clipSeconds()
                            + "-s clip; costed pro rata for a " + VideoCost.STANDARD_CLIP_SECONDS + "-s clip");
                    converted = converted.lasting(VideoCost.STANDARD_CLIP_SECONDS);
                }
                priced.add(new Priced(product, option, converted, chosen.containsKey(product.id())));
                Scenario scenario = scenario(perDay, shareList, dayCount, converted.perClip());
                for (Scenario.Row row : scenario.rows()) {
                    lines.add(new Line(product.name(), option, converted, row));
                }
                if (converted.lengthAssumed()) {
                    notes.add("note: " + product.name() + " is priced per second or per minute; a "
                            + converted.clipSeconds() + "-s clip is assumed");
                }
            }
        } else {
            if (costPerClip == null) {
                throw new UserInputException("give --cost-per-clip X (or a project file)");
            }
            if (!prices.isEmpty()) {
                throw new UserInputException("--price chooses among a project's price options; give a project file");
            }
            Money cost = new Money(decimal("--cost-per-clip", costPerClip), resultCurrency);
            for (Scenario.Row row : scenario(perDay, shareList, dayCount, cost).rows()) {
                lines.add(new Line(null, null, null, row));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.CSV) {
            csv(out, lines, project != null);
        } else {
            if (project != null) {
                pricesMultiplied(out, priced, resultCurrency);
            }
            table(out, lines, project != null, resultCurrency);
        }
        notes.forEach(spec.commandLine().getErr()::println);
        return ExitCodes.OK;
    }

    private static Scenario scenario(long perDay, List<BigDecimal> shares, int days, Money cost) {
        try {
            return new Scenario(perDay, shares, days, cost);
        } catch (InvalidValueException e) {
            throw new UserInputException(e.field() + ": " + e.getMessage());
        }
    }

    /**
     * The options chosen with {@code --price PRODUCT:OPTION}, by product id. PRODUCT is an id or a
     * name, OPTION an id or a label (ignoring case); ids contain no colon, so the first colon splits.
     */
    static Map<String, PriceOption> chosenPrices(Project project, List<String> specs) {
        Map<String, PriceOption> chosen = new LinkedHashMap<>();
        for (String spec : specs) {
            int colon = spec.indexOf(':');
            String productText = colon < 0 ? "" : spec.substring(0, colon).strip();
            String optionText = colon < 0 ? "" : spec.substring(colon + 1).strip();
            if (productText.isEmpty() || optionText.isEmpty()) {
                throw new UserInputException(
                        "--price: \"" + spec + "\" is not PRODUCT:OPTION" + " (for example kling-1.6:gf-estimate)");
            }
            Product product = project.products().stream()
                    .filter(p -> p.id().equals(productText))
                    .findFirst()
                    .or(() -> project.products().stream()
                            .filter(p -> p.name().equalsIgnoreCase(productText))
                            .findFirst())
                    .orElseThrow(() -> new UserInputException("--price: no product \"" + productText
                            + "\" in the project; products: "
                            + String.join(
                                    ", ",
                                    project.products().stream().map(Product::id).toList())));
            PriceOption option = product.prices().stream()
                    .filter(o -> o.id().equals(optionText))
                    .findFirst()
                    .or(() -> product.prices().stream()
                            .filter(o -> o.label().equalsIgnoreCase(optionText))
                            .findFirst())
                    .orElseThrow(() -> new UserInputException("--price: " + product.name() + " has no price option \""
                            + optionText + "\"; its options: "
                            + String.join(
                                    ", ",
                                    product.prices().stream()
                                            .map(PriceOption::id)
                                            .toList())));
            if (!option.hasFigure()) {
                throw new UserInputException(
                        "--price: " + product.name() + " " + option.id() + " has no figure (" + option.reason() + ")");
            }
            if (chosen.put(product.id(), option) != null) {
                throw new UserInputException("--price: " + product.name() + " is chosen more than once");
            }
        }
        return chosen;
    }

    /** One line per product naming the option it multiplies, its kind of figure and its date. */
    private static void pricesMultiplied(PrintWriter out, List<Priced> priced, Currency currency) {
        out.println("prices multiplied (choose another with --price PRODUCT:OPTION):");
        for (Priced p : priced) {
            out.println("  " + p.product().name() + ": " + describe(p.option()) + "; "
                    + PlainDecimals.unitCost(p.clip().perClip().amount()) + " " + currency + " per "
                    + p.clip().clipSeconds() + "-s clip" + (p.clip().lengthAssumed() ? " (length assumed)" : "")
                    + " [" + p.product().id() + ":" + p.option().id() + (p.chosen() ? ", chosen" : ", compared price")
                    + "]");
        }
        out.println();
    }

    /** "GF estimate, estimate, as of 2025-03-10". */
    private static String describe(PriceOption option) {
        return option.label() + ", " + PriceWords.kind(option) + ", as of "
                + option.provenance().asOf();
    }

    /** "0.1,20%,30 %" as fractions; each from 0 to 100 %. */
    static List<BigDecimal> parseShares(String text) {
        List<BigDecimal> result = new ArrayList<>();
        // One separator at the end ("10%, 20%,") is ignored; an empty share anywhere else is a mistake.
        for (String part : text.strip().replaceFirst(",$", "").split(",", -1)) {
            String share = part.strip();
            if (share.isEmpty()) {
                throw new UserInputException("--shares: a share is missing between two commas");
            }
            boolean percent = share.endsWith("%");
            String number = percent ? share.substring(0, share.length() - 1).strip() : share;
            if (!number.matches("-?\\d+(\\.\\d+)?|-?\\.\\d+")) {
                throw new UserInputException("--shares: \"" + share + "\" is not a share; write 0.1 or 10%");
            }
            BigDecimal value = new BigDecimal(number);
            if (percent) {
                value = value.movePointLeft(2);
            }
            if (value.signum() < 0) {
                throw new UserInputException("--shares: " + share + " is negative");
            }
            if (value.compareTo(BigDecimal.ONE) > 0) {
                throw new UserInputException("--shares: " + share + " is over 100 %"
                        + (percent ? "" : " (write 10% or 0.1 for ten per cent)"));
            }
            result.add(value);
        }
        return result;
    }

    private static long whole(String option, String text, long max) {
        String plain = text.strip().replace(",", "").replace("_", "");
        if (!plain.matches("\\d{1,13}")) {
            throw new UserInputException(option + ": \"" + text + "\" is not a whole number of 0 or more");
        }
        long value = Long.parseLong(plain);
        if (value > max) {
            throw new UserInputException(option + ": " + text + " is implausibly large (at most " + max + ")");
        }
        return value;
    }

    private static BigDecimal decimal(String option, String text) {
        String plain = text.strip();
        if (!plain.matches("-?\\d+(\\.\\d+)?|-?\\.\\d+")) {
            throw new UserInputException(option + ": \"" + text + "\" is not a number");
        }
        BigDecimal value = new BigDecimal(plain);
        if (value.signum() < 0) {
            throw new UserInputException(option + ": " + text + " is negative");
        }
        return value;
    }

    private static void table(PrintWriter out, List<Line> lines, boolean perProduct, Currency currency) {
        if (perProduct) {
            int width = Math.max(
                    7, lines.stream().mapToInt(l -> l.product().length()).max().orElse(7));
            int optionWidth = Math.max(
                    12,
                    lines.stream().mapToInt(l -> l.option().id().length()).max().orElse(12));
            out.printf(
                    Locale.ROOT,
                    "%-" + width + "s  %-" + optionWidth + "s  %14s  %6s  %18s  %22s%n",
                    "product",
                    "price option",
                    "cost per clip",
                    "share",
                    "clips per year",
                    "cost per year");
            for (Line line : lines) {
                out.printf(
                        Locale.ROOT,
                        "%-" + width + "s  %-" + optionWidth + "s  %14s  %6s  %,18.0f  %22s%n",
                        line.product(),
                        line.option().id(),
                        PlainDecimals.unitCost(line.clip().perClip().amount()) + " " + currency + "/"
                                + line.clip().clipSeconds() + "s",
                        percent(line.row().share()),
                        line.row().clipsPerYear(),
                        CompactAmounts.format(line.row().costPerYear().amount(), currency, Locale.ENGLISH));
            }
        } else {
            out.printf(Locale.ROOT, "%6s  %18s  %16s  %28s%n", "share", "clips per year", "cost per year", "exactly");
            for (Line line : lines) {
                out.printf(
                        Locale.ROOT,
                        "%6s  %,18.0f  %16s  %28s%n",
                        percent(line.row().share()),
                        line.row().clipsPerYear(),
                        CompactAmounts.format(line.row().costPerYear().amount(), currency, Locale.ENGLISH),
                        String.format(
                                        Locale.ROOT,
                                        "%,.2f",
                                        line.row().costPerYear().amount()) + " " + currency);
            }
        }
    }

    private static void csv(PrintWriter out, List<Line> lines, boolean perProduct) {
        out.print(
                perProduct
                        ? CsvOut.record(
                                "product",
                                "price_option",
                                "price_label",
                                "price_kind",
                                "price_as_of",
                                "cost_per_clip",
                                "clip_seconds",
                                "currency",
                                "share",
                                "clips_per_year",
                                "cost_per_year")
                        : CsvOut.record("share", "clips_per_year", "cost_per_year", "currency"));
        for (Line line : lines) {
            Scenario.Row row = line.row();
            String share = PlainDecimals.significant(row.share());
            String clips = PlainDecimals.whole(row.clipsPerYear());
            String cost = PlainDecimals.money(row.costPerYear().amount());
            String currency = row.costPerYear().currency().toString();
            if (perProduct) {
                PriceOption option = line.option();
                out.print(CsvOut.record(
                        line.product(),
                        option.id(),
                        option.label(),
                        PriceWords.kind(option),
                        option.provenance().asOf().toString(),
                        PlainDecimals.unitCost(line.clip().perClip().amount()),
                        String.valueOf(line.clip().clipSeconds()),
                        currency,
                        share,
                        clips,
                        cost));
            } else {
                out.print(CsvOut.record(share, clips, cost, currency));
            }
        }
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }
}
