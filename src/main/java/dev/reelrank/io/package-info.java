/** Project files ({@code *.reelrank.json}): strict streaming reader, stable writer, atomic saves. */
package dev.reelrank.io;
