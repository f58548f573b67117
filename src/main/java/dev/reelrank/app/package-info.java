/**
 * The composition root: Main, the window's start, and the adapters behind the view-model ports.
 * Nothing depends on this package; it is the only one that knows every other.
 */
package dev.reelrank.app;
