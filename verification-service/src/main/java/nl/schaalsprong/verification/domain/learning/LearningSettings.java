package nl.schaalsprong.verification.domain.learning;

/**
 * @param lambda           L2 penalty on the standardised coefficients
 * @param bootstrapSamples resamples for the importance intervals
 * @param seed             fixed, so the same outcomes always give the same intervals
 */
public record LearningSettings(double lambda, int bootstrapSamples, long seed) {

    public static final LearningSettings DEFAULT = new LearningSettings(1.0, 200, 20261128L);

    public LearningSettings {
        if (!(lambda > 0)) {
            throw new IllegalArgumentException("lambda must be positive, was " + lambda);
        }
        if (bootstrapSamples < 10) {
            throw new IllegalArgumentException("at least 10 bootstrap samples, not " + bootstrapSamples);
        }
    }
}
