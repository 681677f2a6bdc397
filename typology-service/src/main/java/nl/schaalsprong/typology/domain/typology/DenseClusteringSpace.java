package nl.schaalsprong.typology.domain.typology;

import nl.schaalsprong.typology.domain.catalogue.Direction;

import java.util.Collections;
import java.util.List;

/**
 * A {@link ClusteringSpace} held in plain arrays, one per dimension (structure of arrays), so the distance,
 * computed millions of times per run, is a tight loop without virtual calls. Immutable after construction.
 */
public final class DenseClusteringSpace implements ClusteringSpace {

    private final String[] codes;
    private final String[] names;
    private final String[] labels;
    private final Direction[] directions;
    /** {@code values[d][i]}. */
    private final double[][] values;
    private final double[] weights;

    /**
     * @param codes  one per item, distinct
     * @param names  code name per dimension
     * @param labels portrait wording per dimension
     * @param values {@code values[d][i]} in [0,1] or NaN; copied
     * @param weights non-negative, one per dimension, at least one positive
     */
    public DenseClusteringSpace(List<String> codes, List<String> names, List<String> labels, double[][] values,
                                double[] weights) {
        this(codes, names, labels, Collections.nCopies(names.size(), Direction.HIGHER_MEANS_MORE), values, weights);
    }

    /** @param directions per dimension, which end is "more" of what its label names */
    public DenseClusteringSpace(List<String> codes, List<String> names, List<String> labels,
                                List<Direction> directions, double[][] values, double[] weights) {
        int dims = names.size();
        if (labels.size() != dims || directions.size() != dims || values.length != dims || weights.length != dims || dims == 0) {
            throw new IllegalArgumentException("need the same positive number of names, labels, value columns "
                    + "and weights");
        }
        if (codes.stream().distinct().count() != codes.size()) {
            throw new IllegalArgumentException("item codes must be distinct");
        }
        boolean anyWeight = false;
        for (int d = 0; d < dims; d++) {
            if (!(weights[d] >= 0) || Double.isInfinite(weights[d])) {
                throw new IllegalArgumentException("weight of " + names.get(d) + " must be finite and >= 0");
            }
            anyWeight |= weights[d] > 0;
            if (values[d].length != codes.size()) {
                throw new IllegalArgumentException("dimension " + names.get(d) + " has " + values[d].length
                        + " values for " + codes.size() + " items");
            }
            for (double v : values[d]) {
                if (v < 0 || v > 1) {
                    throw new IllegalArgumentException("dimension " + names.get(d) + " is not scaled to [0,1]: " + v);
                }
            }
        }
        if (!anyWeight) {
            throw new IllegalArgumentException("at least one dimension needs a positive weight");
        }
        this.codes = codes.toArray(String[]::new);
        this.names = names.toArray(String[]::new);
        this.labels = labels.toArray(String[]::new);
        this.directions = directions.toArray(Direction[]::new);
        this.values = new double[dims][];
        for (int d = 0; d < dims; d++) {
            this.values[d] = values[d].clone();
        }
        this.weights = weights.clone();
    }

    @Override
    public int size() {
        return codes.length;
    }

    @Override
    public String code(int i) {
        return codes[i];
    }

    @Override
    public int dimensions() {
        return names.length;
    }

    @Override
    public String dimensionName(int d) {
        return names[d];
    }

    @Override
    public String dimensionLabel(int d) {
        return labels[d];
    }

    @Override
    public Direction direction(int d) {
        return directions[d];
    }

    @Override
    public double value(int i, int d) {
        return values[d][i];
    }

    @Override
    public double weight(int d) {
        return weights[d];
    }

    @Override
    public double distance(int i, int j) {
        double weighted = 0;
        double total = 0;
        for (int d = 0; d < values.length; d++) {
            double a = values[d][i];
            double b = values[d][j];
            // NaN fails both comparisons' complement: a missing value on either side skips the dimension.
            if (a != a || b != b || weights[d] <= 0) {
                continue;
            }
            weighted += weights[d] * Math.abs(a - b);
            total += weights[d];
        }
        return total == 0 ? 1.0 : weighted / total;
    }
}
