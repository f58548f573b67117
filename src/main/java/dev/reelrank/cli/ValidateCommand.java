package dev.reelrank.cli;

import dev.reelrank.io.ProjectFileException;
import dev.reelrank.io.ProjectFiles;
import dev.reelrank.model.PriceKind;
import dev.reelrank.model.PriceOption;
import dev.reelrank.model.Project;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks a project file without changing it. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = ReelRankCommand.VersionLine.class,
        description = "Check a project file; prints a summary or the first problem.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The .reelrank.json file to check; it is only read.")
    private Path file;

    @Override
    public Integer call() throws ProjectFileException, IOException {
        Project project = ProjectFiles.read(file);
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        "ok: %d products, %d price options (%s), %d vote tallies%s%n",
                        project.products().size(),
                        project.priceOptionCount(),
                        kinds(project),
                        project.voteTallyCount(),
                        blindTests(project));
        return ExitCodes.OK;
    }

    /** ", 1 blind test (12 votes)" when the project holds blind tests, whose votes are not tallies. */
    static String blindTests(Project project) {
        if (project.blindTests().isEmpty()) {
            return "";
        }
        long votes = project.battles().stream()
                .mapToLong(dev.reelrank.model.Battle::voters)
                .sum();
        int tests = project.blindTests().size();
        return String.format(
                Locale.ROOT,
                ", %d blind test%s (%d vote%s)",
                tests,
                tests == 1 ? "" : "s",
                votes,
                votes == 1 ? "" : "s");
    }

    /** How many options of each kind, e.g. "2 api, 2 plan, 5 credits, 3 estimate; 1 derived; 2 without a figure". */
    static String kinds(Project project) {
        Map<PriceKind, Integer> counts = new EnumMap<>(PriceKind.class);
        int derived = 0;
        int none = 0;
        for (var product : project.products()) {
            for (PriceOption option : product.prices()) {
                if (!option.hasFigure()) {
                    none++;
                    continue;
                }
                counts.merge(option.kind(), 1, Integer::sum);
                derived += option.derived() ? 1 : 0;
            }
        }
        List<String> parts = new ArrayList<>();
        String byKind = counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        if (!byKind.isEmpty()) {
            parts.add(byKind);
        }
        if (derived > 0) {
            parts.add(derived + " derived");
        }
        if (none > 0) {
            parts.add(none + " without a figure");
        }
        return String.join("; ", parts);
    }
}
