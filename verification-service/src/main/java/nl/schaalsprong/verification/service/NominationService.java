package nl.schaalsprong.verification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.domain.NotFoundException;
import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.platform.outbox.Outbox;
import nl.schaalsprong.verification.client.TypologyGateway;
import nl.schaalsprong.verification.client.TypologyRejectedException;
import nl.schaalsprong.verification.domain.Actor;
import nl.schaalsprong.verification.domain.ComparableBuurt;
import nl.schaalsprong.verification.domain.Lesson;
import nl.schaalsprong.verification.domain.Nomination;
import nl.schaalsprong.verification.domain.ScaleOfVerification;
import nl.schaalsprong.verification.domain.SuccessCriteria;
import nl.schaalsprong.verification.domain.Verification;
import nl.schaalsprong.verification.domain.VerificationChanged;
import nl.schaalsprong.verification.domain.VerificationStatus;
import nl.schaalsprong.verification.messaging.VerificationAccepted;
import nl.schaalsprong.verification.messaging.VerificationEvents;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A gemeente nominating its own buurt for a lesson ("trying it here"). The rules that need no typology are checked
 * first ({@link Nomination}); then typology is asked, outside any transaction, how the buurt compares with the
 * lesson's origin (which also tells whether it knows the buurt); then the rules are checked again and the
 * nomination stored with its event in one transaction, so one recorded meanwhile still wins.
 */
@ApplicationScoped
public class NominationService {

    private final TypologyGateway typology;
    private final Outbox outbox;
    private final Event<VerificationChanged> changed;
    private final Clock clock;

    public NominationService(TypologyGateway typology, Outbox outbox, Event<VerificationChanged> changed, Clock clock) {
        this.typology = typology;
        this.outbox = outbox;
        this.changed = changed;
        this.clock = clock;
    }

    /**
     * @throws NotFoundException          (404) for a lesson not known here, or a buurt typology does not know
     * @throws TypologyCannotAnswerException (503) when typology cannot answer now
     */
    public Verification nominate(UUID lessonId, BuurtCode buurt, SuccessCriteria criteria, Actor actor) {
        Nomination.requireActsFor(actor, buurt);
        List<BuurtCode> origins = QuarkusTransaction.requiringNew().call(() -> allowed(lessonId, buurt).origins());
        ComparableBuurt compared = compared(origins, buurt);
        return QuarkusTransaction.requiringNew().call(() -> {
            Lesson lesson = allowed(lessonId, buurt);
            Verification verification = Verification.nominate(lessonId, compared, lesson.lastEventId, criteria,
                    Lesson.indicatorPolicyOf(lessonId), actor.name(), clock);
            verification.persist();
            outbox.append(VerificationEvents.VERIFICATION_ACCEPTED, verification.id.toString(),
                    VerificationAccepted.of(verification));
            verification.flush();
            changed.fire(new VerificationChanged(lessonId));
            return verification;
        });
    }

    /** The lesson, when the rules allow nominating the buurt for it. Needs a transaction. */
    private static Lesson allowed(UUID lessonId, BuurtCode buurt) {
        Lesson lesson = Lesson.<Lesson>findByIdOptional(lessonId)
                .orElseThrow(() -> new NotFoundException("lesson", lessonId));
        Nomination.requireVerifiedPerBuurt(lessonId, lesson.routes);
        Nomination.requireBuurtScale(lessonId, ScaleOfVerification.of(lesson.rightscaling));
        Nomination.requireOutsideOrigin(lessonId, lesson.origins(), buurt);
        Optional<VerificationStatus> existing = Verification.getEntityManager().createQuery(
                        "select v.status from Verification v where v.lessonId = :lesson and v.targetBuurtCode = :buurt",
                        VerificationStatus.class)
                .setParameter("lesson", lessonId).setParameter("buurt", buurt.value())
                .getResultStream().findFirst();
        Nomination.requireNoneThere(lessonId, buurt, existing);
        return lesson;
    }

    /**
     * The buurt compared with the lesson's origin it is most similar to, with every dimension's difference: what the
     * verification records of why it is comparable, and what learning reads.
     */
    private ComparableBuurt compared(List<BuurtCode> origins, BuurtCode buurt) {
        try {
            return origins.stream()
                    .flatMap(origin -> typology.explained(origin, List.of(buurt), null).stream())
                    .filter(c -> c.code().equals(buurt))
                    .max(Comparator.comparingDouble(ComparableBuurt::similarity))
                    .orElseThrow(() -> new RuleViolationException("typology cannot compare " + buurt + " with the"
                            + " lesson's origin " + origins + ": they share too little data on the comparability basis"));
        } catch (TypologyRejectedException rejected) {
            if (rejected.notFound()) {
                throw new NotFoundException("buurt", buurt);
            }
            throw new RuleViolationException("typology cannot compare " + buurt + " with the lesson's origin "
                    + origins + " (it answered " + rejected.status() + ")");
        } catch (RuleViolationException | NotFoundException refused) {
            throw refused;
        } catch (RuntimeException unavailable) {
            throw new TypologyCannotAnswerException(unavailable);
        }
    }

    /** typology-service could not answer (down, slow, circuit open): worth trying again in a moment. */
    public static class TypologyCannotAnswerException extends RuntimeException {
        TypologyCannotAnswerException(Throwable cause) {
            super("typology-service cannot compare the buurt right now", cause);
        }
    }
}
