package nl.schaalsprong.lessons.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An institutional barrier for the policy track, signalled by a published lesson on the INSTITUTIONALISERING
 * route: what stands in the way, at which level of government, by which rule.
 */
@Entity
@Table(name = "barrier")
public class Barrier extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "lesson_id", nullable = false)
    public UUID lessonId;

    @Column(name = "proeftuin_id", nullable = false)
    public String proeftuinId;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GovernmentLevel level;

    @Column(nullable = false)
    public String rule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BarrierStatus status;

    @Column(name = "signalled_at", nullable = false)
    public OffsetDateTime signalledAt;

    @Column(name = "status_changed_at", nullable = false)
    public OffsetDateTime statusChangedAt;

    @Column(name = "status_changed_by", nullable = false)
    public String statusChangedBy;

    @Version
    public long version;

    protected Barrier() {
    }

    public static Barrier signalledBy(Lesson lesson, BarrierSection section, String by, OffsetDateTime now) {
        Barrier barrier = new Barrier();
        barrier.id = UUID.randomUUID();
        barrier.lessonId = lesson.id;
        barrier.proeftuinId = lesson.proeftuinId;
        barrier.description = section.description();
        barrier.level = section.level();
        barrier.rule = section.rule();
        barrier.status = BarrierStatus.GESIGNALEERD;
        barrier.signalledAt = now;
        barrier.statusChangedAt = now;
        barrier.statusChangedBy = by;
        return barrier;
    }

    public void moveTo(BarrierStatus to, String by, OffsetDateTime now) {
        if (!status.mayMoveTo(to)) {
            throw new IllegalTransitionException("barrier", id, status, to);
        }
        status = to;
        statusChangedAt = now;
        statusChangedBy = by;
    }
}
