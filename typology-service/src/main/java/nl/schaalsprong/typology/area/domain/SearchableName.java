package nl.schaalsprong.typology.area.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name as a search compares it: without accents, in lower case, punctuation (hyphens, apostrophes, dots,
 * commas, slashes) as word breaks, and without a leading Dutch article {@code 's} or {@code 't}, so that
 * "'s-Hertogenbosch", "s-hertogenbosch", "'s Hertogenbosch" and "Hertogenbosch" are one name, as are
 * "Súdwest-Fryslân" and "sudwest fryslan". Pure.
 */
public final class SearchableName {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´]");
    private static final Pattern BREAKS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** 's (des) and 't (het), which users write with or without apostrophe and hyphen, or leave out. */
    private static final Pattern ARTICLE = Pattern.compile("^[st] (?=.)");

    private SearchableName() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        // An apostrophe joins ("Lange Jan's" → "jans"), but "'s-" and "'t " begin a word of their own.
        String joined = APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("'")
                .replaceAll("(^|[^\\p{L}\\p{N}])'([st])(?=[^\\p{L}\\p{N}]|$)", "$1$2 ")
                .replace("'", "");
        String spaced = BREAKS.matcher(joined).replaceAll(" ").strip();
        return ARTICLE.matcher(spaced).replaceFirst("");
    }
}
