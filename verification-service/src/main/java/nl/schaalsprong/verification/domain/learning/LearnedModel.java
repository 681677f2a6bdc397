package nl.schaalsprong.verification.domain.learning;

import java.util.List;
import java.util.Map;

/**
 * What the concluded verifications say about the comparability basis.
 *
 * @param dimensions         most important first
 * @param outcomes           decisive conclusions learned from
 * @param lessons            the lessons (clusters) they come from
 * @param brierSimilarity    mean squared error of the similarity taken as the probability of confirmation, in sample
 *                           (0 is perfect)
 * @param brierBaseRate      the same for always predicting the overall confirmation rate, in sample
 * @param brierModel         the same for the fitted model, in sample (optimistic: for reference only)
 * @param lambda             the L2 penalty cross-validation chose
 * @param cvBrierModel       the model's Brier score out of sample: nested cross-validation over lessons (λ chosen
 *                           inside each training part); null with fewer than 2 lessons
 * @param cvBrierBaseRate    the base rate of each training part predicting its held-out lessons
 * @param cvBrierBasis       the current basis: similarity, calibrated by a logistic fit on each training part
 * @param publishable        whether {@link PublicationPolicy} lets the weights be offered to typology-service
 * @param publicationReasons why (not)
 * @param nominated          of the outcomes, those in buurten the gemeente nominated itself, each counted at
 *                           {@link LearningSettings#nominationWeight()} (0 in a model stored before nominations)
 * @param declinedForDimension per dimension, the declines naming it learned from as non-transfers (not among the
 *                           outcomes; empty in a model stored before structured declines)
 */
public record LearnedModel(List<DimensionImportance> dimensions, int outcomes, int confirmed, int lessons,
                           double brierSimilarity, double brierBaseRate, double brierModel, double lambda,
                           Double cvBrierModel, Double cvBrierBaseRate, Double cvBrierBasis, boolean publishable,
                           List<String> publicationReasons, LearningSettings settings, int nominated,
                           Map<String, Integer> declinedForDimension) {

    public LearnedModel {
        dimensions = List.copyOf(dimensions);
        declinedForDimension = declinedForDimension == null ? Map.of() : Map.copyOf(declinedForDimension);
        publicationReasons = List.copyOf(publicationReasons);
    }

    /** How many declines naming a dimension were learned from. */
    public int declines() {
        return declinedForDimension.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How often the rarer outcome occurs. */
    public int minority() {
        return Math.min(confirmed, outcomes - confirmed);
    }
}
