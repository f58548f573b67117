/**
 * The theme manager: the style sheets of every scene and dialog, light or dark.
 * No colours in Java: they come from the CSS tokens.
 */
package dev.reelrank.view.settings;
