package nl.schaalsprong.typology.domain;

import java.util.Arrays;

/** A range [low, high] onto which raw values are scaled to [0,1], clipping whatever lies outside. */
public record RobustRange(double low, double high) {

    public RobustRange {
        if (Double.isNaN(low) || Double.isNaN(high) || high < low) {
            throw new IllegalArgumentException("not a range: [" + low + ", " + high + "]");
        }
    }

    /**
     * The range between two quantiles of the non-missing values. With no values at all the range is [0,0],
     * which scales every value to 0: a dimension nobody has cannot tell buurten apart.
     */
    public static RobustRange between(double[] values, double lowerQuantile, double upperQuantile) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (present.length == 0) {
            return new RobustRange(0, 0);
        }
        return new RobustRange(quantile(present, lowerQuantile), quantile(present, upperQuantile));
    }

    /**
     * The q-quantile of sorted values, interpolating linearly between the two nearest ranks (the common
     * "type 7" definition, as in R and NumPy), so the result does not jump as buurten are added.
     */
    public static double quantile(double[] sorted, double q) {
        if (sorted.length == 0 || q < 0 || q > 1) {
            throw new IllegalArgumentException("need values and a quantile in [0,1], got q=" + q);
        }
        double position = (sorted.length - 1) * q;
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /** The value scaled to [0,1]; NaN stays NaN (missing), and a degenerate range scales everything to 0. */
    public double scale(double value) {
        if (Double.isNaN(value)) {
            return Double.NaN;
        }
        if (high == low) {
            return 0;
        }
        double scaled = (value - low) / (high - low);
        return Math.max(0, Math.min(1, scaled));
    }
}
