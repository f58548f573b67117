/**
 * Interfaces the app layer implements: project and recovery stores, recent files, settings, background work.
 * Only interfaces and the values they pass; no implementation lives here.
 */
package dev.reelrank.viewmodel.port;
