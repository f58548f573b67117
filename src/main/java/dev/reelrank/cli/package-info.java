/** Headless commands (picocli): results on stdout, one-line errors on stderr, exit 0 / 1 / 2. */
package dev.reelrank.cli;
