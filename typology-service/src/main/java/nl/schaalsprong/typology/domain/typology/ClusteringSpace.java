package nl.schaalsprong.typology.domain.typology;

import nl.schaalsprong.typology.domain.catalogue.Direction;

/**
 * The population a typology clusters: items (buurten) with values in [0,1] on weighted dimensions. Clustering
 * is written against this interface only, so it does not care whether the values come from today's fixed
 * comparability snapshot or from a weighted comparability basis.
 */
public interface ClusteringSpace {

    /** Number of items. */
    int size();

    /** A stable identifier of item {@code i} (for buurten the CBS code); also the deterministic tie-break. */
    String code(int i);

    /** Number of dimensions. */
    int dimensions();

    /** A code name of dimension {@code d}, such as {@code LOG_BEVOLKINGSDICHTHEID}. */
    String dimensionName(int d);

    /** How dimension {@code d} reads in a pen portrait, such as "bevolkingsdichtheid". */
    String dimensionLabel(int d);

    /** Which end of dimension {@code d} is "more" of what its label names, so a pen portrait words it right. */
    default Direction direction(int d) {
        return Direction.HIGHER_MEANS_MORE;
    }

    /** Item {@code i} on dimension {@code d}: in [0,1], or NaN when missing. */
    double value(int i, int d);

    /** Non-negative weight of dimension {@code d}. */
    double weight(int d);

    /**
     * Gower distance: the weighted mean of |a − b| over the dimensions both items have, weights renormalised
     * over those. Two items sharing no dimension are as far apart as possible (1): nothing says they are alike,
     * and a clustering must not pull them together on no evidence.
     */
    default double distance(int i, int j) {
        double weighted = 0;
        double total = 0;
        for (int d = 0; d < dimensions(); d++) {
            double a = value(i, d);
            double b = value(j, d);
            double w = weight(d);
            if (Double.isNaN(a) || Double.isNaN(b) || w <= 0) {
                continue;
            }
            weighted += w * Math.abs(a - b);
            total += w;
        }
        return total == 0 ? 1.0 : weighted / total;
    }
}
