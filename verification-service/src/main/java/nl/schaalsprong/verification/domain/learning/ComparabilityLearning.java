package nl.schaalsprong.verification.domain.learning;

import nl.schaalsprong.platform.domain.RuleViolationException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Learns which dimensions predict whether an approach transfers: a ridge logistic regression of CONFIRMED on
 * the per-dimension differences (standardised, so importances compare across dimensions), with
 * <ul>
 *   <li>λ chosen by cross-validation over lessons (the Brier score of each candidate on held-out lessons);</li>
 *   <li>intervals on each importance from a bootstrap that resamples whole lessons, since one lesson's
 *       verifications are not independent of each other;</li>
 *   <li>the Brier score out of sample (nested cross-validation: λ chosen anew inside each training part) beside
 *       that of the base rate and of the current basis (similarity, calibrated);</li>
 *   <li>weights that move only where the interval excludes zero;</li>
 *   <li>and the {@link PublicationPolicy}'s verdict, on the outcomes alone.</li>
 * </ul>
 * Declines that name a dimension ({@link DeclineEvidence}) are examples of non-transfer in the fit, its intervals and
 * scores, but no outcomes: the publication minimums count conclusions only.
 * Pure and deterministic for a seed.
 */
public final class ComparabilityLearning {

    /** The smallest weight proposed, since a basis weight must be above zero. */
    static final double WEIGHT_FLOOR = 0.01;
    /** Penalty on the similarity slope of the current-basis calibration: barely any, it has one predictor. */
    private static final double BASIS_LAMBDA = 1e-3;

    private ComparabilityLearning() {
    }

    /**
     * Each example counts by its {@link TransferExample#weight} in every fit and every score (a self-selected one by
     * the nomination weight); one of weight 0 is left out altogether.
     */
    public static LearnedModel learn(List<TransferExample> all, LearningSettings settings) {
        List<TransferExample> examples = all.stream().filter(e -> e.weight(settings) > 0).toList();
        List<String> dimensions = new ArrayList<>(new TreeSet<>(examples.stream()
                .flatMap(e -> e.differences().keySet().stream()).toList()));
        if (dimensions.isEmpty()) {
            throw new RuleViolationException("no dimension differences recorded to learn from");
        }
        int n = examples.size();
        double[] y = examples.stream().mapToDouble(e -> e.confirmed() ? 1 : 0).toArray();
        double[] w = examples.stream().mapToDouble(e -> e.weight(settings)).toArray();
        double[][] design = standardisedDesign(examples, dimensions);
        double[][] basisDesign = examples.stream().map(e -> new double[]{1, e.similarity()}).toArray(double[][]::new);
        int[] clusterOf = clusters(examples);
        int clusterCount = clusterCount(examples);
        int[] everyone = range(n);

        double lambda = chooseLambda(design, y, w, everyone, clusterOf, settings, settings.seed());
        double[] beta = RidgeLogisticRegression.fit(design, y, w, lambda);
        double[][] resampled = clusteredBootstrap(design, y, w, clusterOf, clusterCount, lambda, settings);
        List<DimensionImportance> importances = importances(dimensions, beta, resampled);

        double baseRate = weightedMean(y, w, everyone, 0);
        double[] similarity = examples.stream().mapToDouble(TransferExample::similarity).toArray();
        double[] model = Arrays.stream(design).mapToDouble(row -> RidgeLogisticRegression.predict(beta, row)).toArray();
        double[] constant = new double[n];
        Arrays.fill(constant, baseRate);

        Double cvModel = null;
        Double cvBaseRate = null;
        Double cvBasis = null;
        Double gainOverBaseRate = null;
        if (clusterCount >= 2) {
            int[] foldOf = CrossValidation.folds(clusterOf, clusterCount, settings.folds(), settings.seed());
            double[] modelHeldOut = CrossValidation.predictions(foldOf, (train, test) -> {
                double chosen = chooseLambda(design, y, w, train, clusterOf, settings, settings.seed() + 1);
                double[] b = RidgeLogisticRegression.fit(rows(design, train), values(y, train), values(w, train),
                        chosen);
                return Arrays.stream(test).mapToDouble(i -> RidgeLogisticRegression.predict(b, design[i])).toArray();
            });
            double[] baseRateHeldOut = CrossValidation.predictions(foldOf, (train, test) -> {
                double rate = weightedMean(y, w, train, 0.5);
                double[] predicted = new double[test.length];
                Arrays.fill(predicted, rate);
                return predicted;
            });
            double[] basisHeldOut = CrossValidation.predictions(foldOf, (train, test) -> {
                double[] b = RidgeLogisticRegression.fit(rows(basisDesign, train), values(y, train), values(w, train),
                        BASIS_LAMBDA);
                return Arrays.stream(test).mapToDouble(i -> RidgeLogisticRegression.predict(b, basisDesign[i])).toArray();
            });
            cvModel = brier(modelHeldOut, y, w);
            cvBaseRate = brier(baseRateHeldOut, y, w);
            cvBasis = brier(basisHeldOut, y, w);
            gainOverBaseRate = CrossValidation.improvementLowerBound(y, w, modelHeldOut, baseRateHeldOut, clusterOf,
                    clusterCount);
        }
        // The minimums count outcomes only: declines take part in the fit, but alone they never publish a basis.
        List<TransferExample> outcomes = examples.stream().filter(e -> !e.declined()).toList();
        int confirmed = (int) outcomes.stream().filter(TransferExample::confirmed).count();
        int lessons = clusterCount(outcomes);
        PublicationPolicy.Decision decision = PublicationPolicy.decide(outcomes.size(),
                Math.min(confirmed, outcomes.size() - confirmed), lessons, cvModel, cvBaseRate, cvBasis,
                gainOverBaseRate, importances.stream().anyMatch(DimensionImportance::clearlyMatters), settings);
        return new LearnedModel(importances, outcomes.size(), confirmed, lessons, brier(similarity, y, w),
                brier(constant, y, w), brier(model, y, w), lambda, cvModel, cvBaseRate, cvBasis, decision.publish(),
                decision.reasons(), settings, (int) outcomes.stream().filter(TransferExample::nominated).count(),
                DeclineEvidence.perDimension(examples));
    }

