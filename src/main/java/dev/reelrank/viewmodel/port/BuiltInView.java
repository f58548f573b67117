package dev.reelrank.viewmodel.port;

import dev.reelrank.model.Project;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The two datasets ReelRank carries, each a dated view of the market: today's lineup with its
 * newest prices and published ratings, and the source article's comparison as it stood in early
 * 2025. The window offers both at start and on the View menu.
 */
public enum BuiltInView {
    TODAY("Today's market (late 2026)", LocalDate.of(2026, 11, 29)),
    ARTICLE("The article's comparison (early 2025)", LocalDate.of(2025, 3, 10));

    private final String projectName;
    private final LocalDate asOf;

    BuiltInView(String projectName, LocalDate asOf) {
        this.projectName = projectName;
        this.asOf = asOf;
    }

    /** The name each dataset carries, by which the window knows it is showing one. */
    public String projectName() {
        return projectName;
    }

    /** The day its figures were gathered, which the window shows beside its name. */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * The built-in view a window shows: one opened from no file under its own name. Saved to a
     * file or renamed, it is the user's project, no longer the built-in one.
     */
    public static Optional<BuiltInView> shownIn(Project project, Path file) {
        if (file != null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(view -> view.projectName.equals(project.name()))
                .findFirst();
    }

    /** The other view, the one the window offers beside this. */
    public BuiltInView other() {
        return this == TODAY ? ARTICLE : TODAY;
    }
}
