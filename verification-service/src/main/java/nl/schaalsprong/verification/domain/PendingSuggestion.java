package nl.schaalsprong.verification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A tagged lesson whose suggestions wait: for typology-service to answer, or for figures of its origin
 * ({@link WaitingFor}). Written in the same transaction as the claim of the LessonTagged event, so neither an outage
 * nor missing data drops a lesson; asked for again at the {@link PendingPace} until typology answers with buurten,
 * then deleted in the transaction that stores the suggestions.
 */
@Entity
@Table(name = "pending_suggestion")
public class PendingSuggestion extends PanacheEntityBase {

    @Id
    @Column(name = "lesson_id")
    public UUID lessonId;

    /** The LessonTagged that could not be served; suggestions made later still trace back to it. */
    @Column(name = "source_event_id", nullable = false)
    public String sourceEventId;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Enumerated(EnumType.STRING)
    @Column(name = "waiting_for", nullable = false)
    public WaitingFor waitingFor;

    @Column(name = "pending_since", nullable = false)
    public OffsetDateTime pendingSince;

    protected PendingSuggestion() {
    }

    public static PendingSuggestion after(UUID lessonId, String sourceEventId, WaitingFor waitingFor, String error,
                                          OffsetDateTime now, PendingPace pace) {
        PendingSuggestion pending = new PendingSuggestion();
        pending.lessonId = lessonId;
        pending.sourceEventId = sourceEventId;
        pending.pendingSince = now;
        pending.failed(waitingFor, error, now, pace);
        return pending;
    }

    /** One more attempt failed: the next comes when {@link PendingPace} says. */
    public void failed(WaitingFor why, String error, OffsetDateTime now, PendingPace pace) {
        attempts++;
        waitingFor = why;
        lastError = error;
        nextAttemptAt = pace.nextAttempt(why, attempts, now);
    }
}
