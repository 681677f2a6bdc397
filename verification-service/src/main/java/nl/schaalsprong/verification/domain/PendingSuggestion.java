package nl.schaalsprong.verification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A tagged lesson whose suggestions wait for typology-service to answer. Written in the same transaction as
 * the claim of the LessonTagged event, so an outage never drops a lesson; retried with {@link RetryBackoff}
 * until typology answers, then deleted in the transaction that stores the suggestions.
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

    @Column(name = "pending_since", nullable = false)
    public OffsetDateTime pendingSince;

    protected PendingSuggestion() {
    }

    public static PendingSuggestion after(UUID lessonId, String sourceEventId, String error, OffsetDateTime now,
                                          RetryBackoff backoff) {
        PendingSuggestion pending = new PendingSuggestion();
        pending.lessonId = lessonId;
        pending.sourceEventId = sourceEventId;
        pending.pendingSince = now;
        pending.failed(error, now, backoff);
        return pending;
    }

    /** One more attempt failed: wait longer before the next. */
    public void failed(String error, OffsetDateTime now, RetryBackoff backoff) {
        attempts++;
        lastError = error;
        nextAttemptAt = now.plus(backoff.after(attempts));
    }
}
