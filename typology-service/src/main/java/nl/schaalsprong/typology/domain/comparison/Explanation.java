package nl.schaalsprong.typology.domain.comparison;

import nl.schaalsprong.typology.domain.catalogue.DimensionKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Why two places are as similar as they are, from their Gower comparison: where they differ most and what each
 * dimension took away. One reading for buurten, wijken and gemeenten alike, so all their explanations agree.
 * Dimensions of weight 0 are not part of the comparison and are left out.
 */
public final class Explanation {

    private Explanation() {
    }

    /** The dimension with the largest contribution above 0, the first in the given order on a tie; null when alike. */
    public static DimensionKey differsMost(IntFunction<DimensionKey> key, double[] weights, Gower.Result result) {
        double compared = comparedWeight(weights, result);
        DimensionKey most = null;
        double largest = 0;
        for (int d = 0; d < weights.length; d++) {
            double distance = result.distances()[d];
            if (weights[d] != 0 && !Double.isNaN(distance) && weights[d] * distance / compared > largest) {
                largest = weights[d] * distance / compared;
                most = key.apply(d);
            }
        }
        return most;
    }

    /**
     * Per dimension its weight share, distance, contribution and both values as people read them: largest first,
     * missing last, ties in the given order (the sort is stable).
     */
    public static List<Contribution> contributions(IntFunction<DimensionKey> key, double[] weights,
                                                   Gower.Result result, IntFunction<Object> value,
                                                   IntFunction<Object> otherValue) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double compared = comparedWeight(weights, result);
        List<Contribution> contributions = new ArrayList<>();
        for (int d = 0; d < weights.length; d++) {
            if (weights[d] == 0) {
                continue;
            }
            double distance = result.distances()[d];
            boolean missing = Double.isNaN(distance);
            contributions.add(new Contribution(key.apply(d), weights[d] / total, missing ? null : distance,
                    missing ? 0 : weights[d] * distance / compared, value.apply(d), otherValue.apply(d)));
        }
        contributions.sort(Comparator.comparing(Contribution::missing)
                .thenComparing(Comparator.comparingDouble(Contribution::contribution).reversed()));
        return contributions;
    }

    /** The weight of the dimensions both sides have. */
    private static double comparedWeight(double[] weights, Gower.Result result) {
        double compared = 0;
        for (int d = 0; d < weights.length; d++) {
            compared += Double.isNaN(result.distances()[d]) ? 0 : weights[d];
        }
        return compared;
    }
}
