package nl.schaalsprong.typology.domain.typology;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * What an analyst asks a typology run for.
 *
 * @param k     number of types, or null to let the service propose k by silhouette
 * @param seed  seed of every random draw: the same parameters on the same buurten give the same typology
 * @param basis name of the comparability basis to cluster on
 */
public record TypologyParameters(Integer k, long seed, String basis) {

    public static final String DEFAULT_BASIS = "default";
    public static final long DEFAULT_SEED = 42;
    private static final Pattern BASIS_NAME = Pattern.compile("^[a-z0-9][a-z0-9-]{0,62}$");

    public TypologyParameters {
        if (k != null && (k < KRange.LOWEST || k > KRange.HIGHEST)) {
            throw new IllegalArgumentException("k must be " + KRange.LOWEST + ".." + KRange.HIGHEST + ", got " + k);
        }
        if (basis == null || !BASIS_NAME.matcher(basis).matches()) {
            throw new IllegalArgumentException("basis must be a lower-case name, got '" + basis + "'");
        }
    }

    public OptionalInt requestedK() {
        return k == null ? OptionalInt.empty() : OptionalInt.of(k);
    }
}
