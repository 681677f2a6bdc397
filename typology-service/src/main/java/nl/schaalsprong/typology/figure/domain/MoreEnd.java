package nl.schaalsprong.typology.figure.domain;

/**
 * Which end of an ordinal figure's levels is "more" of what its title names. CBS's stedelijkheid runs from 1 (zeer
 * sterk stedelijk) to 5 (niet stedelijk): its FIRST level is the most urban, so a higher rank is less urban.
 */
public enum MoreEnd {
    FIRST,
    LAST
}
