/** One view model per screen part: JavaFX properties and commands, no nodes, no file I/O. */
package dev.reelrank.viewmodel;
