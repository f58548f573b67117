/**
 * The scenario view model: clip counts, price choices and monthly costs per product.
 * No nodes; the cost maths is the model's.
 */
package dev.reelrank.viewmodel.scenario;
