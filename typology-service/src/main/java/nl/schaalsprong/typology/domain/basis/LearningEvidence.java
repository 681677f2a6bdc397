package nl.schaalsprong.typology.domain.basis;

import java.util.List;
import java.util.Objects;

/**
 * Why a learned DRAFT proposes its weights: how many decisive conclusions from how many lessons it was learned
 * from, its cross-validated Brier score beside those of the base rate and the current basis (lower is better; on
 * the same held-out lessons), and per dimension the importance with its interval. The scores and the lessons are
 * null when the learner's event did not carry them (events before issue 11).
 */
public record LearningEvidence(int outcomes, Integer lessons, Double cvBrierModel, Double cvBrierBaseRate,
                               Double cvBrierBasis, List<LearnedImportance> importances) {
    public LearningEvidence {
        if (outcomes < 1) {
            throw new IllegalArgumentException("learning needs at least one outcome, got " + outcomes);
        }
        importances = List.copyOf(Objects.requireNonNull(importances, "importances"));
    }
}
