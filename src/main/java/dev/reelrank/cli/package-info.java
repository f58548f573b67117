/**
 * Headless picocli commands: results on stdout, one-line errors on stderr, exit 0, 1 or 2.
 * No JavaFX class may load here, so validate and sample run on machines without a display.
 */
package dev.reelrank.cli;
