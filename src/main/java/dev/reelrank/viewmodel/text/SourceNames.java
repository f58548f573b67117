package dev.reelrank.viewmodel.text;

import java.util.List;

/**
 * A source as a slide's footnote names it. A source in ReelRank's data is a whole citation ("Kling
 * AI developer pricing (kling.ai/dev/pricing; one unit costs 0.14 USD), as quoted by a public
 * verification log that …"); a dozen of them under a chart made a footnote taller than the chart.
 * A long one is named by its lead words, up to its first aside; the image keeps the whole citation
 * in its text (PngEncoding), and the window shows it too.
 */
public final class SourceNames {
    /** Longer than this, a source is shortened; a source typed by hand is usually shorter and kept. */
    static final int LONG = 60;

    // Where a citation's name ends and its detail starts, earliest first.
    private static final List<String> ASIDES =
            List.of(" (", "\uff08", ", as ", ", cited ", "; ", "\uff1b", ": ", "\uff1a", " \u2014 ", ", ", "\uff0c");
    // A lead shorter than this ("AI", "Gemini") names nothing on its own.
    private static final int SHORTEST_LEAD = 8;

    private SourceNames() {}

    /** The source itself when short; else its lead words, or its first words and an ellipsis. */
    public static String shortOf(String source) {
        String text = source.strip().replaceAll("[.\u3002]+$", "");
        if (text.codePointCount(0, text.length()) <= LONG) {
            return text;
        }
        int end = text.length();
        for (String aside : ASIDES) {
            int at = text.indexOf(aside, SHORTEST_LEAD);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String lead = text.substring(0, end).strip();
        if (lead.codePointCount(0, lead.length()) <= LONG) {
            return lead;
        }
        int cut = lead.lastIndexOf(' ', lead.offsetByCodePoints(0, LONG - 1));
        return (cut > SHORTEST_LEAD ? lead.substring(0, cut) : lead.substring(0, lead.offsetByCodePoints(0, LONG - 1)))
                + "\u2026";
    }

    /** Whether {@link #shortOf} leaves out part of the source. */
    public static boolean isShortened(String source) {
        return !shortOf(source).equals(source.strip().replaceAll("[.\u3002]+$", ""));
    }
}
