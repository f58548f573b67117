/**
 * The product table, its row commands and the product details pane.
 * Binds to viewmodel.products; sorting and editing rules live there, not here.
 */
package dev.reelrank.view.products;
