/** Controls, tables, charts and styles; views only bind to view models. */
package dev.reelrank.view;
