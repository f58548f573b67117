package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.viewmodel.ColorDifference;
import dev.reelrank.viewmodel.ProductColors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The embedded dataset's products can be told apart by colour: every one has a swatch in the table
 * and can be ticked into the charts, so every pair differs by a CIEDE2000 ΔE of at least 15.
 */
class DefaultDatasetColoursTest {
    private final Project project = DefaultDataset.load();

    @Test
    void everyTwoProducts_differInColourByAtLeast15() {
        Map<String, String> colours = ProductColors.assign(project);
        List<Product> products = project.products();
        List<String> close = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            for (int j = i + 1; j < products.size(); j++) {
                String a = colours.get(products.get(i).id());
                String b = colours.get(products.get(j).id());
                double difference = ColorDifference.between(a, b);
                if (difference < 15) {
                    close.add(String.format(Locale.ROOT, "%s %s / %s %s: %.1f", products.get(i).name(), a,
                            products.get(j).name(), b, difference));
                }
            }
        }
        assertTrue(close.isEmpty(), "too close: " + close);
    }

    @Test
    void theProductsShownByDefault_differByAtLeast15() {
        Map<String, String> colours = ProductColors.assign(project);
        List<Product> shown = project.products().stream()
                .filter(p -> ProductColors.styleOf(p, colours).shown()).toList();
        assertTrue(shown.size() >= 2);
        for (int i = 0; i < shown.size(); i++) {
            for (int j = i + 1; j < shown.size(); j++) {
                double difference = ColorDifference.between(colours.get(shown.get(i).id()),
                        colours.get(shown.get(j).id()));
                assertTrue(difference >= 15, shown.get(i).name() + " / " + shown.get(j).name() + ": " + difference);
            }
        }
    }
}
