package dev.reelrank.viewmodel.settings;

import java.util.Locale;

/** The languages of ReelRank's window. */
public enum Language {
    ENGLISH("en", "language.english"),
    CHINESE("zh", "language.chinese");

    private final String code;
    private final String nameKey;

    Language(String code, String nameKey) {
        this.code = code;
        this.nameKey = nameKey;
    }

    /** The UI language for a locale: Chinese for any Chinese locale, otherwise English. */
    public static Language of(Locale locale) {
        return CHINESE.code.equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }

    /**
     * This language with the region of {@code regional}, so that an English UI in Germany still reads
     * and writes decimal commas; a Chinese UI without a region takes mainland China's.
     */
    public Locale locale(Locale regional) {
        String region = regional.getCountry();
        if (region.isEmpty() && this == CHINESE) {
            region = "CN";
        }
        return new Locale.Builder().setLanguage(code).setRegion(region).build();
    }

    /**
     * The conventions images are drawn in, whatever the system's locale: English as in the US, Chinese
     * as in mainland China, with Latin digits. An exported chart leaves the machine it was made on,
     * so its numbers and dates read the same wherever it was made (1,191 and 0.5, never 1.191 and
     * 0,5 from a German system or ١٬١٩١ from an Egyptian one).
     */
    public Locale imageLocale() {
        return new Locale.Builder()
                .setLanguage(code)
                .setRegion(this == CHINESE ? "CN" : "US")
                .build();
    }

    /** The key of this language's name, which reads the same in every language (English, 简体中文). */
    public String nameKey() {
        return nameKey;
    }

    public String code() {
        return code;
    }
}
