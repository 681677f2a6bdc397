package nl.schaalsprong.lessons.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.schaalsprong.lessons.domain.evidence.DerivedEvidence;
import nl.schaalsprong.lessons.domain.evidence.Evidence;
import nl.schaalsprong.lessons.domain.evidence.Outcome;
import nl.schaalsprong.platform.events.CloudEvent;
import nl.schaalsprong.platform.inbox.ProcessedEvents;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Applies verification-service's events to the evidence read model and the lesson's evidence level in search.
 * Each event is one transaction: the idempotency claim, the evidence and the search row commit together.
 */
@ApplicationScoped
public class EvidenceService {

    private static final Logger LOG = Logger.getLogger(EvidenceService.class);

    /** The idempotent-consumer name under which the evidence read model claims events. */
    static final String CONSUMER = "evidence";

    private final ProcessedEvents processed;
    private final EvidenceStore store;
    private final LessonSearchIndex index;
    private final Clock clock;

    public EvidenceService(ProcessedEvents processed, EvidenceStore store, LessonSearchIndex index, Clock clock) {
        this.processed = processed;
        this.store = store;
        this.index = index;
        this.clock = clock;
    }

    /** What is known of the lesson's evidence; ORIGIN_ONLY with zero counts while nothing has arrived. */
    public Evidence of(UUID lessonId) {
        return store.find(lessonId).orElseGet(() -> Evidence.none(lessonId));
    }

    /** Counts a concluded verification once, however often it is delivered. */
    @Transactional
    public void concluded(CloudEvent cause, UUID verificationId, UUID lessonId, Outcome outcome,
                          OffsetDateTime concludedAt) {
        if (!processed.claim(CONSUMER, cause)) {
            LOG.infof("event %s was processed before; nothing to do", cause.id());
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Evidence current = store.lock(lessonId, now);
        if (!store.recordConclusion(verificationId, lessonId, outcome, concludedAt)) {
            LOG.infof("verification %s was counted before", verificationId);
            return;
        }
        store.save(current.conclude(outcome, concludedAt), now);
    }

    /** Keeps the newest derivation; the lesson's search entry follows its level. */
    @Transactional
    public void derived(CloudEvent cause, DerivedEvidence derived) {
        if (!processed.claim(CONSUMER, cause)) {
            LOG.infof("event %s was processed before; nothing to do", cause.id());
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Evidence current = store.lock(derived.lessonId(), now);
        Evidence next = current.apply(derived);
        if (next == current) {
            LOG.infof("evidence of lesson %s derived at %s is older than what we have", derived.lessonId(),
                    derived.derivedAt());
            return;
        }
        store.save(next, now);
        index.evidenceChanged(next.lessonId(), next.level());
    }
}
