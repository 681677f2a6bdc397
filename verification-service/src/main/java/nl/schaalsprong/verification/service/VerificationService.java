package nl.schaalsprong.verification.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.platform.outbox.Outbox;
import nl.schaalsprong.platform.paging.Page;
import nl.schaalsprong.verification.domain.Actor;
import nl.schaalsprong.verification.domain.DeclineReason;
import nl.schaalsprong.verification.domain.DeclineReasonKind;
import nl.schaalsprong.verification.domain.ExperimentCondition;
import nl.schaalsprong.verification.domain.Lesson;
import nl.schaalsprong.verification.domain.LessonContent;
import nl.schaalsprong.verification.domain.Outcome;
import nl.schaalsprong.verification.domain.PendingSuggestion;
import nl.schaalsprong.verification.domain.StatusCounts;
import nl.schaalsprong.verification.domain.SuccessCriteria;
import nl.schaalsprong.verification.domain.Verification;
import nl.schaalsprong.verification.domain.OutcomeRecorded;
import nl.schaalsprong.verification.domain.VerificationChanged;
import nl.schaalsprong.verification.domain.VerificationNotFoundException;
import nl.schaalsprong.verification.domain.VerificationStatus;
import nl.schaalsprong.verification.messaging.VerificationAccepted;
import nl.schaalsprong.verification.messaging.VerificationConcluded;
import nl.schaalsprong.verification.messaging.VerificationDeclined;
import nl.schaalsprong.verification.messaging.VerificationEvents;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;

/** Reading verifications, and the gemeente's lifecycle steps on them. */
@ApplicationScoped
public class VerificationService {

    /** Listing order: most comparable first; the code and id break ties so pages never overlap or skip. */
    private static final Sort ORDER = Sort.descending("similarity")
            .and("targetAreaCode", Sort.Direction.Ascending)
            .and("id", Sort.Direction.Ascending);

    private final Outbox outbox;
    private final Event<VerificationChanged> changed;
    private final Event<OutcomeRecorded> outcomes;
    private final Clock clock;

    public VerificationService(Outbox outbox, Event<VerificationChanged> changed, Event<OutcomeRecorded> outcomes,
                               Clock clock) {
        this.outbox = outbox;
        this.changed = changed;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @Transactional
    public Verification find(UUID id) {
        return Verification.<Verification>findByIdOptional(id).orElseThrow(() -> new VerificationNotFoundException(id));
    }

    /** Verifications filtered by whichever of lesson, status and gemeente are given, in the stable order. */
    @Transactional
    public Page<Verification> list(Optional<UUID> lessonId, Optional<VerificationStatus> status,
                                   Optional<GemeenteCode> gemeente, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        lessonId.ifPresent(id -> {
            where.add("lessonId = :lessonId");
            parameters.and("lessonId", id);
        });
        status.ifPresent(s -> {
            where.add("status = :status");
            parameters.and("status", s);
        });
        gemeente.ifPresent(g -> {
            where.add("targetGemeenteCode = :gemeente");
            parameters.and("gemeente", g.value());
        });
        PanacheQuery<Verification> query = where.isEmpty() ? Verification.findAll(ORDER)
                : Verification.find(String.join(" and ", where), ORDER, parameters);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }

    /** A lesson's verifications counted by status and outcome, counted in the database (not a page of them). */
    @Transactional
    public StatusCounts countsOf(UUID lessonId) {
        List<Object[]> rows = Verification.getEntityManager().createQuery("select v.status, v.outcome, count(v)"
                        + " from Verification v where v.lessonId = :lessonId group by v.status, v.outcome", Object[].class)
                .setParameter("lessonId", lessonId).getResultList();
        return StatusCounts.of(rows.stream().collect(Collectors.toMap(
                row -> new StatusCounts.Key((VerificationStatus) row[0], (Outcome) row[1]), row -> (Long) row[2])));
    }

    /** Why the lesson's suggestions wait, if they do: for typology-service, or for figures of its origin. */
    @Transactional
    public Optional<PendingSuggestion> waitingOf(UUID lessonId) {
        return PendingSuggestion.findByIdOptional(lessonId);
    }

    /** What each of these lessons says, as its latest tagging carried it; a lesson not known here is absent. */
    @Transactional
    public Map<UUID, LessonContent> lessonContents(Collection<UUID> lessonIds) {
        if (lessonIds.isEmpty()) {
            return Map.of();
        }
        return Lesson.<Lesson>list("id in ?1", Set.copyOf(lessonIds)).stream()
                .collect(Collectors.toMap(lesson -> lesson.id, Lesson::content));
    }

    @Transactional
    public Verification accept(UUID id, SuccessCriteria criteria, Actor actor) {
        Verification verification = actingOn(id, actor);
        verification.accept(criteria, Lesson.indicatorPolicyOf(verification.lessonId), actor.name(), clock);
        outbox.append(VerificationEvents.VERIFICATION_ACCEPTED, id.toString(), VerificationAccepted.of(verification));
        return changed(verification);
    }

    @Transactional
    public Verification decline(UUID id, DeclineReason reason, Actor actor) {
        Verification verification = actingOn(id, actor);
        verification.decline(reason, actor.name(), clock);
        outbox.append(VerificationEvents.VERIFICATION_DECLINED, id.toString(), VerificationDeclined.of(verification));
        changed(verification);
        if (reason.kind() == DeclineReasonKind.DIMENSION_DIFFERS) {
            // Evidence against that dimension: learning counts it as a non-transfer (DeclineEvidence).
            outcomes.fire(new OutcomeRecorded(verification.lessonId));
        }
        return verification;
    }

    @Transactional
    public Verification conclude(UUID id, Map<String, Double> measurements, List<String> adaptations,
                                 Collection<ExperimentCondition> conditionsPresent, Actor actor) {
        Verification verification = actingOn(id, actor);
        verification.conclude(measurements, adaptations, conditionsPresent, actor.name(), clock);
        outbox.append(VerificationEvents.VERIFICATION_CONCLUDED, id.toString(), VerificationConcluded.of(verification));
        changed(verification);
        outcomes.fire(new OutcomeRecorded(verification.lessonId));
        return verification;
    }

    private Verification actingOn(UUID id, Actor actor) {
        Verification verification = find(id);
        if (!actor.mayActFor(new GemeenteCode(verification.targetGemeenteCode))) {
            throw new ForbiddenException("verification " + id + " is in " + verification.targetGemeenteCode
                    + ", which the token of " + actor.name() + " does not list");
        }
        return verification;
    }

    /** Flushed first, so whoever derives from the lesson's verifications in this transaction sees the change. */
    private Verification changed(Verification verification) {
        verification.flush();
        changed.fire(new VerificationChanged(verification.lessonId));
        return verification;
    }
}
