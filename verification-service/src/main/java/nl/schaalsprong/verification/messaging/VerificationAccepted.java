package nl.schaalsprong.verification.messaging;

import nl.schaalsprong.verification.domain.Criterion;
import nl.schaalsprong.verification.domain.Verification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code nl.schaalsprong.verification.accepted.v2}. Schema: {@code schemas/verification.accepted.v2.json};
 * change it only together with that file (v2 added {@code target},
 * issue 13 item 3; VerificationEventSchemasTest keeps them in step). {@code selection}
 * (NOMINATED: the gemeente chose the buurt itself, and no suggested event precedes this one) was added in session 7.
 */
public record VerificationAccepted(UUID verificationId, UUID lessonId, EventTarget target, String targetBuurtCode,
                                   String targetGemeenteCode, List<CriterionData> criteria, OffsetDateTime acceptedAt,
                                   String acceptedBy, String selection) {

    public static VerificationAccepted of(Verification v) {
        List<CriterionData> criteria = v.criteria().orElseThrow().criteria().stream().map(CriterionData::of).toList();
        return new VerificationAccepted(v.id, v.lessonId, EventTarget.of(v), v.targetBuurtCode,
                v.targetGemeenteCode, criteria,
                v.acceptedAt(), v.acceptedBy(), v.selection().name());
    }

    public record CriterionData(String indicator, String comparison, double threshold, String unit,
                                LocalDate measuredOn) {
        static CriterionData of(Criterion c) {
            return new CriterionData(c.indicator(), c.comparison().name(), c.threshold(), c.unit(), c.measuredOn());
        }
    }
}
