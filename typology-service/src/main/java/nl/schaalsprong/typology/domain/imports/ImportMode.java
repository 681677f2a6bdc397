package nl.schaalsprong.typology.domain.imports;

import java.util.Locale;

/** What to do with the valid rows of a file that also has invalid ones. Either way a file never half-applies. */
public enum ImportMode {
    /** Store the valid rows in one transaction, report the rejected ones. */
    APPLY_VALID,
    /** Store nothing when any row is rejected. */
    ALL_OR_NOTHING;

    /** Parses the query form: {@code apply-valid} or {@code all-or-nothing}, case insensitive; null is the default. */
    public static ImportMode parse(String value) {
        if (value == null || value.isBlank()) {
            return APPLY_VALID;
        }
        for (ImportMode mode : values()) {
            if (mode.queryValue().equalsIgnoreCase(value.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("mode must be apply-valid or all-or-nothing, got '" + value + "'");
    }

    public String queryValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
