package dev.reelrank.viewmodel.slides;

/**
 * The words around a chart on a slide or an exported image.
 *
 * @param title     what the chart shows, with its unit
 * @param subtitle  the project's name
 * @param sources   every source behind the shown figures, named short, with its date and any "edited" mark
 * @param citations the same, each source cited whole: the exported image keeps it in its text
 * @param stamp     when and from what the image was made, and "sample data" when any shown value is
 * @param sample    whether any shown value is sample data
 */
public record SlideTexts(
        String title, String subtitle, String sources, String citations, String stamp, boolean sample) {
    /** The same words under another title and subtitle; null keeps this one's. */
    public SlideTexts headed(String newTitle, String newSubtitle) {
        return new SlideTexts(
                newTitle == null ? title : newTitle,
                newSubtitle == null ? subtitle : newSubtitle,
                sources,
                citations,
                stamp,
                sample);
    }
}
