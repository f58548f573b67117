/** The composition root: {@code Main} dispatches to the CLI or opens the window. */
package dev.reelrank.app;
