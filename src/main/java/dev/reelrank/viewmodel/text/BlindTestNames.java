package dev.reelrank.viewmodel.text;

import dev.reelrank.model.BlindTest;
import dev.reelrank.model.Project;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * What a blind test is called where people read it (results, the votes chooser, the setup's
 * unfinished tests, the undo list): when it was made, in the reader's words and time zone, as
 * "Nov 30, 2026, 7:19 AM". Its id ("blind-20261130-0719") is for files and the command line.
 */
public final class BlindTestNames {
    private BlindTestNames() {}

    /** When {@code test} was made; with its id too when another test of {@code project} reads the same. */
    public static String of(BlindTest test, Project project, Texts texts) {
        String when = when(test, texts);
        boolean shared = project.blindTests().stream()
                .anyMatch(other ->
                        !other.id().equals(test.id()) && when(other, texts).equals(when));
        return shared ? texts.format("blind.nameAndId", when, test.id()) : when;
    }

    private static String when(BlindTest test, Texts texts) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(texts.locale())
                .withZone(ZoneId.systemDefault())
                .format(test.created());
    }
}
