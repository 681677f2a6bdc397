package nl.schaalsprong.verification.domain.learning;

import java.util.List;

/**
 * @param lambdas          the L2 penalties cross-validation chooses from
 * @param folds            cross-validation folds (of whole lessons); fewer when there are fewer lessons
 * @param bootstrapSamples resamples (of whole lessons) for the importance intervals
 * @param seed             fixed, so the same outcomes always give the same folds, intervals and model
 * @param minOutcomes      decisive conclusions before a model may be published
 * @param minMinority      of which at least this many of the rarer outcome (confirmed or not)
 * @param minLessons       from at least this many lessons: with fewer, a bootstrap of whole lessons has too few
 *                         distinct resamples to give an interval, and cross-validation too few folds
 */
public record LearningSettings(List<Double> lambdas, int folds, int bootstrapSamples, long seed, int minOutcomes,
                               int minMinority, int minLessons) {

    public static final List<Double> LAMBDAS = List.of(0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0);
    public static final LearningSettings DEFAULT = new LearningSettings(LAMBDAS, 5, 200, 20261128L, 30, 10, 5);

    public LearningSettings {
        lambdas = List.copyOf(lambdas);
        if (lambdas.isEmpty() || lambdas.stream().anyMatch(l -> !(l > 0))) {
            throw new IllegalArgumentException("lambdas must be positive and at least one, were " + lambdas);
        }
        if (folds < 2) {
            throw new IllegalArgumentException("at least 2 cross-validation folds, not " + folds);
        }
        if (bootstrapSamples < 10) {
            throw new IllegalArgumentException("at least 10 bootstrap samples, not " + bootstrapSamples);
        }
        if (minOutcomes < 2 || minMinority < 1 || minLessons < 2) {
            throw new IllegalArgumentException("minimum outcomes " + minOutcomes + ", minority " + minMinority
                    + " and lessons " + minLessons);
        }
    }
}
