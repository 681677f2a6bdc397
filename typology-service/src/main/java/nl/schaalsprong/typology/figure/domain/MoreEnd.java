package nl.schaalsprong.typology.figure.domain;

import nl.schaalsprong.typology.domain.catalogue.Direction;

/**
 * Which end of an ordinal figure's levels is "more" of what its title names. CBS's stedelijkheid runs from 1 (zeer
 * sterk stedelijk) to 5 (niet stedelijk): its FIRST level is the most urban, so a higher rank is less urban.
 */
public enum MoreEnd {
    FIRST,
    LAST;

    /** How a pen portrait words a higher rank: as less of what the title names when the first level is "more". */
    public Direction direction() {
        return this == FIRST ? Direction.HIGHER_MEANS_LESS : Direction.HIGHER_MEANS_MORE;
    }
}
