package nl.schaalsprong.verification.messaging;

import nl.schaalsprong.verification.domain.learning.DimensionImportance;
import nl.schaalsprong.verification.domain.learning.LearnedModel;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Data of {@code nl.schaalsprong.comparability-weights.learned.v1}. Schema:
 * {@code schemas/comparability-weights.learned.v1.json}; change it only together with that file
 * (ComparabilityWeightsLearnedSchemaTest).
 */
public record ComparabilityWeightsLearned(String basisName, OffsetDateTime learnedAt, int outcomes, int confirmed,
                                          List<Weight> weights, double brierSimilarity, double brierBaseRate,
                                          double brierModel, double lambda, int bootstrapSamples, long seed,
                                          int lessons, Double cvBrierModel, Double cvBrierBaseRate,
                                          Double cvBrierBasis) {

    /** One dimension's proposed weight, with the importance it comes from and its bootstrap interval. */
    public record Weight(String dimension, double weight, double importance, double lower, double upper) {
        static Weight of(DimensionImportance importance) {
            return new Weight(importance.dimension(), importance.weight(), importance.importance(), importance.lower(),
                    importance.upper());
        }
    }

    public static ComparabilityWeightsLearned of(String basisName, LearnedModel model, OffsetDateTime learnedAt) {
        return new ComparabilityWeightsLearned(basisName, learnedAt, model.outcomes(), model.confirmed(),
                model.dimensions().stream().map(Weight::of).toList(), model.brierSimilarity(), model.brierBaseRate(),
                model.brierModel(), model.lambda(), model.settings().bootstrapSamples(), model.settings().seed(),
                model.lessons(), model.cvBrierModel(), model.cvBrierBaseRate(), model.cvBrierBasis());
    }
}
