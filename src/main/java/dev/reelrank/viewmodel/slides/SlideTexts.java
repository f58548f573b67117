package dev.reelrank.viewmodel.slides;

/**
 * The words around a chart on a slide or an exported image.
 *
 * @param title    what the chart shows, with its unit
 * @param subtitle the project's name
 * @param sources  every source behind the shown figures, with its date and any "edited" mark
 * @param stamp    when and from what the image was made, and "sample data" when any shown value is
 * @param sample   whether any shown value is sample data
 */
public record SlideTexts(String title, String subtitle, String sources, String stamp, boolean sample) {}
