/**
 * Blind tests run inside ReelRank: the fair schedule of pairs a room votes on. Pure Java like the
 * rest of the model: no toolkit, no files, no media.
 */
package dev.reelrank.model.blindtest;
