package nl.schaalsprong.typology.domain.catalogue;

/** How values of a dimension are compared (Gower): each kind has its own notion of distance in [0,1]. */
public enum DimensionKind {
    /** A quantity: distance is |a − b| over the dimension's robust range (2nd–98th percentile), clipped. */
    NUMERIC,
    /** Ordered levels: distance is |rank a − rank b| / (levels − 1). */
    ORDINAL,
    /** Unordered levels: distance is 0 when equal and 1 otherwise. */
    CATEGORICAL
}
