package nl.schaalsprong.verification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

/** Learning the comparability basis from concluded verifications. */
@ConfigMapping(prefix = "schaalsprong.verification.learning")
public interface LearningConfig {

    /**
     * Decisive conclusions (CONFIRMED or NOT_CONFIRMED) on a basis before its learned weights are published to
     * typology-service; fewer are learned from and shown, but not offered as a basis.
     */
    @WithDefault("30")
    @Min(2)
    int minOutcomes();

    /** L2 penalty on the standardised coefficients. */
    @WithDefault("1.0")
    @Positive
    double lambda();

    /** Bootstrap resamples for the importance intervals. */
    @WithDefault("200")
    @Min(10)
    int bootstrapSamples();

    /** Fixed, so the same outcomes always give the same intervals. */
    @WithDefault("20261128")
    long seed();
}
