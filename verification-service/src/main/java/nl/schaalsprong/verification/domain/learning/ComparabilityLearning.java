package nl.schaalsprong.verification.domain.learning;

import nl.schaalsprong.platform.domain.RuleViolationException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Learns which dimensions predict whether an approach transfers: a ridge logistic regression of CONFIRMED on
 * the per-dimension differences (standardised, so importances compare across dimensions), bootstrap intervals
 * on each importance, and the Brier score of similarity as a predictor. Pure and deterministic for a seed.
 */
public final class ComparabilityLearning {

    /** The smallest weight proposed, since a basis weight must be above zero. */
    static final double WEIGHT_FLOOR = 0.01;

    private ComparabilityLearning() {
    }

    public static LearnedModel learn(List<TransferExample> examples, LearningSettings settings) {
        List<String> dimensions = new ArrayList<>(new TreeSet<>(examples.stream()
                .flatMap(e -> e.differences().keySet().stream()).toList()));
        if (dimensions.isEmpty()) {
            throw new RuleViolationException("no dimension differences recorded to learn from");
        }
        int n = examples.size();
        double[] y = examples.stream().mapToDouble(e -> e.confirmed() ? 1 : 0).toArray();
        double[][] design = standardisedDesign(examples, dimensions);

        double[] beta = RidgeLogisticRegression.fit(design, y, settings.lambda());
        double[][] resampled = bootstrap(design, y, settings);

        List<DimensionImportance> importances = new ArrayList<>();
        double[] positive = new double[dimensions.size()];
        double positiveSum = 0;
        for (int k = 0; k < dimensions.size(); k++) {
            positive[k] = Math.max(-beta[k + 1], 0);
            positiveSum += positive[k];
        }
        for (int k = 0; k < dimensions.size(); k++) {
            double[] draws = resampled[k];
            Arrays.sort(draws);
            double weight = positiveSum == 0 ? 1.0 : dimensions.size() * positive[k] / positiveSum;
            importances.add(new DimensionImportance(dimensions.get(k), beta[k + 1], -beta[k + 1],
                    quantile(draws, 0.025), quantile(draws, 0.975), round(Math.max(weight, WEIGHT_FLOOR))));
        }
        importances.sort(Comparator.comparingDouble(DimensionImportance::importance).reversed()
                .thenComparing(DimensionImportance::dimension));

        double baseRate = Arrays.stream(y).average().orElse(0);
        double[] similarity = examples.stream().mapToDouble(TransferExample::similarity).toArray();
        double[] model = Arrays.stream(design).mapToDouble(row -> RidgeLogisticRegression.predict(beta, row)).toArray();
        double[] constant = new double[n];
        Arrays.fill(constant, baseRate);
        return new LearnedModel(importances, n, (int) Arrays.stream(y).sum(), brier(similarity, y),
                brier(constant, y), brier(model, y), settings);
    }

    /** Mean squared difference between predicted probabilities and what happened (1 confirmed, 0 not). */
    public static double brier(double[] predicted, double[] observed) {
        double sum = 0;
        for (int i = 0; i < predicted.length; i++) {
            double error = predicted[i] - observed[i];
            sum += error * error;
        }
        return predicted.length == 0 ? Double.NaN : sum / predicted.length;
    }

    /**
     * [1, z1..zp] per example, z standardised over all examples. A difference not recorded for an example (its
     * basis lacked the dimension) takes the dimension's mean, so it pulls neither way.
     */
    private static double[][] standardisedDesign(List<TransferExample> examples, List<String> dimensions) {
        int n = examples.size();
        int p = dimensions.size();
        double[][] design = new double[n][p + 1];
        for (int k = 0; k < p; k++) {
            String dimension = dimensions.get(k);
            double[] known = examples.stream().map(e -> e.differences().get(dimension))
                    .filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
            double mean = Arrays.stream(known).average().orElse(0);
            double variance = Arrays.stream(known).map(v -> (v - mean) * (v - mean)).sum() / Math.max(known.length, 1);
            double sd = Math.sqrt(variance);
            for (int i = 0; i < n; i++) {
                Double value = examples.get(i).differences().get(dimension);
                // A dimension that never varies carries no information: its column stays 0.
                design[i][k + 1] = value == null || sd == 0 ? 0 : (value - mean) / sd;
            }
        }
        for (double[] row : design) {
            row[0] = 1;
        }
        return design;
    }

    /** Per dimension, the importance refitted on each resample (same standardisation, fixed seed). */
    private static double[][] bootstrap(double[][] design, double[] y, LearningSettings settings) {
        int n = design.length;
        int p = design[0].length - 1;
        double[][] draws = new double[p][settings.bootstrapSamples()];
        Random random = new Random(settings.seed());
        double[][] sampleDesign = new double[n][];
        double[] sampleY = new double[n];
        for (int b = 0; b < settings.bootstrapSamples(); b++) {
            for (int i = 0; i < n; i++) {
                int pick = random.nextInt(n);
                sampleDesign[i] = design[pick];
                sampleY[i] = y[pick];
            }
            double[] beta = RidgeLogisticRegression.fit(sampleDesign, sampleY, settings.lambda());
            for (int k = 0; k < p; k++) {
                draws[k][b] = -beta[k + 1];
            }
        }
        return draws;
    }

    /** Linear interpolation between order statistics of a sorted array. */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
