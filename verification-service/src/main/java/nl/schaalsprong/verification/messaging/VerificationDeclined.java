package nl.schaalsprong.verification.messaging;

import nl.schaalsprong.verification.domain.DeclineReason;
import nl.schaalsprong.verification.domain.DeclineReasonKind;
import nl.schaalsprong.verification.domain.Verification;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code nl.schaalsprong.verification.declined.v2}. Schema: {@code schemas/verification.declined.v2.json};
 * change it only together with that file (v2 added {@code target},
 * issue 13 item 3; VerificationLifecycleSchemaTest keeps them in step). The reason travels
 * with it: why a gemeente would not try a lesson is itself something to learn from. {@code reason} is the words (the
 * text given, or else the kind said in words); {@code reasonKind} with {@code dimension} or {@code barrierId} is the
 * structured reason, added compatibly (a consumer that knows only {@code reason} reads on).
 */
public record VerificationDeclined(UUID verificationId, UUID lessonId, EventTarget target, String targetBuurtCode,
                                   String targetGemeenteCode, String reason, DeclineReasonKind reasonKind,
                                   String dimension, UUID barrierId, OffsetDateTime declinedAt, String declinedBy) {

    public static VerificationDeclined of(Verification v) {
        DeclineReason why = v.declineReasonDetail().orElseThrow();
        return new VerificationDeclined(v.id, v.lessonId, EventTarget.of(v), v.targetBuurtCode,
                v.targetGemeenteCode, v.declineReason(),
                why.kind(), why.dimension(), why.barrierId(), v.declinedAt(), v.declinedBy());
    }
}
