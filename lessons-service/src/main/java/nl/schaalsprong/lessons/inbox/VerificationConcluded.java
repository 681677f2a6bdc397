package nl.schaalsprong.lessons.inbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Our reading of {@code nl.schaalsprong.verification.concluded.v1} (verification-service's
 * {@code schemas/verification.concluded.v1.json}). A tolerant reader: only what the evidence read model needs,
 * each field required by the producer (checked by EvidenceEventsContractTest).
 *
 * @param outcome CONFIRMED, NOT_CONFIRMED or INCONCLUSIVE
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerificationConcluded(UUID verificationId, UUID lessonId, String outcome, OffsetDateTime concludedAt) {
}
