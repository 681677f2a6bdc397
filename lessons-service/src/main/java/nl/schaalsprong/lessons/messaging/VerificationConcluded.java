package nl.schaalsprong.lessons.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Our reading of {@code nl.schaalsprong.verification.concluded.v2} and of the v1 records before it
 * (verification-service's {@code schemas/verification.concluded.v2.json} and {@code .v1.json}). A tolerant reader:
 * only what the evidence read model needs, each field required by the producer in both versions (checked by
 * EvidenceEventsContractTest), and constrained not null: the evidence cannot do without any of them. v2's target
 * (a buurt, wijk or gemeente) is not needed for a lesson's evidence.
 *
 * @param outcome CONFIRMED, NOT_CONFIRMED or INCONCLUSIVE
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VerificationConcluded(@NotNull UUID verificationId, @NotNull UUID lessonId, @NotNull String outcome,
                                    @NotNull OffsetDateTime concludedAt) {
}
