/**
 * The main window's frame: menus, toolbar, notice bars, footer, placement and the actions behind them.
 * Features live in subpackages; views bind to view models and never read or write files.
 */
package dev.reelrank.view;
