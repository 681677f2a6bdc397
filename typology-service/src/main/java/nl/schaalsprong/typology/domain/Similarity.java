package nl.schaalsprong.typology.domain;

/**
 * How alike two buurten are, from their scaled dimension values: 1 minus the weighted mean absolute difference
 * over the dimensions both have (a Gower-style similarity). A dimension missing on either side is left out and
 * the remaining weights count in full, so a missing figure neither helps nor hurts.
 */
public final class Similarity {

    private Similarity() {
    }

    /**
     * @param a       scaled values of one buurt, each in [0,1] or NaN when missing
     * @param b       the other buurt's, same dimensions in the same order
     * @param weights non-negative weight per dimension
     * @return similarity in [0,1], or NaN when the two share no dimension with positive weight
     */
    public static double between(double[] a, double[] b, double[] weights) {
        if (a.length != b.length || a.length != weights.length) {
            throw new IllegalArgumentException("dimension counts differ: " + a.length + ", " + b.length + ", "
                    + weights.length);
        }
        double weightedDifference = 0;
        double totalWeight = 0;
        for (int d = 0; d < a.length; d++) {
            if (Double.isNaN(a[d]) || Double.isNaN(b[d]) || weights[d] <= 0) {
                continue;
            }
            if (a[d] < 0 || a[d] > 1 || b[d] < 0 || b[d] > 1) {
                throw new IllegalArgumentException("dimension " + d + " is not scaled to [0,1]: " + a[d] + ", " + b[d]);
            }
            weightedDifference += weights[d] * Math.abs(a[d] - b[d]);
            totalWeight += weights[d];
        }
        if (totalWeight == 0) {
            return Double.NaN;
        }
        double similarity = 1 - weightedDifference / totalWeight;
        // Only floating-point rounding can step outside [0,1] here; out-of-range inputs were refused above.
        return Math.max(0, Math.min(1, similarity));
    }

    /** How many dimensions {@link #between} actually compared. */
    public static int sharedDimensions(double[] a, double[] b, double[] weights) {
        int shared = 0;
        for (int d = 0; d < a.length; d++) {
            if (!Double.isNaN(a[d]) && !Double.isNaN(b[d]) && weights[d] > 0) {
                shared++;
            }
        }
        return shared;
    }
}
