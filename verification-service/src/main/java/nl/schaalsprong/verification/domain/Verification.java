package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
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
 * Verifying one lesson in one comparable buurt: the unit by which "does it work elsewhere too?" is answered.
 * A lesson has at most one verification per buurt (enforced by the database as well).
 */
@Entity
@Table(name = "verification")
public class Verification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "lesson_id", nullable = false, updatable = false)
    public UUID lessonId;

    @Column(name = "target_buurt_code", nullable = false, updatable = false)
    public String targetBuurtCode;

    /** Derived from the buurt code and stored, so a gemeente's verifications can be queried by column. */
    @Column(name = "target_gemeente_code", nullable = false, updatable = false)
    public String targetGemeenteCode;

    @Column(name = "target_buurt_name")
    public String targetBuurtName;

    /** The typology's similarity of the target to the lesson's origin when it was suggested. */
    @Column(nullable = false, updatable = false)
    public double similarity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VerificationStatus status;

    @Column(name = "suggested_at", nullable = false, updatable = false)
    public OffsetDateTime suggestedAt;

    /** The CloudEvent id that caused the suggestion: the trace back to why this verification exists. */
    @Column(name = "source_event_id", nullable = false, updatable = false)
    public String sourceEventId;

    /** Optimistic locking for the lifecycle transitions to come. */
    @Version
    public long version;

    protected Verification() {
    }

    public static Verification suggest(UUID lessonId, ComparableBuurt target, String sourceEventId,
                                       OffsetDateTime now) {
        Verification verification = new Verification();
        verification.id = UUID.randomUUID();
        verification.lessonId = lessonId;
        verification.targetBuurtCode = target.code().value();
        verification.targetGemeenteCode = target.code().gemeente().value();
        verification.targetBuurtName = target.name();
        verification.similarity = target.similarity();
        verification.status = VerificationStatus.SUGGESTED;
        verification.suggestedAt = now;
        verification.sourceEventId = sourceEventId;
        return verification;
    }

    public BuurtCode target() {
        return new BuurtCode(targetBuurtCode);
    }
}
