package dev.reelrank.viewmodel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reelrank.model.BlindTest;
import dev.reelrank.model.BlindTestPrompt;
import dev.reelrank.model.Project;
import dev.reelrank.testing.TestProjects;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BlindTestNamesTest {
    private static final Instant MORNING = Instant.parse("2026-11-30T07:19:05Z");

    private static BlindTest made(String id, Instant when) {
        return new BlindTest(id, when, 1, List.of("alpha", "beta"), List.of(new BlindTestPrompt("p1", "A cat")));
    }

    private static String localTime(Instant when, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneId.systemDefault())
                .format(when);
    }

    @Test
    void aTestIsCalledByWhenItWasMade_inTheReadersLanguage() {
        BlindTest test = made("blind-20261130-0719", MORNING);
        Project project = TestProjects.fiveProducts().withBlindTest(test);
        assertEquals(localTime(MORNING, Locale.US), BlindTestNames.of(test, project, Texts.english()));
        Texts chinese = new Texts(Locale.SIMPLIFIED_CHINESE);
        assertEquals(localTime(MORNING, chinese.locale()), BlindTestNames.of(test, project, chinese));
    }

    @Test
    void twoTestsMadeInTheSameMinute_areToldApartByTheirIds() {
        BlindTest first = made("blind-20261130-0719", MORNING);
        BlindTest second = made("blind-20261130-0719-2", MORNING.plusSeconds(40));
        BlindTest later = made("blind-20261130-0720", MORNING.plusSeconds(60));
        Project project = TestProjects.fiveProducts()
                .withBlindTest(first)
                .withBlindTest(second)
                .withBlindTest(later);
        String minute = localTime(MORNING, Locale.US);
        assertEquals(minute + " (blind-20261130-0719)", BlindTestNames.of(first, project, Texts.english()));
        assertEquals(minute + " (blind-20261130-0719-2)", BlindTestNames.of(second, project, Texts.english()));
        assertEquals(localTime(MORNING.plusSeconds(60), Locale.US), BlindTestNames.of(later, project, Texts.english()));
    }
}
