package dev.reelrank.viewmodel.products;

import dev.reelrank.model.CostCalculator;
import dev.reelrank.model.Project;
import dev.reelrank.viewmodel.colors.ProductColors;
import java.util.Map;

/** What every row needs to show one product: costs in the display currency and the colours. */
record RowContext(Project project, CostCalculator costs, Map<String, String> colours) {
    static RowContext of(Project project) {
        return new RowContext(project, CostCalculator.of(project), ProductColors.assign(project));
    }
}
