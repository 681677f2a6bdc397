package nl.schaalsprong.typology.domain.typology;

import nl.schaalsprong.typology.domain.catalogue.DimensionKind;
import nl.schaalsprong.typology.domain.catalogue.Direction;
import nl.schaalsprong.typology.domain.comparison.Gower;

import java.util.Arrays;
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
    private final DimensionKind[] kinds;
    /** Per CATEGORICAL dimension its level names; empty for the others. */
    private final List<List<String>> levels;

    /** A space of numeric (or ordinal) dimensions only. */
    public DenseClusteringSpace(List<String> codes, List<String> names, List<String> labels, double[][] values,
                                double[] weights) {
        this(codes, names, labels, Collections.nCopies(names.size(), Direction.HIGHER_MEANS_MORE), values, weights);
    }

    /** A space of numeric (or ordinal) dimensions only, each read in its own direction. */
    public DenseClusteringSpace(List<String> codes, List<String> names, List<String> labels,
                                List<Direction> directions, double[][] values, double[] weights) {
        this(codes, names, labels, directions, values, weights, numeric(names.size()),
                names.stream().map(n -> List.<String>of()).toList());
    }

    /** A space of mixed dimensions whose higher values all mean more of what their labels name. */
    public DenseClusteringSpace(List<String> codes, List<String> names, List<String> labels, double[][] values,
                                double[] weights, DimensionKind[] kinds, List<List<String>> levels) {
        this(codes, names, labels, Collections.nCopies(names.size(), Direction.HIGHER_MEANS_MORE), values, weights,
                kinds, levels);
    }

    private static DimensionKind[] numeric(int dims) {
        DimensionKind[] kinds = new DimensionKind[dims];
        Arrays.fill(kinds, DimensionKind.NUMERIC);
        return kinds;
    }

    /**
     * @param codes  one per item, distinct
     * @param names  code name per dimension
     * @param labels portrait wording per dimension
     * @param directions per dimension, which end is "more" of what its label names
     * @param values {@code values[d][i]} in [0,1] (a level index for CATEGORICAL) or NaN; copied
     * @param weights non-negative, one per dimension, at least one positive
     * @param kinds  per dimension
     * @param levels per dimension the level names of a CATEGORICAL one, else empty
     */
    public DenseClusteringSpace(List<String> codes, List<String> names, List<String> labels,
                                List<Direction> directions, double[][] values, double[] weights,
                                DimensionKind[] kinds, List<List<String>> levels) {
        int dims = names.size();
        if (labels.size() != dims || directions.size() != dims || values.length != dims || weights.length != dims
                || dims == 0 || kinds.length != dims || levels.size() != dims) {
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
                boolean fits = kinds[d] == DimensionKind.CATEGORICAL
                        ? v >= 0 && v < levels.get(d).size() && v == Math.rint(v) : v >= 0 && v <= 1;
                if (!Double.isNaN(v) && !fits) {
                    throw new IllegalArgumentException("dimension " + names.get(d) + " is not scaled to [0,1] (or a "
                            + "level index when categorical): " + v);
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
        this.kinds = kinds.clone();
        this.levels = List.copyOf(levels.stream().map(List::copyOf).toList());
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
    public DimensionKind kind(int d) {
        return kinds[d];
    }

    @Override
    public String level(int d, int index) {
        return levels.get(d).get(index);
    }

    @Override
    public double distance(int i, int j) {
        double distance = Gower.meanDistance(values, kinds, weights, i, j);
        return distance == distance ? distance : 1.0;
    }
}
