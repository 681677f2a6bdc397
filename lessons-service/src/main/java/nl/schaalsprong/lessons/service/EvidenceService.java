package nl.schaalsprong.lessons.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.schaalsprong.lessons.domain.evidence.DerivedEvidence;
import nl.schaalsprong.lessons.domain.evidence.Evidence;
import nl.schaalsprong.lessons.messaging.EvidenceReadModel;
import nl.schaalsprong.platform.inbox.Handled;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Applies verification-service's events to the evidence read model and the lesson's evidence level in search, in the
 * transaction in which the consumer claimed the event: the claim, the evidence and the search row commit together.
 */
@ApplicationScoped
public class EvidenceService implements EvidenceReadModel {

    private static final Logger LOG = Logger.getLogger(EvidenceService.class);

    private final EvidenceStore store;
    private final LessonSearchIndex index;
    private final Clock clock;

    public EvidenceService(EvidenceStore store, LessonSearchIndex index, Clock clock) {
        this.store = store;
        this.index = index;
        this.clock = clock;
    }

    /** What is known of the lesson's evidence; ORIGIN_ONLY with zero counts while nothing has arrived. */
    public Evidence of(UUID lessonId) {
        return store.find(lessonId).orElseGet(() -> Evidence.none(lessonId));
    }

    /** Counts a concluded verification once, however often (and in whichever event version) it is delivered. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Handled concluded(Conclusion conclusion) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Evidence current = store.lock(conclusion.lessonId(), now);
        if (!store.recordConclusion(conclusion.verificationId(), conclusion.lessonId(), conclusion.outcome(),
                conclusion.concludedAt())) {
            LOG.infof("verification %s was counted before", conclusion.verificationId());
            return Handled.APPLIED;
        }
        store.save(current.conclude(conclusion.outcome(), conclusion.concludedAt()), now);
        LOG.infof("verification %s of lesson %s concluded %s", conclusion.verificationId(), conclusion.lessonId(),
                conclusion.outcome());
        return Handled.APPLIED;
    }

    /** Keeps the newest derivation (by derivedAt, the aggregate's time guard); the search entry follows its level. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Handled derived(DerivedEvidence derived) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Evidence current = store.lock(derived.lessonId(), now);
        Evidence next = current.apply(derived);
        if (next == current) {
            LOG.infof("evidence of lesson %s derived at %s is older than what we have", derived.lessonId(),
                    derived.derivedAt());
            return Handled.STALE;
        }
        store.save(next, now);
        index.evidenceChanged(next.lessonId(), next.level());
        LOG.infof("evidence of lesson %s derived at %s: %s", derived.lessonId(), derived.derivedAt(), derived.level());
        return Handled.APPLIED;
    }
}
