package nl.schaalsprong.lessons.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.lessons.domain.evidence.DerivedEvidence;
import nl.schaalsprong.lessons.domain.evidence.Outcome;
import nl.schaalsprong.platform.inbox.CountsDeadLetters;
import nl.schaalsprong.platform.inbox.EventConsumer;
import nl.schaalsprong.platform.inbox.EventConsumers;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the evidence read model from verification-service: two declarations on platform's typed consumer, both
 * claimed under {@code evidence}. Data that does not fit or makes no sense goes to the channel's {@code <topic>.dlq};
 * other event types on the same topics (suggested, accepted, ...) are not ours to act on, and not poison.
 */
@ApplicationScoped
public class VerificationEventsConsumer {

    /** The idempotent-consumer name under which the evidence read model claims events. */
    static final String EVIDENCE = "evidence";

    private final EventConsumer<EvidenceReadModel.Conclusion> concluded;
    private final EventConsumer<DerivedEvidence> derived;

    public VerificationEventsConsumer(EventConsumers consumers, EvidenceReadModel evidence) {
        this.concluded = consumers.declare(EVIDENCE, VerificationConcluded.class)
                .on(ConsumedEvents.VERIFICATION_CONCLUDED, ConsumedEvents.VERIFICATION_CONCLUDED_V1)
                .reading((event, data) -> new EvidenceReadModel.Conclusion(data.verificationId(), data.lessonId(),
                        Outcome.valueOf(data.outcome()), data.concludedAt()))
                .applying((event, conclusion) -> evidence.concluded(conclusion));
        this.derived = consumers.declare(EVIDENCE, EvidenceChanged.class).on(ConsumedEvents.EVIDENCE_CHANGED)
                .reading((event, data) -> data.toDomain())
                .applying((event, derivation) -> evidence.derived(derivation));
    }

    @CountsDeadLetters
    @Incoming("verification-events")
    @Blocking
    public void verification(String record) {
        concluded.consume(record);
    }

    @CountsDeadLetters
    @Incoming("evidence-events")
    @Blocking
    public void evidence(String record) {
        derived.consume(record);
    }
}
