package dev.reelrank.bench;

import dev.reelrank.io.DefaultDataset;
import dev.reelrank.model.ChartStyle;
import dev.reelrank.model.Product;
import dev.reelrank.model.Project;
import dev.reelrank.model.VoteTally;
import java.util.ArrayList;
import java.util.List;

/** Projects of a given size, made by repeating the default dataset's products under new ids. */
final class LargeProjects {
    private LargeProjects() {}

    static Project withProducts(int count) {
        Project defaults = DefaultDataset.load();
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Product template = defaults.products().get(i % defaults.products().size());
            int n = i;
            Product.Builder copy = template.toBuilder()
                    .id(template.id() + "-" + i)
                    .name(template.name() + " #" + i)
                    .chart(new ChartStyle(template.chart().orElseThrow().color(), true));
            template.votes()
                    .ifPresent(
                            v -> copy.votes(new VoteTally(v.wins() + n, v.losses(), v.ties(), true, v.provenance())));
            products.add(copy.build());
        }
        return defaults.withProducts(products);
    }
}
