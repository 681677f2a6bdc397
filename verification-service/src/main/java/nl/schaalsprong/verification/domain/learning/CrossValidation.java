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
    static double brier(double[] y, double[] weights, int[] foldOf,
                        BiFunction<int[], int[], double[]> trainAndPredict) {
        return ComparabilityLearning.brier(predictions(foldOf, trainAndPredict), y, weights);
    }

    /** Each example's prediction by a predictor trained on the folds other than its own. */
    static double[] predictions(int[] foldOf, BiFunction<int[], int[], double[]> trainAndPredict) {
        int k = foldCount(foldOf);
        double[] predicted = new double[foldOf.length];
        for (int fold = 0; fold < k; fold++) {
            int[] train = indices(foldOf, fold, false);
            int[] test = indices(foldOf, fold, true);
            double[] held = trainAndPredict.apply(train, test);
            for (int i = 0; i < test.length; i++) {
                predicted[test[i]] = held[i];
            }
        }
        return predicted;
    }

    /**
     * One-sided 95 % lower bound of how much {@code better} improves on {@code worse} in squared error, per
     * example, with the improvement summed per cluster (lessons are the independent units): the mean over
     * clusters minus 1.645 standard errors, divided by the mean cluster size. Positive: better beyond chance.
     * Null with fewer than 2 clusters. Each example's gain counts by its weight, and the mean cluster size is in weight.
     */
    static Double improvementLowerBound(double[] y, double[] weights, double[] better, double[] worse, int[] clusterOf,
                                        int clusters) {
        if (clusters < 2) {
            return null;
        }
        double[] perCluster = new double[clusters];
        for (int i = 0; i < y.length; i++) {
            double gain = weights[i] * (square(worse[i] - y[i]) - square(better[i] - y[i]));
            perCluster[clusterOf[i]] += gain;
        }
        double mean = Arrays.stream(perCluster).average().orElse(0);
        double variance = Arrays.stream(perCluster).map(g -> (g - mean) * (g - mean)).sum() / (clusters - 1);
        double meanSize = Arrays.stream(weights).sum() / clusters;
        return (mean - 1.6448536269514722 * Math.sqrt(variance / clusters)) / meanSize;
    }

    private static double square(double x) {
        return x * x;
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
