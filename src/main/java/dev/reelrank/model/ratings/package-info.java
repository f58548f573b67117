/**
 * The Bradley-Terry fit the public arenas use, on their 400-point scale, with bootstrap intervals.
 * Pure Java like the rest of the model: no toolkit, no files.
 */
package dev.reelrank.model.ratings;
