package nl.schaalsprong.verification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.inbox.Handled;
import nl.schaalsprong.verification.messaging.TypologyChanges;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Makes the lessons that wait for figures ({@code pending_suggestion} with {@code ORIGIN_DATA}) due at once when
 * typology-service says figures changed; the pending job ({@link SuggestionService#retryDue()}) then asks typology
 * again. Waking too many costs one typology call each; waking too few leaves a lesson waiting until its recheck. So a
 * buurt's change wakes every lesson learned in its gemeente: a lesson verified at wijk or gemeente scale is compared on
 * figures derived from the buurten around its origin, not only on its origin's own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WaitingForFigures implements TypologyChanges {

    private static final Logger LOG = Logger.getLogger(WaitingForFigures.class);
    private static final String WAITING = "update pending_suggestion p set next_attempt_at = :now"
            + " where p.waiting_for = 'ORIGIN_DATA' and p.next_attempt_at > :now";

    private final EntityManager entityManager;
    private final Clock clock;

    public WaitingForFigures(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public Handled buurtChanged(BuurtCode buurt) {
        int woken = entityManager.createNativeQuery(WAITING + " and exists (select 1 from lesson l,"
                        + " jsonb_array_elements_text(l.origin_buurt_codes) origin"
                        + " where l.id = p.lesson_id and 'GM' || substr(origin, 3, 4) = :gemeente)")
                .setParameter("now", OffsetDateTime.now(clock))
                .setParameter("gemeente", buurt.gemeente().value()).executeUpdate();
        if (woken > 0) {
            LOG.debugf("%s changed: %d lesson(s) waiting for figures in %s asked for again", buurt, woken,
                    buurt.gemeente());
        }
        return Handled.APPLIED;
    }

    @Override
    public Handled basisPublished(String basis) {
        int woken = entityManager.createNativeQuery(WAITING).setParameter("now", OffsetDateTime.now(clock))
                .executeUpdate();
        LOG.infof("basis %s published: %d lesson(s) waiting for figures asked for again", basis, woken);
        return Handled.APPLIED;
    }
}
