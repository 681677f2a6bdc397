package nl.schaalsprong.typology.domain.typology;

import java.util.regex.Pattern;

/**
 * One type of a typology.
 *
 * @param number     1..k, largest type first
 * @param medoidCode the buurt at the type's centre: its most typical member
 * @param naming     the name and description a steward gave it; null until a steward does
 */
public record TypologyType(int number, String label, String medoidCode, PenPortrait portrait, TypeNaming naming) {

    private static final Pattern BUURT_CODE = Pattern.compile("^BU[0-9]{4}[0-9A-Z]{4}$");

    public TypologyType {
        if (number < 1 || label == null || label.isBlank() || portrait == null) {
            throw new IllegalArgumentException("a type needs a number from 1, a label and a portrait");
        }
        if (medoidCode == null || !BUURT_CODE.matcher(medoidCode).matches()) {
            throw new IllegalArgumentException("medoid must be a buurt code, got " + medoidCode);
        }
    }

    /** A type as a run makes it: labelled, not yet named. */
    public TypologyType(int number, String label, String medoidCode, PenPortrait portrait) {
        this(number, label, medoidCode, portrait, null);
    }

    public TypologyType named(TypeNaming current) {
        return new TypologyType(number, label, medoidCode, portrait, current);
    }

    public int size() {
        return portrait.size();
    }
}
