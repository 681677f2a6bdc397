package nl.schaalsprong.verification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import java.util.List;

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

    /** Of which at least this many of the rarer outcome: a model that has seen 2 failures knows nothing of failure. */
    @WithDefault("10")
    @Min(1)
    int minMinority();

    /** From at least this many lessons: a bootstrap of fewer whole lessons gives no interval worth the name. */
    @WithDefault("5")
    @Min(2)
    int minLessons();

    /** The L2 penalties on the standardised coefficients that cross-validation chooses from. */
    @WithDefault("0.1,0.3,1,3,10,30,100")
    List<@Positive Double> lambdas();

    /** Cross-validation folds of whole lessons (fewer when fewer lessons have outcomes). */
    @WithDefault("5")
    @Min(2)
    int folds();

    /** Bootstrap resamples for the importance intervals. */
    @WithDefault("200")
    @Min(10)
    int bootstrapSamples();

    /**
     * What a conclusion in a buurt the gemeente nominated itself counts for in the fit, against 1 for a suggested
     * one: self-selection is a form of pilot bias. 0 leaves nominations out of learning.
     */
    @WithDefault("0.5")
    @DecimalMin("0")
    @DecimalMax("1")
    double nominationWeight();

    /** Fixed, so the same outcomes always give the same intervals. */
    @WithDefault("20261128")
    long seed();
}
