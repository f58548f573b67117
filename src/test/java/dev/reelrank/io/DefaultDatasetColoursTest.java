package dev.reelrank.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.viewmodel.colors.ColorDifference;
import dev.reelrank.viewmodel.colors.ProductColors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The embedded dataset's products can be told apart by colour where it matters: the products the
 * window shows by default differ pairwise by a CIEDE2000 ΔE of at least 15, and every product differs
 * from every other by at least 5. Today's market holds 25 products and no palette has 25 colours
 * that far apart (ReelRank's has twelve), so a product hidden by default takes a shade of its
 * family's colour: ticked into the charts, it reads as kin to its family, never as its twin.
 */
class DefaultDatasetColoursTest {
    private final Project project = DefaultDataset.load();

    @Test
    void everyTwoProducts_differInColourByAtLeast5() {
        Map<String, String> colours = ProductColors.assign(project);
        List<Product> products = project.products();
        List<String> close = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            for (int j = i + 1; j < products.size(); j++) {
                String a = colours.get(products.get(i).id());
                String b = colours.get(products.get(j).id());
                double difference = ColorDifference.between(a, b);
                if (difference < 5) {
                    close.add(String.format(
                            Locale.ROOT,
                            "%s %s / %s %s: %.1f",
                            products.get(i).name(),
                            a,
                            products.get(j).name(),
                            b,
                            difference));
                }
            }
        }
        assertTrue(close.isEmpty(), "too close: " + close);
    }

    @Test
    void theProductsShownByDefault_differByAtLeast15() {
        Map<String, String> colours = ProductColors.assign(project);
        List<Product> shown = project.products().stream()
                .filter(p -> ProductColors.styleOf(p, colours).shown())
                .toList();
        assertTrue(shown.size() >= 2);
        for (int i = 0; i < shown.size(); i++) {
            for (int j = i + 1; j < shown.size(); j++) {
                double difference = ColorDifference.between(
                        colours.get(shown.get(i).id()), colours.get(shown.get(j).id()));
                assertTrue(
                        difference >= 15,
                        shown.get(i).name() + " / " + shown.get(j).name() + ": " + difference);
            }
        }
    }

    /**
     * Every product's colour shows on both themes' surfaces (white, and the dark theme's #22272e):
     * at least 2:1, as Okabe and Ito's orange and sky blue are on white. Tol's wine and indigo are
     * about 1.2–1.7:1 on the dark surface, so the dataset does not use them.
     */
    @Test
    void everyProductsColour_showsOnTheLightAndTheDarkSurface() {
        Map<String, String> colours = ProductColors.assign(project);
        for (Product product : project.products()) {
            String colour = colours.get(product.id());
            double onLight = contrast(colour, "#FFFFFF");
            double onDark = contrast(colour, "#22272E");
            assertTrue(
                    onLight >= 2 && onDark >= 2,
                    String.format(
                            Locale.ROOT,
                            "%s %s: %.1f:1 on light, %.1f:1 on dark",
                            product.name(),
                            colour,
                            onLight,
                            onDark));
        }
    }

    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * linear((rgb >> 16 & 0xFF) / 255.0)
                + 0.7152 * linear((rgb >> 8 & 0xFF) / 255.0)
                + 0.0722 * linear((rgb & 0xFF) / 255.0);
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
