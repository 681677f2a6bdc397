package nl.schaalsprong.typology.domain.basis;

import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;

import java.util.Objects;

/**
 * How much one dimension counts in a comparability basis. Positive: a dimension that should not count is left out.
 *
 * @param required a comparison lacking this dimension (on either side) is not offered: for dimensions without
 *                 which "comparable" means little for the basis' purpose (the heat strategy of a heat basis)
 */
public record DimensionWeight(DimensionKey dimension, double weight, boolean required) {

    /** A weight that may be missing on either side (the remaining weights are renormalised). */
    public DimensionWeight(DimensionKey dimension, double weight) {
        this(dimension, weight, false);
    }

    /** Generous, but keeps one dimension from silently drowning the others through a typo (1000 for 1.000). */
    public static final double MAX = 100;

    public DimensionWeight {
        Objects.requireNonNull(dimension, "dimension");
        if (!(weight > 0) || weight > MAX || Double.isInfinite(weight)) {
            throw new RuleViolationException("the weight of " + dimension + " must be above 0 and at most " + MAX
                    + ", got " + weight);
        }
    }
}
