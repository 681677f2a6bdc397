package nl.schaalsprong.lessons.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One kept version of a lesson: a JSON snapshot of the lesson as readers saw it after a change, with who made
 * the change and when. Append-only: rows are inserted, never updated (the table's trigger refuses it too).
 */
@Entity
@Table(name = "lesson_version")
public class LessonVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "lesson_id", nullable = false)
    public UUID lessonId;

    /** The lesson's optimistic-lock version after the change: the number a client sends back in If-Match. */
    @Column(nullable = false)
    public long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LessonStatus status;

    /** What happened, e.g. {@code recorded}, {@code revised}, {@code status:PUBLISHED}, {@code tagged}. */
    @Column(nullable = false)
    public String change;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String snapshot;

    protected LessonVersion() {
    }

    public static LessonVersion of(Lesson lesson, String change, String changedBy, OffsetDateTime changedAt,
                                   String snapshot) {
        LessonVersion kept = new LessonVersion();
        kept.lessonId = lesson.id;
        kept.version = lesson.version;
        kept.status = lesson.status;
        kept.change = change;
        kept.changedBy = changedBy;
        kept.changedAt = changedAt;
        kept.snapshot = snapshot;
        return kept;
    }
}
