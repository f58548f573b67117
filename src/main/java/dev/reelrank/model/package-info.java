/**
 * Products, prices and units, currencies, vote tallies, head-to-head votes, cost and scenario maths.
 * No JavaFX, no files, no JSON: values check themselves in their constructors.
 */
package dev.reelrank.model;