    /** How many lessons the examples come from (one without a lesson counts alone). */
    private static int clusterCount(List<TransferExample> examples) {
        return Arrays.stream(clusters(examples)).max().orElse(-1) + 1;
    }

    /** Mean squared difference between predicted probabilities and what happened (1 confirmed, 0 not). */
    public static double brier(double[] predicted, double[] observed) {
        double[] ones = new double[predicted.length];
        Arrays.fill(ones, 1.0);
        return brier(predicted, observed, ones);
    }

    /** The same, each example counting by its weight. */
    static double brier(double[] predicted, double[] observed, double[] weights) {
        double sum = 0;
        double total = 0;
        for (int i = 0; i < predicted.length; i++) {
            double error = predicted[i] - observed[i];
            sum += weights[i] * error * error;
            total += weights[i];
        }
        return total == 0 ? Double.NaN : sum / total;
    }

    /** The weighted share of confirmations among the examples at {@code indices}; {@code empty} when none. */
    private static double weightedMean(double[] y, double[] w, int[] indices, double empty) {
        double sum = 0;
        double total = 0;
        for (int i : indices) {
            sum += w[i] * y[i];
            total += w[i];
        }
        return total == 0 ? empty : sum / total;
    }

    /**
     * The λ with the lowest cross-validated Brier score on the given examples (folds of whole lessons); on a tie
     * the larger, which shrinks more. With fewer than 2 lessons nothing can be held out: the largest λ.
     */
    static double chooseLambda(double[][] design, double[] y, double[] w, int[] subset, int[] clusterOf,
                               LearningSettings settings, long seed) {
        List<Double> candidates = settings.lambdas().stream().sorted(Comparator.reverseOrder()).toList();
        double[][] subDesign = rows(design, subset);
        double[] subY = values(y, subset);
        double[] subW = values(w, subset);
        Map<Integer, Integer> renumbered = new HashMap<>();
        int[] subClusters = Arrays.stream(subset)
                .map(i -> renumbered.computeIfAbsent(clusterOf[i], c -> renumbered.size())).toArray();
        if (renumbered.size() < 2) {
            return candidates.get(0);
        }
        int[] foldOf = CrossValidation.folds(subClusters, renumbered.size(), settings.folds(), seed);
        double best = candidates.get(0);
        double bestScore = Double.POSITIVE_INFINITY;
        for (double lambda : candidates) {
            double score = CrossValidation.brier(subY, subW, foldOf, (train, test) -> {
                double[] b = RidgeLogisticRegression.fit(rows(subDesign, train), values(subY, train),
                        values(subW, train), lambda);
                return Arrays.stream(test).mapToDouble(i -> RidgeLogisticRegression.predict(b, subDesign[i])).toArray();
            });
            if (score < bestScore - 1e-12) {
                best = lambda;
                bestScore = score;
            }
        }
        return best;
    }

