package nl.schaalsprong.typology.area.domain;

import nl.schaalsprong.platform.domain.MalformedValueException;

/**
 * A search for areas by name (or code): at least {@value #SHORTEST} and at most {@value #LONGEST} characters, so a
 * single letter does not list half the country and a pasted paragraph is refused; optionally one level only.
 *
 * @param level null for every level
 */
public record AreaQuery(String text, AreaLevel level) {

    public static final int SHORTEST = 2;
    public static final int LONGEST = 100;

    public AreaQuery {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() < SHORTEST || stripped.length() > LONGEST) {
            throw new MalformedValueException("q must be " + SHORTEST + " to " + LONGEST + " characters, got "
                    + stripped.length());
        }
        if (SearchableName.of(stripped).isEmpty()) {
            throw new MalformedValueException("q must contain letters or digits, got '" + stripped + "'");
        }
        text = stripped;
    }

    /** The query as names are compared. */
    public String searchable() {
        return SearchableName.of(text);
    }

    public boolean admits(AreaLevel candidate) {
        return level == null || level == candidate;
    }
}
