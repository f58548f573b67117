/** Clips as the window lists them: one line per probed clip, what it is or why it is left out. */
package dev.reelrank.viewmodel.media;
