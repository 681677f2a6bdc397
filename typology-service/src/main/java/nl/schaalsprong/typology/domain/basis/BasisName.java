package nl.schaalsprong.typology.domain.basis;

import nl.schaalsprong.platform.domain.MalformedValueException;

/** The name of a comparability basis, shared by all its versions; it appears in URLs, so it is kept URL-safe. */
public record BasisName(String value) {

    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("^[a-z0-9][a-z0-9-]{1,62}$");

    public BasisName {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new MalformedValueException("'" + value + "' is not a basis name; expected 2 to 63 lower case "
                    + "letters, digits and hyphens, e.g. warmte-en-wonen");
        }
    }

    public static BasisName of(String value) {
        return new BasisName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
