package dev.reelrank.viewmodel.charts;

import dev.reelrank.model.ChartView;
import dev.reelrank.viewmodel.session.ProjectSession;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.Property;

/**
 * Ties a chart's switch (cost basis, trend metric, log axis) to the project's saved chart view: a
 * switch goes to the session, and comes back as a project change that the chart redraws for.
 */
final class SavedViewChoice {
    private SavedViewChoice() {}

    /**
     * @param redraw runs for every project change except one that only changed another part of the view
     */
    static <T> void bind(
            ProjectSession session,
            Property<T> choice,
            Function<ChartView, T> saved,
            BiFunction<ChartView, T, ChartView> with,
            Runnable redraw) {
        choice.setValue(saved.apply(session.project().view()));
        choice.addListener(
                (obs, old, value) -> session.showAs(with.apply(session.project().view(), value)));
        session.projectProperty().addListener((obs, old, project) -> {
            T now = saved.apply(project.view());
            boolean same = old != null && Objects.equals(saved.apply(old.view()), now);
            choice.setValue(now);
            if (!same || !ProjectSession.onlyViewChanged(old, project)) {
                redraw.run();
            }
        });
    }
}
