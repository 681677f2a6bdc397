package nl.schaalsprong.lessons.inbox;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.lessons.domain.evidence.DerivedEvidence;
import nl.schaalsprong.lessons.domain.evidence.Outcome;
import nl.schaalsprong.lessons.service.EvidenceService;
import nl.schaalsprong.platform.domain.DomainException;
import nl.schaalsprong.platform.events.CloudEvent;
import nl.schaalsprong.platform.events.CloudEventCodec;
import nl.schaalsprong.platform.events.InvalidCloudEventException;
import nl.schaalsprong.platform.inbox.CountsDeadLetters;
import nl.schaalsprong.platform.inbox.InboundEvent;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds the evidence read model from verification-service. Any exception nacks the record and the channel's
 * dead-letter-queue strategy moves it to {@code <topic>.dlq}, so one bad record never blocks a partition.
 * Other event types on the same topics (suggested, accepted, ...) are not ours to act on, and not poison.
 */
@ApplicationScoped
public class VerificationEventsConsumer {

    private static final Logger LOG = Logger.getLogger(VerificationEventsConsumer.class);

    private final CloudEventCodec codec;
    private final EvidenceService evidence;

    public VerificationEventsConsumer(CloudEventCodec codec, EvidenceService evidence) {
        this.codec = codec;
        this.evidence = evidence;
    }

    @CountsDeadLetters
    @Incoming("verification-events")
    @Blocking
    public void verification(String record) {
        CloudEvent event = codec.read(record);
        try (InboundEvent ignored = InboundEvent.open(event)) {
            if (!ConsumedEvents.VERIFICATION_CONCLUDED.equals(event.type())
                    && !ConsumedEvents.VERIFICATION_CONCLUDED_V1.equals(event.type())) {
                LOG.debugf("ignoring %s", event.type());
                return;
            }
            VerificationConcluded concluded = codec.data(event, VerificationConcluded.class);
            if (concluded.verificationId() == null || concluded.lessonId() == null || concluded.concludedAt() == null
                    || concluded.outcome() == null) {
                throw new InvalidCloudEventException("data of " + event.id() + " lacks a required field");
            }
            Outcome outcome = parse(event, () -> Outcome.valueOf(concluded.outcome()));
            evidence.concluded(event, concluded.verificationId(), concluded.lessonId(), outcome, concluded.concludedAt());
            LOG.infof("verification %s of lesson %s concluded %s", concluded.verificationId(), concluded.lessonId(), outcome);
        }
    }

    @CountsDeadLetters
    @Incoming("evidence-events")
    @Blocking
    public void evidence(String record) {
        CloudEvent event = codec.read(record);
        try (InboundEvent ignored = InboundEvent.open(event)) {
            if (!ConsumedEvents.EVIDENCE_CHANGED.equals(event.type())) {
                LOG.debugf("ignoring %s", event.type());
                return;
            }
            EvidenceChanged changed = codec.data(event, EvidenceChanged.class);
            DerivedEvidence derived = parse(event, changed::toDomain);
            evidence.derived(event, derived);
            LOG.infof("evidence of lesson %s derived at %s: %s", derived.lessonId(), derived.derivedAt(), derived.level());
        }
    }

    private static <T> T parse(CloudEvent event, java.util.function.Supplier<T> reading) {
        try {
            return reading.get();
        } catch (IllegalArgumentException | NullPointerException | DomainException e) {
            throw new InvalidCloudEventException("data of " + event.id() + " does not make sense: " + e.getMessage(), e);
        }
    }
}
