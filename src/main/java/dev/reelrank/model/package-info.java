/**
 * Pure Java domain: products, price options and their units, currencies and exchange rates, vote
 * tallies, head-to-head votes and the cost maths. Values validate in their constructors; no
 * JavaFX, no files.
 */
package dev.reelrank.model;
