package nl.schaalsprong.verification.domain.learning;

import java.util.List;

/**
 * What the concluded verifications say about the comparability basis.
 *
 * @param dimensions      most important first
 * @param outcomes        decisive conclusions learned from
 * @param brierSimilarity mean squared error of the similarity taken as the probability of confirmation
 *                        (0 is perfect; lower than {@code brierBaseRate} means similarity tells something)
 * @param brierBaseRate   the same for always predicting the overall confirmation rate
 * @param brierModel      the same for the fitted model, in sample
 */
public record LearnedModel(List<DimensionImportance> dimensions, int outcomes, int confirmed, double brierSimilarity,
                           double brierBaseRate, double brierModel, LearningSettings settings) {

    public LearnedModel {
        dimensions = List.copyOf(dimensions);
    }
}
