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
 * @param nominationWeight what a conclusion in a buurt the gemeente nominated itself counts for, against 1 for a
 *                         suggested one, in [0, 1]; 0 leaves nominations out. Self-selection is a form of pilot bias:
 *                         the gemeente's reasons for its choice (an expected success, the champions being there) are
 *                         not among the differences learned from, so such an outcome says less about what the
 *                         differences do. Not 0 by default: a nominated buurt's differences are still real ones.
 */
public record LearningSettings(List<Double> lambdas, int folds, int bootstrapSamples, long seed, int minOutcomes,
                               int minMinority, int minLessons, double nominationWeight) {

    public static final List<Double> LAMBDAS = List.of(0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0);
    /** A nominated conclusion counts half. */
    public static final double NOMINATION_WEIGHT = 0.5;
    public static final LearningSettings DEFAULT = new LearningSettings(LAMBDAS, 5, 200, 20261128L, 30, 10, 5);

    /** With the default {@link #NOMINATION_WEIGHT}. */
    public LearningSettings(List<Double> lambdas, int folds, int bootstrapSamples, long seed, int minOutcomes,
                            int minMinority, int minLessons) {
        this(lambdas, folds, bootstrapSamples, seed, minOutcomes, minMinority, minLessons, NOMINATION_WEIGHT);
    }

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
        if (!(nominationWeight >= 0 && nominationWeight <= 1)) {
            throw new IllegalArgumentException("a nomination's weight lies in [0, 1], not " + nominationWeight);
        }
        if (minOutcomes < 2 || minMinority < 1 || minLessons < 2) {
            throw new IllegalArgumentException("minimum outcomes " + minOutcomes + ", minority " + minMinority
                    + " and lessons " + minLessons);
        }
    }
}
