package nl.schaalsprong.verification.domain.learning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Splits examples into folds of whole clusters (lessons), so no lesson is both learned from and predicted, and
 * scores a predictor out of sample by its Brier score. Pure, deterministic for a seed.
 */
final class CrossValidation {

    private CrossValidation() {
    }

    /**
     * @param clusterOf the cluster index of each example
     * @return the fold of each example, in [0, min(folds, clusters)); clusters are shuffled with the seed and
     * dealt out in turn
     */
    static int[] folds(int[] clusterOf, int clusters, int folds, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < clusters; c++) {
            order.add(c);
        }
        Collections.shuffle(order, new Random(seed));
        int k = Math.min(folds, clusters);
        int[] foldOfCluster = new int[clusters];
        for (int position = 0; position < clusters; position++) {
            foldOfCluster[order.get(position)] = position % k;
        }
        return Arrays.stream(clusterOf).map(c -> foldOfCluster[c]).toArray();
    }

    static int foldCount(int[] foldOf) {
        return Arrays.stream(foldOf).max().orElse(-1) + 1;
    }

    /**
     * Mean squared error of predictions made for each fold by a predictor trained on the other folds.
     *
     * @param trainAndPredict given the training indices and the held-out indices, the predicted probabilities of
     *                        the held-out examples
     */
    static double brier(double[] y, int[] foldOf, BiFunction<int[], int[], double[]> trainAndPredict) {
        int k = foldCount(foldOf);
        double sum = 0;
        for (int fold = 0; fold < k; fold++) {
            int[] train = indices(foldOf, fold, false);
            int[] test = indices(foldOf, fold, true);
            double[] predicted = trainAndPredict.apply(train, test);
            for (int i = 0; i < test.length; i++) {
                double error = predicted[i] - y[test[i]];
                sum += error * error;
            }
        }
        return sum / y.length;
    }

    static int[] indices(int[] foldOf, int fold, boolean in) {
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < foldOf.length; i++) {
            if ((foldOf[i] == fold) == in) {
                chosen.add(i);
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }
}
