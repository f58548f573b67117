package dev.reelrank.viewmodel.charts;

import dev.reelrank.model.BlindTest;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.RatingSource;
import dev.reelrank.viewmodel.colors.ProductColors;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which products the charts, tiles, heatmap, scenario and slides draw: those the user shows, less
 * those discontinued by today when the project's view asks for current products only. One rule in
 * one place, so that no chart draws a product another leaves out.
 */
public final class ChartProducts {
    private ChartProducts() {}

    /** Whether {@code product} is drawn, given the colours and visibility {@link ProductColors#assign} gave. */
    public static boolean drawn(Product product, Map<String, String> colours, Project project, LocalDate today) {
        return ProductColors.styleOf(product, colours).shown() && !hiddenAsDiscontinued(product, project, today);
    }

    /**
     * Which products a view of head-to-head votes draws: while a blind test's votes are shown, that
     * test's own products, each of them, ticked or not (the others would be rows of zeros or "no
     * votes", and a product unticked for the cost charts was still in the room's test); otherwise
     * those {@link #drawn drawn} in the charts.
     */
    public static Predicate<Product> drawnForVotes(Project project, LocalDate today) {
        Optional<BlindTest> test = project.votedTest();
        if (test.isPresent()) {
            return product -> test.get().includes(product.id());
        }
        Map<String, String> colours = ProductColors.assign(project);
        return product -> drawn(product, colours, project, today);
    }

    /**
     * Which products a view of ratings draws (the rating chart, the rating tiles, the rating trend and
     * the value chart): with head-to-head ratings, {@link #drawnForVotes}, as only a shown test's
     * products have its ratings; with published or aggregate ratings, those {@link #drawn drawn}.
     */
    public static Predicate<Product> drawnForRatings(Project project, RatingSource source, LocalDate today) {
        if (source == RatingSource.HEAD_TO_HEAD) {
            return drawnForVotes(project, today);
        }
        Map<String, String> colours = ProductColors.assign(project);
        return product -> drawn(product, colours, project, today);
    }

    /** The products drawn, in project order. */
    public static List<Product> drawn(Project project, LocalDate today) {
        Map<String, String> colours = ProductColors.assign(project);
        return project.products().stream()
                .filter(p -> drawn(p, colours, project, today))
                .toList();
    }

    /** Shown products the "current products only" switch leaves out, in project order. */
    public static List<Product> hiddenAsDiscontinued(Project project, LocalDate today) {
        Map<String, String> colours = ProductColors.assign(project);
        return project.products().stream()
                .filter(p -> ProductColors.styleOf(p, colours).shown() && hiddenAsDiscontinued(p, project, today))
                .toList();
    }

    private static boolean hiddenAsDiscontinued(Product product, Project project, LocalDate today) {
        return project.view().currentOnly() && product.lifecycle().discontinuedBy(today);
    }
}
