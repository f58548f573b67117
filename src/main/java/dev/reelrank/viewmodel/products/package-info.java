/**
 * View models of the product table, its rows, and the product details pane.
 * No nodes; edits go to the session as commands.
 */
package dev.reelrank.viewmodel.products;
