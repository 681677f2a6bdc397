package nl.schaalsprong.verification.messaging;

import nl.schaalsprong.verification.domain.Layer;
import nl.schaalsprong.verification.domain.evidence.ChanceRisk;
import nl.schaalsprong.verification.domain.evidence.ConfirmationRate;
import nl.schaalsprong.verification.domain.evidence.Counts;
import nl.schaalsprong.verification.domain.evidence.Evidence;
import nl.schaalsprong.verification.domain.evidence.EvidenceLevel;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code nl.schaalsprong.lesson.evidence-changed.v1}. Schema: {@code schemas/lesson.evidence-changed.v1.json}
 * (no additional properties); change it only together with that file (LessonEvidenceChangedSchemaTest).
 */
public record LessonEvidenceChanged(UUID lessonId, EvidenceLevel level, List<String> reasons, Layer supportedLayer,
                                    List<String> confirmedInTypes, List<String> notConfirmedInTypes,
                                    ChanceRisk chanceRisk, Counts counts, ConfirmationRate confirmationRate,
                                    OffsetDateTime derivedAt, String evidenceUrl) {

    public static LessonEvidenceChanged of(UUID lessonId, Evidence evidence, OffsetDateTime derivedAt) {
        return new LessonEvidenceChanged(lessonId, evidence.level(), evidence.reasons(), evidence.supportedLayer(),
                evidence.confirmedInTypes(), evidence.notConfirmedInTypes(), evidence.chanceRisk(), evidence.counts(),
                evidence.confirmationRate(), derivedAt, EvidenceEvents.evidenceUrl(lessonId));
    }
}
