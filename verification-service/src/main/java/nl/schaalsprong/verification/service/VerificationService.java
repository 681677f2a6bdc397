package nl.schaalsprong.verification.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.events.CloudEvent;
import nl.schaalsprong.platform.inbox.ProcessedEvents;
import nl.schaalsprong.platform.outbox.Outbox;
import nl.schaalsprong.platform.paging.Page;
import nl.schaalsprong.verification.client.TypologyGateway;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.verification.domain.ComparableBuurt;
import nl.schaalsprong.verification.domain.SuggestionPolicy;
import nl.schaalsprong.verification.domain.Verification;
import nl.schaalsprong.verification.domain.VerificationNotFoundException;
import nl.schaalsprong.verification.mapping.VerificationEvents;
import nl.schaalsprong.verification.mapping.VerificationSuggested;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The verification use cases. */
@ApplicationScoped
public class VerificationService {

    private static final Logger LOG = Logger.getLogger(VerificationService.class);

    /** The idempotent-consumer name under which suggestion-making claims events. */
    static final String SUGGESTIONS = "suggestions";

    /** Listing order: most comparable first; the code and id break ties so pages never overlap or skip. */
    private static final Sort ORDER = Sort.descending("similarity")
            .and("targetBuurtCode", Sort.Direction.Ascending)
            .and("id", Sort.Direction.Ascending);

    private final TypologyGateway typology;
    private final SuggestionPolicy policy;
    private final ProcessedEvents processed;
    private final Outbox outbox;
    private final Clock clock;

    public VerificationService(TypologyGateway typology, SuggestionPolicy policy, ProcessedEvents processed,
                               Outbox outbox, Clock clock) {
        this.typology = typology;
        this.policy = policy;
        this.processed = processed;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Suggests verifications for a lesson that {@code cause} announced. Typology is asked before the transaction
     * opens, so no database connection is held across remote calls and their retries. The claim, the new
     * verifications and their events then commit together: a redelivered event changes nothing, and a failure
     * leaves nothing half done.
     *
     * @return how many verifications were newly suggested
     */
    public int suggestFor(CloudEvent cause, UUID lessonId, List<BuurtCode> origins) {
        // Ask for a few extra, since the origins themselves may be among the most comparable.
        int limit = policy.targets() + origins.size();
        List<ComparableBuurt> candidates = origins.stream()
                .flatMap(origin -> typology.comparableTo(origin, limit).stream())
                .toList();
        List<ComparableBuurt> targets = policy.choose(origins, candidates);
        return QuarkusTransaction.requiringNew().call(() -> store(cause, lessonId, targets));
    }

    private int store(CloudEvent cause, UUID lessonId, List<ComparableBuurt> targets) {
        if (!processed.claim(SUGGESTIONS, cause)) {
            LOG.infof("event %s was processed before; nothing to do", cause.id());
            return 0;
        }
        // A later tagging of the same lesson is a new event; it adds only buurten not suggested before.
        Set<String> alreadySuggested = new HashSet<>(Verification.getEntityManager()
                .createQuery("select v.targetBuurtCode from Verification v where v.lessonId = :lessonId", String.class)
                .setParameter("lessonId", lessonId)
                .getResultList());
        OffsetDateTime now = OffsetDateTime.now(clock);
        int created = 0;
        for (ComparableBuurt target : targets) {
            if (alreadySuggested.contains(target.code().value())) {
                continue;
            }
            Verification verification = Verification.suggest(lessonId, target, cause.id(), now);
            verification.persist();
            outbox.append(VerificationEvents.VERIFICATION_SUGGESTED, verification.id.toString(),
                    VerificationSuggested.of(verification));
            created++;
        }
        return created;
    }

    @Transactional
    public Verification find(UUID id) {
        return Verification.<Verification>findByIdOptional(id).orElseThrow(() -> new VerificationNotFoundException(id));
    }

    @Transactional
    public Page<Verification> list(Optional<UUID> lessonId, int page, int size) {
        PanacheQuery<Verification> query = lessonId
                .map(id -> Verification.<Verification>find("lessonId", ORDER, id))
                .orElseGet(() -> Verification.findAll(ORDER));
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }
}
