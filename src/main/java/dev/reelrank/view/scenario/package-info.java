/**
 * The scenario panel: monthly clip counts and what they cost per product.
 * Binds to viewmodel.scenario; the cost maths is in the model.
 */
package dev.reelrank.view.scenario;