    private static List<DimensionImportance> importances(List<String> dimensions, double[] beta, double[][] draws) {
        int p = dimensions.size();
        double positiveSum = 0;
        for (int k = 0; k < p; k++) {
            positiveSum += Math.max(-beta[k + 1], 0);
        }
        List<DimensionImportance> importances = new ArrayList<>();
        for (int k = 0; k < p; k++) {
            Arrays.sort(draws[k]);
            double lower = quantile(draws[k], 0.025);
            double importance = -beta[k + 1];
            // On the scale where equal weights average 1; a dimension whose interval holds zero keeps the standard 1.
            double weight = lower > 0 && positiveSum > 0
                    ? Math.max(1.0, p * Math.max(importance, 0) / positiveSum) : 1.0;
            importances.add(new DimensionImportance(dimensions.get(k), beta[k + 1], importance, lower,
                    quantile(draws[k], 0.975), round(Math.max(weight, WEIGHT_FLOOR))));
        }
        importances.sort(Comparator.comparingDouble(DimensionImportance::importance).reversed()
                .thenComparing(DimensionImportance::dimension));
        return importances;
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

    /** Cluster index per example: one per lesson, in order of first appearance; an example without one alone. */
    private static int[] clusters(List<TransferExample> examples) {
        Map<String, Integer> index = new HashMap<>();
        int[] clusterOf = new int[examples.size()];
        int next = 0;
        for (int i = 0; i < examples.size(); i++) {
            String cluster = examples.get(i).cluster();
            if (cluster == null) {
                clusterOf[i] = next++;
            } else {
                Integer known = index.get(cluster);
                if (known == null) {
                    known = next++;
                    index.put(cluster, known);
                }
                clusterOf[i] = known;
            }
        }
        return clusterOf;
    }

    /** Per dimension, the importance refitted on each resample of whole lessons (same standardisation, seeded). */
    private static double[][] clusteredBootstrap(double[][] design, double[] y, double[] w, int[] clusterOf,
                                                 int clusterCount, double lambda, LearningSettings settings) {
        int p = design[0].length - 1;
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < clusterCount; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < clusterOf.length; i++) {
            members.get(clusterOf[i]).add(i);
        }
        double[][] draws = new double[p][settings.bootstrapSamples()];
        Random random = new Random(settings.seed());
        for (int b = 0; b < settings.bootstrapSamples(); b++) {
            List<Integer> sample = new ArrayList<>();
            for (int c = 0; c < clusterCount; c++) {
                sample.addAll(members.get(random.nextInt(clusterCount)));
            }
            int[] picked = sample.stream().mapToInt(Integer::intValue).toArray();
            double[] beta = RidgeLogisticRegression.fit(rows(design, picked), values(y, picked), values(w, picked),
                    lambda);
            for (int k = 0; k < p; k++) {
                draws[k][b] = -beta[k + 1];
            }
        }
        return draws;
    }

    private static double[][] rows(double[][] design, int[] indices) {
        return Arrays.stream(indices).mapToObj(i -> design[i]).toArray(double[][]::new);
    }

    private static double[] values(double[] y, int[] indices) {
        return Arrays.stream(indices).mapToDouble(i -> y[i]).toArray();
    }

    private static int[] range(int n) {
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        return all;
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
