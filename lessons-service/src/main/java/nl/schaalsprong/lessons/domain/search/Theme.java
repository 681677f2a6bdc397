package nl.schaalsprong.lessons.domain.search;

import java.util.Locale;

/**
 * The themes of the PAW approach a lesson is about, named as the lesson record's themes (domain.Theme), so the
 * write side maps them by name; written in lower case in the API ("participatie").
 */
public enum Theme {
    PARTICIPATIE, FINANCIERING, TECHNIEK, ORGANISATIE, REGELGEVING, COMMUNICATIE, PLANNING, KENNIS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for a value that names no theme */
    public static Theme of(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
