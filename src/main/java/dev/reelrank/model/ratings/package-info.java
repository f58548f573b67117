/**
 * Blind-test ratings from pairwise votes: the Bradley–Terry maximum-likelihood fit the public
 * arenas use, on their 400-point scale, with bootstrap intervals. Pure Java, no toolkit.
 */
package dev.reelrank.model.ratings;
