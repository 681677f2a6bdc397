package nl.schaalsprong.typology.rest;

import nl.schaalsprong.typology.domain.basis.LearningEvidence;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "LearningEvidence", description = "Why a draft learned by verification-service proposes its weights: "
        + "what it was learned from, how well it predicts out of sample, and per dimension the importance with its 95 % "
        + "interval (a bootstrap of whole lessons). A weight whose interval holds zero is proposed as 1.")
public record LearningEvidenceResponse(
        @Schema(description = "Decisive conclusions (CONFIRMED or NOT_CONFIRMED) learned from", example = "64")
        int outcomes,
        @Schema(description = "Lessons the outcomes come from (the independent units); null when the learner did not "
                + "say", example = "11", nullable = true) Integer lessons,
        @Schema(description = "The model's Brier score out of sample (nested cross-validation over lessons; lower is "
                + "better); null when the learner did not say", example = "0.204", nullable = true)
        Double cvBrierModel,
        @Schema(description = "The base rate's Brier score on the same held-out lessons; null when the learner did not "
                + "say", example = "0.243", nullable = true) Double cvBrierBaseRate,
        @Schema(description = "The current basis' (similarity, calibrated) Brier score on the same held-out lessons; "
                + "null when the learner did not say", example = "0.236", nullable = true) Double cvBrierBasis,
        @Schema(description = "Per dimension, as the learner listed them (most important first); empty when the "
                + "learner gave no intervals") List<Importance> importances) {

    @Schema(name = "LearnedImportance", description = "What the learner found about one dimension")
    public record Importance(
            @Schema(description = "Catalogue dimension key", example = "STEDELIJKHEID") String dimension,
            @Schema(description = "How much the log-odds of a confirmed lesson fall per standard deviation of "
                    + "difference on this dimension", example = "1.24") double importance,
            @Schema(description = "2.5th bootstrap percentile of the importance", example = "0.61") double lower,
            @Schema(description = "97.5th bootstrap percentile of the importance", example = "1.93") double upper) {
    }

    static LearningEvidenceResponse from(LearningEvidence learning) {
        return new LearningEvidenceResponse(learning.outcomes(), learning.lessons(), learning.cvBrierModel(),
                learning.cvBrierBaseRate(), learning.cvBrierBasis(), learning.importances().stream()
                .map(i -> new Importance(i.dimension().value(), i.importance(), i.lower(), i.upper())).toList());
    }
}
