package nl.schaalsprong.lessons.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An institutional barrier for the policy track: what stands in the way, at which level of government, by which
 * rule. Signalled by a published lesson on the INSTITUTIONALISERING route, or opened for a lesson that leaned on an
 * exemption from a rule ({@link ExemptionBarrierPolicy}); every lesson leaning on it is linked ({@link #lessonIds}).
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

    /** Where it came from, in words, e.g. "exemption of lesson <id>"; null for barriers from before V25. */
    @Column(name = "source")
    public String source;

    /** The rule as its {@link BarrierKey} names it (spaces collapsed): what lessons are matched on. */
    @Column(name = "rule_named")
    public String ruleNamed;

    /** The lessons leaning on it: the one that signalled it and every one exempted from its rule (V25). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "barrier_lesson_link", joinColumns = @JoinColumn(name = "barrier_id"))
    @Column(name = "lesson_id")
    public Set<UUID> lessonIds = new TreeSet<>();

    @Version
    public long version;

    protected Barrier() {
    }

    public static Barrier signalledBy(Lesson lesson, BarrierSection section, String by, OffsetDateTime now) {
        return signalled(lesson, section.description(), section.rule(), BarrierKey.of(section),
                "barrier section of lesson " + lesson.id, by, now);
    }

    /** A new, open barrier for the rule a lesson was exempted from: on the INSTITUTIONALISERING route from now on. */
    public static Barrier openedForExemption(Lesson lesson, BarrierKey key, String by, OffsetDateTime now) {
        return signalled(lesson, "De proeftuin kreeg vrijstelling van " + key.rule()
                        + "; zonder die vrijstelling staat deze regel de aanpak in de weg", key.rule(), key,
                "exemption of lesson " + lesson.id, by, now);
    }

    /** A barrier signalled now by {@code lesson}, which leans on it. */
    private static Barrier signalled(Lesson lesson, String description, String rule, BarrierKey key, String source,
                                     String by, OffsetDateTime now) {
        Barrier barrier = new Barrier();
        barrier.id = UUID.randomUUID();
        barrier.lessonId = lesson.id;
        barrier.proeftuinId = lesson.proeftuinId;
        barrier.description = description;
        barrier.level = key.level();
        barrier.rule = rule;
        barrier.status = BarrierStatus.GESIGNALEERD;
        barrier.signalledAt = now;
        barrier.statusChangedAt = now;
        barrier.statusChangedBy = by;
        barrier.source = source;
        barrier.ruleNamed = key.rule();
        barrier.lessonIds.add(lesson.id);
        return barrier;
    }

    /** The key lessons are matched on; null for a barrier without a rule named (none since V25 fills them). */
    public BarrierKey key() {
        return ruleNamed == null ? null : new BarrierKey(level, ruleNamed);
    }

    /** Whether the rule still stands in the way: until it is resolved. */
    public boolean standing() {
        return status != BarrierStatus.OPGELOST;
    }

    /** Links a lesson that leans on this barrier's rule; linking one twice changes nothing. */
    public void leanedOnBy(UUID lesson) {
        lessonIds.add(lesson);
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
