package nl.schaalsprong.typology.domain.catalogue;

/** How a dimension's value follows from its source variables. */
public enum Derivation {
    /** The CBS figure as published. */
    RAW,
    /** The first source figure divided by the second (per inhabitant, per household); missing when the whole is 0. */
    SHARE,
    /** log(1 + figure): for heavily skewed quantities such as density, where ratios matter more than differences. */
    LOG,
    /** No statistic holds it: a steward sets it per buurt (participation approach, heat strategy, pilot status). */
    ASSIGNED
}
