package dev.reelrank.viewmodel.text;

import dev.reelrank.model.Project;
import dev.reelrank.viewmodel.port.BuiltInView;
import java.nio.file.Path;

/**
 * A project's name as the window, its title and its slides show it. A built-in view carries an
 * English name in its data, by which the window knows it; shown, it reads in the window's language
 * ("今日市场（2026 年末）"). Saved or renamed, a project is the user's and keeps its own name.
 */
public final class ProjectNames {
    private ProjectNames() {}

    public static String shown(Project project, Path file, Texts texts) {
        return BuiltInView.shownIn(project, file)
                .map(view -> texts.get("builtin." + view.name() + ".title"))
                .orElse(project.name());
    }
}
