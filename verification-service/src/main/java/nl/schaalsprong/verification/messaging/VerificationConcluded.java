package nl.schaalsprong.verification.messaging;

import nl.schaalsprong.verification.domain.CriterionResult;
import nl.schaalsprong.verification.domain.ExperimentCondition;
import nl.schaalsprong.verification.domain.Verification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code nl.schaalsprong.verification.concluded.v2}. Schema: {@code schemas/verification.concluded.v2.json};
 * change it only together with that file (v2 added {@code target},
 * issue 13 item 3; VerificationEventSchemasTest keeps them in step).
 */
public record VerificationConcluded(UUID verificationId, UUID lessonId, EventTarget target, String targetBuurtCode,
                                    String targetGemeenteCode, String outcome, List<CriterionResult> results,
                                    List<String> adaptations, List<ExperimentCondition> conditionsPresent,
                                    OffsetDateTime concludedAt) {

    public static VerificationConcluded of(Verification v) {
        return new VerificationConcluded(v.id, v.lessonId, EventTarget.of(v), v.targetBuurtCode,
                v.targetGemeenteCode,
                v.outcome().name(), v.results(), v.adaptations(), v.conditionsPresent(), v.concludedAt());
    }
}
