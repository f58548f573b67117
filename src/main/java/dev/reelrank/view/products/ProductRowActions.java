package dev.reelrank.view.products;

import dev.reelrank.viewmodel.MainViewModel;
import dev.reelrank.viewmodel.products.ProductRowViewModel;
import javafx.application.Platform;
import javafx.scene.control.TableView;

/** The commands on the products table's selected row (add after it, duplicate, delete, move), kept selected and in view. */
public final class ProductRowActions {
    private final MainViewModel viewModel;
    private final TableView<ProductRowViewModel> table;

    public ProductRowActions(MainViewModel viewModel, TableView<ProductRowViewModel> table) {
        this.viewModel = viewModel;
        this.table = table;
    }

    private ProductRowViewModel selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    public void addProduct() {
        ProductRowViewModel after = selected();
        String id = viewModel.products().add(after == null ? null : after.id());
        select(id);
    }

    public void duplicateSelected() {
        ProductRowViewModel row = selected();
        if (row != null) {
            select(viewModel.products().duplicate(row.id()));
        }
    }

    public void deleteSelected() {
        ProductRowViewModel row = selected();
        if (row != null) {
            viewModel.products().delete(row.id());
        }
    }

    public void moveSelected(int by) {
        ProductRowViewModel row = selected();
        if (row != null) {
            viewModel.products().move(row.id(), by);
            select(row.id());
        }
    }

    public void select(String id) {
        Platform.runLater(() -> {
            ProductRowViewModel row = viewModel.products().row(id);
            if (row != null) {
                table.getSelectionModel().select(row);
                ProductTable.reveal(table, table.getItems().indexOf(row));
            }
        });
    }
}
