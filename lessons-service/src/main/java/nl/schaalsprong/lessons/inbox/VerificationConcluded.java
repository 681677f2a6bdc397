package nl.schaalsprong.lessons.inbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Our reading of {@code nl.schaalsprong.verification.concluded.v2} and of the v1 records before it
 * (verification-service's {@code schemas/verification.concluded.v2.json} and {@code .v1.json}). A tolerant reader:
 * only what the evidence read model needs, each field required by the producer in both versions (checked by
 * EvidenceEventsContractTest); v2's target (a buurt, wijk or gemeente) is not needed for a lesson's evidence.
 *
 * @param outcome CONFIRMED, NOT_CONFIRMED or INCONCLUSIVE
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerificationConcluded(UUID verificationId, UUID lessonId, String outcome, OffsetDateTime concludedAt) {
}
