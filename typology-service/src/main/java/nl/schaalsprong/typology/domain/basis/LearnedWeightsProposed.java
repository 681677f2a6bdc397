package nl.schaalsprong.typology.domain.basis;

import java.util.List;
import java.util.Objects;

/**
 * A CDI event: weights learned from concluded verifications (verification-service) are proposed for a basis.
 * They become a DRAFT version of it, never a published one: a steward reviews and publishes, with the learning
 * evidence (intervals, cross-validated scores) beside the weights.
 */
public record LearnedWeightsProposed(BasisName basis, String description, List<DimensionWeight> weights,
                                     LearningEvidence learning) {
    public LearnedWeightsProposed {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(learning, "learning");
        weights = List.copyOf(weights);
    }
}
