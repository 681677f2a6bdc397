package nl.schaalsprong.verification.mapping;

import nl.schaalsprong.verification.domain.Verification;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code nl.schaalsprong.verification.declined.v1}. Schema: {@code schemas/verification.declined.v1.json};
 * change it only together with that file (VerificationLifecycleSchemaTest keeps them in step). The reason travels
 * with it: why a gemeente would not try a lesson is itself something to learn from.
 */
public record VerificationDeclined(UUID verificationId, UUID lessonId, String targetBuurtCode,
                                   String targetGemeenteCode, String reason, OffsetDateTime declinedAt,
                                   String declinedBy) {

    public static VerificationDeclined of(Verification v) {
        return new VerificationDeclined(v.id, v.lessonId, v.targetBuurtCode, v.targetGemeenteCode, v.declineReason(),
                v.declinedAt(), v.declinedBy());
    }
}
