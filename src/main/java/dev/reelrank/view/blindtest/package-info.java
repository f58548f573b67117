/** The blind test on screen: its setup dialog, and the full-screen pair of clips the room votes on. */
package dev.reelrank.view.blindtest;
