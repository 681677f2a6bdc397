package nl.schaalsprong.verification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.schaalsprong.platform.cbs.BuurtCode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Verification's own copy of what it needs to know about a lesson (from lessons-service's LessonTagged), kept
 * as of the latest tagging: where it was learned, its routes, the layer its author claims and the experiment
 * conditions of its origin. Evidence is derived from it together with the lesson's verifications.
 */
@Entity
@Table(name = "lesson")
public class Lesson extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "proeftuin_id")
    public String proeftuinId;

    @Column(name = "gemeente_code")
    public String gemeenteCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "origin_buurt_codes", nullable = false)
    public List<String> originBuurtCodes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Route> routes;

    @Enumerated(EnumType.STRING)
    @Column(name = "claimed_layer")
    public Layer claimedLayer;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "rightscaling")
    public TaggedLesson.Rightscaling rightscaling;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "experiment_conditions", nullable = false)
    public List<ExperimentCondition> experimentConditions;

    @Column(name = "tagged_at")
    public OffsetDateTime taggedAt;

    /** The LessonTagged that last updated this row. */
    @Column(name = "last_event_id", nullable = false)
    public String lastEventId;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    protected Lesson() {
    }

    /** Creates or overwrites verification's copy of the lesson with its latest tagging. */
    public static Lesson record(TaggedLesson tagged, String eventId, OffsetDateTime now) {
        Lesson known = Lesson.findById(tagged.lessonId());
        Lesson lesson = known != null ? known : new Lesson();
        lesson.id = tagged.lessonId();
        lesson.proeftuinId = tagged.proeftuinId();
        lesson.gemeenteCode = tagged.gemeente() == null ? null : tagged.gemeente().value();
        lesson.originBuurtCodes = tagged.origins().stream().map(BuurtCode::value).toList();
        lesson.routes = tagged.routes().stream().sorted().toList();
        lesson.claimedLayer = tagged.claimedLayer();
        lesson.rightscaling = tagged.rightscaling();
        lesson.experimentConditions = tagged.experimentConditions().stream().sorted().toList();
        lesson.taggedAt = tagged.taggedAt();
        lesson.lastEventId = eventId;
        lesson.updatedAt = now;
        if (known == null) {
            // Persisted only now: Hibernate inserts the state an entity has when it is persisted.
            lesson.persist();
        }
        return lesson;
    }

    public List<BuurtCode> origins() {
        return originBuurtCodes.stream().map(BuurtCode::new).toList();
    }
}
