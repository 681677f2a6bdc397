package nl.schaalsprong.typology.domain.basis;

import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;

import java.util.Objects;

/**
 * How much one dimension counts in a comparability basis. Positive: a dimension that should not count is left out.
 *
 * @param required a comparison lacking this dimension (on either side) is not offered: for dimensions without
 *                 which "comparable" means little for the basis' purpose (the heat strategy of a heat basis)
 * @param year     the source year this figure is compared on (pinned), or null for each buurt's newest value; only a
 *                 figure (a RAW dimension) can be pinned
 */
public record DimensionWeight(DimensionKey dimension, double weight, boolean required, Integer year) {

    /** A weight that may be missing on either side (the remaining weights are renormalised). */
    public DimensionWeight(DimensionKey dimension, double weight) {
        this(dimension, weight, false);
    }

    /** A weight on each buurt's newest value. */
    public DimensionWeight(DimensionKey dimension, double weight, boolean required) {
        this(dimension, weight, required, null);
    }

    /** Generous, but keeps one dimension from silently drowning the others through a typo (1000 for 1.000). */
    public static final double MAX = 100;

    public DimensionWeight {
        Objects.requireNonNull(dimension, "dimension");
        if (!(weight > 0) || weight > MAX || Double.isInfinite(weight)) {
            throw new RuleViolationException("the weight of " + dimension + " must be above 0 and at most " + MAX
                    + ", got " + weight);
        }
        if (year != null && (year < PinnedYear.FIRST || year > PinnedYear.LAST)) {
            throw new RuleViolationException("the year " + dimension + " is pinned to must be between "
                    + PinnedYear.FIRST + " and " + PinnedYear.LAST + ", got " + year);
        }
    }

    /**
     * The snapshot column this weight reads: the dimension itself, or for a pinned year the column that holds the
     * figure's values of that year ({@link PinnedYear#column}).
     */
    public DimensionKey column() {
        return year == null ? dimension : PinnedYear.column(dimension, year);
    }
}
