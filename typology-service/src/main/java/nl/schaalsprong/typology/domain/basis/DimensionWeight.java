package nl.schaalsprong.typology.domain.basis;

import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;

import java.util.Objects;

/** How much one dimension counts in a comparability basis. Positive: a dimension that should not count is left out. */
public record DimensionWeight(DimensionKey dimension, double weight) {

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
