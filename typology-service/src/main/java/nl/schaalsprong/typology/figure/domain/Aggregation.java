package nl.schaalsprong.typology.figure.domain;

/** How a wijk's or gemeente's value of a figure follows from its buurten. */
public enum Aggregation {
    /** Counts: the buurten's values add up (inhabitants, dwellings, offences). */
    SUM,
    /** Averages and shares of people: the mean weighted by each buurt's inhabitants (household size). */
    WEIGHTED_BY_INHABITANTS,
    /** Shares and averages of dwellings: the mean weighted by each buurt's dwellings (heating shares, heat demand). */
    WEIGHTED_BY_DWELLINGS,
    /** No honest aggregate from buurt values alone (density needs areas, a class is not an average). */
    NOT_AGGREGATABLE
}
