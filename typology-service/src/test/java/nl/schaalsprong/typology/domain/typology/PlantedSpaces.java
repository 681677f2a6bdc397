package nl.schaalsprong.typology.domain.typology;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Synthetic spaces with a known structure: groups of items scattered tightly around planted centres. */
final class PlantedSpaces {

    static final double[][] CENTRES = {{0.1, 0.1, 0.2}, {0.9, 0.15, 0.5}, {0.5, 0.9, 0.8}, {0.15, 0.8, 0.1}};

    private PlantedSpaces() {
    }

    /**
     * {@code perGroup} items around each of the first {@code groups} centres, ±0.05 on each dimension; every
     * 7th item misses its last dimension, so missing values take part. Item i belongs to group i / perGroup.
     */
    static DenseClusteringSpace groups(int groups, int perGroup, long seed) {
        Random random = new Random(seed);
        int n = groups * perGroup;
        int dims = CENTRES[0].length;
        double[][] values = new double[dims][n];
        List<String> codes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            codes.add(String.format("BU%08d", i));
            double[] centre = CENTRES[i / perGroup];
            for (int d = 0; d < dims; d++) {
                values[d][i] = centre[d] + (random.nextDouble() - 0.5) * 0.1;
            }
            if (i % 7 == 0) {
                values[dims - 1][i] = Double.NaN;
            }
        }
        return new DenseClusteringSpace(codes, List.of("A", "B", "C"), List.of("a", "b", "c"), values,
                new double[]{1, 1, 1});
    }

    /** A one-dimensional space with the given values, all weights 1. */
    static DenseClusteringSpace line(double... values) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            codes.add("X" + i);
        }
        return new DenseClusteringSpace(codes, List.of("X"), List.of("x"), new double[][]{values}, new double[]{1});
    }
}
