package nl.schaalsprong.typology.domain.catalogue;

import nl.schaalsprong.platform.domain.MalformedValueException;

/**
 * The stable name of a dimension. Upper snake case, because the skeleton's five comparison dimensions were
 * already published under names like {@code LOG_BEVOLKINGSDICHTHEID} and clients read them.
 */
public record DimensionKey(String value) implements Comparable<DimensionKey> {

    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("^[A-Z][A-Z0-9_]{1,63}$");

    public DimensionKey {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new MalformedValueException("'" + value + "' is not a dimension key; expected upper case letters, "
                    + "digits and underscores, e.g. STEDELIJKHEID");
        }
    }

    public static DimensionKey of(String value) {
        return new DimensionKey(value);
    }

    @Override
    public int compareTo(DimensionKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
