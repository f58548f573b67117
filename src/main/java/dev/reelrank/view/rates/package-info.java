/**
 * The exchange-rate dialog.
 * Binds to viewmodel.rates; rates are checked and applied there.
 */
package dev.reelrank.view.rates;
