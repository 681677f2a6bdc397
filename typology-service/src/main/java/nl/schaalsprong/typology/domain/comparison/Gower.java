package nl.schaalsprong.typology.domain.comparison;

import nl.schaalsprong.typology.domain.catalogue.DimensionKind;

/**
 * Weighted Gower similarity over dimensions of mixed kinds, from values already scaled by {@link ColumnScale}:
 * numeric and ordinal distance |a − b|, categorical 0 when equal and 1 otherwise. A dimension missing on either
 * side is left out and the remaining weights renormalised, so a missing figure neither helps nor hurts; how much
 * of the weight that left out is reported, because a similarity over 20% of the basis means less than one over all.
 * Pure functions, no state: the same inputs always give the same answer.
 */
public final class Gower {

    private Gower() {
    }

    /**
     * The outcome for one pair.
     *
     * @param similarity    1 − weighted mean distance over the compared dimensions, in [0,1]; NaN if none compared
     * @param missingWeight share of the total weight on dimensions missing on either side, in [0,1]
     * @param distances     per dimension in [0,1]; NaN where not compared (missing, or weight 0)
     */
    public record Result(double similarity, double missingWeight, double[] distances) {

        public boolean comparable() {
            return !Double.isNaN(similarity);
        }

        public int comparedDimensions() {
            int compared = 0;
            for (double distance : distances) {
                if (!Double.isNaN(distance)) {
                    compared++;
                }
            }
            return compared;
        }
    }

    /** One dimension's distance in [0,1], or NaN when either side is missing. */
    public static double distance(DimensionKind kind, double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.NaN;
        }
        if (kind == DimensionKind.CATEGORICAL) {
            return a == b ? 0 : 1;
        }
        if (a < 0 || a > 1 || b < 0 || b > 1) {
            throw new IllegalArgumentException(kind + " values must be scaled to [0,1]: " + a + ", " + b);
        }
        return Math.abs(a - b);
    }

    /**
     * The weighted mean distance of items {@code i} and {@code j} held in columns ({@code columns[d][i]}), over the
     * dimensions both have, weights renormalised over those; NaN when they share none. The one loop every
     * pairwise use shares (typology runs call it millions of times), so it stays allocation-free and without calls
     * the JIT cannot inline.
     */
    public static double meanDistance(double[][] columns, DimensionKind[] kinds, double[] weights, int i, int j) {
        double weighted = 0;
        double compared = 0;
        for (int d = 0; d < columns.length; d++) {
            double a = columns[d][i];
            double b = columns[d][j];
            // NaN fails every comparison: a missing value on either side skips the dimension.
            if (a != a || b != b || weights[d] <= 0) {
                continue;
            }
            weighted += weights[d] * (kinds[d] == DimensionKind.CATEGORICAL ? (a == b ? 0 : 1) : Math.abs(a - b));
            compared += weights[d];
        }
        return compared == 0 ? Double.NaN : weighted / compared;
    }

    /**
     * @param weights non-negative per dimension; 0 means "not part of this basis" (neither compared nor missing)
     */
    public static Result compare(double[] a, double[] b, DimensionKind[] kinds, double[] weights) {
        checkLengths(a, b, kinds, weights);
        double[] distances = new double[a.length];
        double weighted = 0;
        double compared = 0;
        double missing = 0;
        for (int d = 0; d < a.length; d++) {
            if (weights[d] < 0 || Double.isNaN(weights[d])) {
                throw new IllegalArgumentException("weight " + d + " is negative: " + weights[d]);
            }
            distances[d] = weights[d] == 0 ? Double.NaN : distance(kinds[d], a[d], b[d]);
            if (weights[d] == 0) {
                continue;
            }
            if (Double.isNaN(distances[d])) {
                missing += weights[d];
            } else {
                weighted += weights[d] * distances[d];
                compared += weights[d];
            }
        }
        double total = compared + missing;
        double missingWeight = total == 0 ? 0 : missing / total;
        double similarity = compared == 0 ? Double.NaN : clip(1 - weighted / compared);
        return new Result(similarity, missingWeight, distances);
    }

    /** Only floating-point rounding can step outside [0,1]; out-of-range inputs were refused. */
    private static double clip(double similarity) {
        return Math.max(0, Math.min(1, similarity));
    }

    private static void checkLengths(double[] a, double[] b, DimensionKind[] kinds, double[] weights) {
        if (a.length != b.length || a.length != kinds.length || a.length != weights.length) {
            throw new IllegalArgumentException("dimension counts differ: " + a.length + ", " + b.length + ", "
                    + kinds.length + ", " + weights.length);
        }
    }
}
