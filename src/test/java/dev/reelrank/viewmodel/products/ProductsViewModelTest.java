package dev.reelrank.viewmodel.products;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelrank.model.Product;
import dev.reelrank.testing.TestProjects;
import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.MainViewModelTest;
import dev.reelrank.viewmodel.colors.ProductColors;
import dev.reelrank.viewmodel.session.ProjectSession;
import dev.reelrank.viewmodel.text.Texts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Adding, copying, deleting, moving and hiding rows, on {@link TestProjects#market()}. */
class ProductsViewModelTest {
    private final ProjectSession session =
            new ProjectSession(TestProjects.market(), null, () -> MainViewModelTest.TODAY);
    private final MainViewModel viewModel = new MainViewModel(session, Texts.english());
    private final ProductsViewModel products = viewModel.products();

    private List<String> ids() {
        return session.project().products().stream().map(Product::id).toList();
    }

    @Test
    void add_insertsAfterTheSelection_withAFreeColour_andNoPrice() {
        String id = products.add("veo-2");
        assertEquals(ids().indexOf("veo-2") + 1, ids().indexOf(id));
        ProductRowViewModel row = products.row(id);
        assertEquals("New product", row.name().getText());
        assertEquals("no price", row.costPerMinuteProperty().get());
        assertTrue(ProductColors.PALETTE.contains(row.colorProperty().get()));
        long sameColour = products.rows().stream()
                .filter(r -> r.colorProperty().get().equals(row.colorProperty().get()))
                .count();
        assertEquals(1, sameColour, "the new product's colour is its own");
    }

    @Test
    void duplicate_copiesUnderANewIdAndName() {
        String copy = products.duplicate("kling-1.6");
        assertEquals("kling-1.6-copy", copy);
        assertEquals("Kling 1.6 (copy)", products.row(copy).name().getText());
        assertEquals(
                products.row("kling-1.6").costPerMinuteProperty().get(),
                products.row(copy).costPerMinuteProperty().get());
        assertNotEquals(
                products.row("kling-1.6").colorProperty().get(),
                products.row(copy).colorProperty().get());
        assertEquals("kling-1.6-copy-2", products.duplicate("kling-1.6"));
    }

    @Test
    void delete_removesTheRow_andUndoBringsItBack() {
        List<String> before = ids();
        products.delete("sora");
        assertTrue(ids().stream().noneMatch("sora"::equals));
        assertEquals(before.size() - 1, products.rows().size());
        viewModel.undo();
        assertEquals(before.size(), products.rows().size());
        assertEquals(before, ids(), "back in its place");
    }

    @Test
    void move_reordersTheProject() {
        assertEquals(4, ids().indexOf("sora"));
        products.move("sora", -1);
        assertEquals(3, ids().indexOf("sora"));
        products.move("kling-1.0", -1);
        assertEquals(0, ids().indexOf("kling-1.0"), "the first row stays first");
        assertEquals("sora", products.rows().get(3).id());
    }

    @Test
    void hiding_aProduct_removesItsBarFromEveryChart() {
        assertTrue(viewModel.costChart().bars().stream()
                .anyMatch(b -> b.productId().equals("veo-2")));
        products.row("veo-2").setShown(false);
        assertTrue(viewModel.costChart().bars().stream()
                .noneMatch(b -> b.productId().equals("veo-2")));
        assertTrue(viewModel.ratingChart().bars().stream()
                .noneMatch(b -> b.productId().equals("veo-2")));
        products.row("meta-movie-gen").setShown(true);
        var marker = viewModel.costChart().bars().stream()
                .filter(b -> b.productId().equals("meta-movie-gen"))
                .findFirst()
                .orElseThrow();
        assertEquals("not public", marker.label());
        assertEquals(null, marker.value());
    }
}
