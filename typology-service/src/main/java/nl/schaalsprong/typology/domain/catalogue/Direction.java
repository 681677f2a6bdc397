package nl.schaalsprong.typology.domain.catalogue;

/**
 * Which end of a dimension's scale is "more" of what its title names, so that words about a value (a pen portrait's
 * "hoger dan gemiddeld") follow the meaning and not the coding. CBS codes stedelijkheid from 1 (zeer sterk
 * stedelijk) to 5 (niet stedelijk): a higher value there is less urban.
 */
public enum Direction {
    /** A higher value is more of it: density, household size, a share. */
    HIGHER_MEANS_MORE,
    /** A higher value is less of it: CBS's stedelijkheid classes. */
    HIGHER_MEANS_LESS;

    /** A difference on the dimension's own scale, turned so that a positive result means "more of it". */
    public double oriented(double difference) {
        return this == HIGHER_MEANS_LESS ? -difference : difference;
    }
}
