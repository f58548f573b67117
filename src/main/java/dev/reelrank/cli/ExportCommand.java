package dev.reelrank.cli;

import dev.reelrank.io.AtomicFiles;
import dev.reelrank.io.DefaultDataset;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.BlindTest;
import dev.reelrank.model.Project;
import dev.reelrank.model.RatingSource;
import dev.reelrank.model.VoteScope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = ReelRankCommand.VersionLine.class,
        description = "Draw a chart of a project as a PNG, without a display.")
final class ExportCommand implements Callable<Integer> {
    private final ImageExporter exporter;

    @Spec
    private CommandSpec spec;

    @Parameters(
            arity = "0..1",
            paramLabel = "PROJECT",
            description = "A .reelrank.json file; the default dataset " + "when left out.")
    private Path project;

    @Option(
            names = "--chart",
            required = true,
            paramLabel = "CHART",
            description = "cost, rating, trend, price-history, value, heatmap (observed win rates), dashboard or"
                    + " blind-test (a blind test's results).")
    private String chart;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "Where to write the image.")
    private Path out;

    @Option(names = "--width", defaultValue = "1920", paramLabel = "W", description = "Layout width (default 1920).")
    private int width;

    @Option(names = "--height", defaultValue = "1080", paramLabel = "H", description = "Layout height (default 1080).")
    private int height;

    @Option(
            names = "--scale",
            defaultValue = "1",
            paramLabel = "S",
            description = "1, 2 or 3; the image has (W*S) x (H*S) pixels (default 1).")
    private int scale;

    @Option(
            names = "--theme",
            defaultValue = "light",
            paramLabel = "THEME",
            description = "light, dark or transparent (default light).")
    private String theme;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG", description = "en or zh (default en).")
    private String language;

    @Option(
            names = "--title",
            paramLabel = "TEXT",
            description = "Title (default: what the chart shows, with its " + "unit); \"\" for none.")
    private String title;

    @Option(
            names = "--subtitle",
            paramLabel = "TEXT",
            description = "Line under the title (default: the project's " + "name); \"\" for none.")
    private String subtitle;

    @Option(
            names = "--test",
            paramLabel = "ID",
            description = "Draw the votes of this blind test of the project (the blind-test results, the"
                    + " heatmap and head-to-head ratings); default for blind-test: the one the project"
                    + " shows, else its latest.")
    private String test;

    @Option(names = "--force", description = "Replace FILE.png if it already exists.")
    private boolean force;

    ExportCommand(ImageExporter exporter) {
        this.exporter = exporter;
    }

    @Override
    public Integer call() throws Exception {
        ImageRequest request = checkedRequest();
        checkOut();
        Project drawn = withTest(project == null ? DefaultDataset.load() : ProjectFiles.read(project));
        if ("heatmap".equals(chart) && drawn.pairVotes().isEmpty()) {
            throw new UserInputException((project == null ? "the default dataset" : project.toString())
                    + " has no head-to-head votes to draw a heatmap from; import battles first (reelrank "
                    + "import-battles)");
        }
        byte[] png = exporter.png(drawn, request);
        try {
            AtomicFiles.write(out, stream -> stream.write(png));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + IoProblems.describe(e), e);
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %d x %d px%n", out, width * scale, height * scale);
        return ExitCodes.OK;
    }

    /** The project showing the votes of the blind test asked for, or for blind-test results its latest. */
    private Project withTest(Project loaded) {
        String where = project == null ? "the default dataset" : project.toString();
        String id = test;
        if (id == null && "blind-test".equals(chart)) {
            id = loaded.votedTest()
                    .or(() -> loaded.blindTests().stream().max(Comparator.comparing(BlindTest::created)))
                    .map(BlindTest::id)
                    .orElseThrow(() -> new UserInputException(
                            where + " has no blind test; run one in the window (View > Blind Test...)"));
        }
        if (id == null) {
            return loaded;
        }
        String wanted = id;
        if (loaded.blindTest(wanted).isEmpty()) {
            throw new UserInputException(where + " has no blind test " + wanted
                    + (loaded.blindTests().isEmpty()
                            ? ""
                            : "; it has "
                                    + loaded.blindTests().stream()
                                            .map(BlindTest::id)
                                            .collect(Collectors.joining(", "))));
        }
        return loaded.withView(
                loaded.view().withVotes(VoteScope.blindTest(wanted)).withRatingSource(RatingSource.HEAD_TO_HEAD));
    }

    private ImageRequest checkedRequest() {
        oneOf("--chart", chart, ImageRequest.CHARTS);
        oneOf("--theme", theme, ImageRequest.THEMES);
        oneOf("--lang", language, ImageRequest.LANGUAGES);
        if (width < ImageRequest.MIN_SIDE || height < ImageRequest.MIN_SIDE) {
            throw new UserInputException("--width and --height must be at least " + ImageRequest.MIN_SIDE + ", not "
                    + width + " x " + height);
        }
        if (scale < 1 || scale > 3) {
            throw new UserInputException("--scale must be 1, 2 or 3, not " + scale);
        }
        if ((long) width * scale > ImageRequest.MAX_PIXELS || (long) height * scale > ImageRequest.MAX_PIXELS) {
            throw new UserInputException("the image would be " + (long) width * scale + " x " + (long) height * scale
                    + " px; at most " + ImageRequest.MAX_PIXELS + " px a side: lower --scale or the size");
        }
        for (String text : Arrays.asList(title, subtitle)) {
            if (text != null && text.length() > 200) {
                throw new UserInputException("--title and --subtitle take at most 200 characters");
            }
        }
        return new ImageRequest(chart, width, height, scale, theme, language, title, subtitle);
    }

    private void checkOut() {
        if (out.getFileName() == null
                || !out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new UserInputException(out + " does not end in .png");
        }
        OutputFile.checkReplaceable(out, force, "chart.png");
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserInputException("the folder " + folder + " does not exist");
        }
    }

    private static void oneOf(String option, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw new UserInputException(
                    option + " must be one of " + String.join(", ", allowed) + ", not \"" + value + "\"");
        }
    }
}
