/**
 * Wording: the message bundle, number and price formats, and parsing what was typed.
 * Knows no feature and no session; every feature words figures through it.
 */
package dev.reelrank.viewmodel.text;
