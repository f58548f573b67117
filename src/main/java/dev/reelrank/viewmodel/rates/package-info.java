/**
 * The exchange-rate view model and its rows.
 * No nodes; rates are checked and applied to the session here.
 */
package dev.reelrank.viewmodel.rates;
