package nl.schaalsprong.verification.messaging;

import nl.schaalsprong.verification.domain.Verification;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code nl.schaalsprong.verification.suggested.v2}. Schema: {@code schemas/verification.suggested.v2.json};
 * change it only together with that file (v2 added {@code target},
 * issue 13 item 3; VerificationSuggestedSchemaTest keeps them in step).
 */
public record VerificationSuggested(UUID verificationId, UUID lessonId, EventTarget target, String targetBuurtCode,
                                    String targetGemeenteCode, String targetBuurtName, double similarity,
                                    String status, OffsetDateTime suggestedAt, String sourceEventId,
                                    boolean exploratory, String component) {

    public static VerificationSuggested of(Verification verification) {
        return new VerificationSuggested(verification.id, verification.lessonId, EventTarget.of(verification),
                verification.targetBuurtCode, verification.targetGemeenteCode, verification.targetBuurtName,
                verification.similarity, verification.status.name(), verification.suggestedAt,
                verification.sourceEventId, verification.exploratory(), verification.component());
    }
}
