package nl.schaalsprong.typology.area.domain;

import nl.schaalsprong.typology.domain.catalogue.DimensionKind;
import nl.schaalsprong.typology.figure.domain.Aggregation;

/**
 * A wijk's or gemeente's value on one dimension, derived from its buurten, and how much of it the value stands on.
 *
 * @param value    the weighted mean (numeric; ordinal as a mean rank, so it may lie between levels) or the level
 *                 index carrying the most weight (categorical); NaN when too few buurten have the value
 * @param coverage the share of the area's buurt weight (inhabitants) whose buurten have a value, in [0,1]
 */
public record AreaAggregate(double value, double coverage) {

    /**
     * Below half the inhabitants a mean says more about the buurten that happen to have the figure than about the
     * area: the value is then left missing, and the comparison leaves the dimension out as it does for a buurt.
     */
    public static final double MINIMUM_COVERAGE = 0.5;

    public boolean missing() {
        return Double.isNaN(value);
    }

    /**
     * The aggregation rule, pure. Weights are the buurten's inhabitants; a missing or negative weight counts as 0.
     * When no buurt of the area has inhabitants (an industrial estate, a port) every buurt counts once instead, so
     * such an area still gets values.
     *
     * @param values  per buurt: the number, or the level index for ordinal and categorical; NaN when missing
     * @param weights per buurt, same length
     */
    public static AreaAggregate of(DimensionKind kind, double[] values, double[] weights) {
        if (values.length != weights.length) {
            throw new IllegalArgumentException(values.length + " values for " + weights.length + " weights");
        }
        double total = 0;
        for (double weight : weights) {
            total += usable(weight);
        }
        boolean equal = total == 0;
        double[] used = new double[weights.length];
        double covered = 0;
        double all = 0;
        for (int i = 0; i < values.length; i++) {
            used[i] = equal ? 1 : usable(weights[i]);
            all += used[i];
            covered += Double.isNaN(values[i]) ? 0 : used[i];
        }
        double coverage = all == 0 ? 0 : covered / all;
        if (all == 0 || coverage < MINIMUM_COVERAGE || covered == 0) {
            return new AreaAggregate(Double.NaN, coverage);
        }
        double value = kind == DimensionKind.CATEGORICAL ? heaviestLevel(values, used) : mean(values, used, covered);
        return new AreaAggregate(value, coverage);
    }

    /**
     * A count's area value: the sum of its buurten's values (inhabitants, dwellings, offences). Coverage is read as
     * for a mean, by {@code weights}; below {@link #MINIMUM_COVERAGE} the sum is missing, above it the sum is over the
     * buurten that have the value (so it may undercount by the buurten that lack it, which the coverage shows).
     */
    public static AreaAggregate sum(double[] values, double[] weights) {
        AreaAggregate covered = of(DimensionKind.NUMERIC, values, weights);
        if (covered.missing()) {
            return covered;
        }
        double sum = 0;
        for (double value : values) {
            if (!Double.isNaN(value)) {
                sum += value;
            }
        }
        return new AreaAggregate(sum, covered.coverage());
    }

    /**
     * The area value as the figure's {@link Aggregation} says: summed, or the mean weighted by dwellings or by
     * inhabitants. A figure with no honest aggregate ({@code NOT_AGGREGATABLE}: a density, a class) still gets the
     * inhabitant-weighted mean, read as "what the area's inhabitants typically live in", since wijk comparison on
     * stedelijkheid and density would otherwise be impossible.
     *
     * @param inhabitants per buurt, the weights of a mean over people and of coverage
     * @param dwellings   per buurt, the weights of a mean over dwellings
     */
    public static AreaAggregate of(Aggregation aggregation, DimensionKind kind, double[] values, double[] inhabitants,
                                   double[] dwellings) {
        return switch (aggregation) {
            case SUM -> kind == DimensionKind.NUMERIC ? sum(values, inhabitants) : of(kind, values, inhabitants);
            case WEIGHTED_BY_DWELLINGS -> of(kind, values, dwellings);
            case WEIGHTED_BY_INHABITANTS, NOT_AGGREGATABLE -> of(kind, values, inhabitants);
        };
    }

    private static double usable(double weight) {
        return weight > 0 && Double.isFinite(weight) ? weight : 0;
    }

    private static double mean(double[] values, double[] weights, double covered) {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                sum += weights[i] * values[i];
            }
        }
        return sum / covered;
    }

    /** The level with the most weight; on a tie the lowest level index, so the answer does not depend on order. */
    private static double heaviestLevel(double[] values, double[] weights) {
        java.util.TreeMap<Double, Double> byLevel = new java.util.TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                byLevel.merge(values[i], weights[i], Double::sum);
            }
        }
        double best = Double.NaN;
        double heaviest = -1;
        for (var level : byLevel.entrySet()) {
            if (level.getValue() > heaviest) {
                heaviest = level.getValue();
                best = level.getKey();
            }
        }
        return best;
    }
}
