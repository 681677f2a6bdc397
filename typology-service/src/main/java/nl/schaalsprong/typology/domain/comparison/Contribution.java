package nl.schaalsprong.typology.domain.comparison;

import nl.schaalsprong.typology.domain.catalogue.DimensionKey;

/**
 * What one dimension did to a similarity: the contributions of all compared dimensions add up to
 * 1 − similarity, so the largest contribution is where two buurten differ most.
 *
 * @param weight       the dimension's share of the basis' total weight
 * @param distance     Gower distance in [0,1]; null when missing on either side (then contribution is 0)
 * @param contribution weight × distance / compared weight: how much similarity this dimension took away
 * @param value        the asked buurt's value (number, or level for ordinal and categorical); null when missing
 * @param otherValue   the other buurt's value
 */
public record Contribution(DimensionKey dimension, double weight, Double distance, double contribution,
                           Object value, Object otherValue) {

    public boolean missing() {
        return distance == null;
    }
}
