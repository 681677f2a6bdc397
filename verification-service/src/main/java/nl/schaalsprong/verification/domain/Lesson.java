package nl.schaalsprong.verification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.persistence.NativeColumn;
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

    /** What the lesson says (title, recommendation, outcome, indicators, themes, module), for the advice (V50). */
    @Column(name = "title")
    public String title;

    @Column(name = "pilot")
    public String pilot;

    @Column(name = "recommendation")
    public String recommendation;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    public LessonContent.LessonOutcome outcome;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "indicators", nullable = false)
    public List<LessonContent.Indicator> indicators;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "themes", nullable = false)
    public List<String> themes;

    @Column(name = "module")
    public String module;

    /** The register's barriers the lesson leans on, as its latest tagging named them (V95). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "barriers", nullable = false)
    public List<LessonBarrier> barriers;

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
        LessonContent content = tagged.content();
        lesson.title = content.title();
        lesson.pilot = content.pilot();
        lesson.recommendation = content.recommendation();
        lesson.outcome = content.outcome();
        lesson.indicators = content.indicators();
        lesson.themes = content.themes();
        lesson.module = content.module();
        lesson.barriers = tagged.barriers();
        lesson.lastEventId = eventId;
        lesson.updatedAt = now;
        if (known == null) {
            // Persisted only now: Hibernate inserts the state an entity has when it is persisted.
            lesson.persist();
        }
        return lesson;
    }

    /**
     * The names of the indicators of the lesson's outcome, as the lesson names them (LessonTagged v1's
     * {@code indicators}): what a pre-registered criterion may name. Empty when the lesson is unknown here or its
     * event carried no indicators.
     */
    public static List<String> indicatorNames(UUID lessonId) {
        Lesson lesson = Lesson.findById(lessonId);
        return lesson == null ? List.of() : lesson.content().indicatorNames();
    }

    /**
     * The pre-registration policy for a lesson's indicators ({@link LessonIndicatorPolicy}); nothing to match for a
     * lesson not known here or one whose event named no indicator.
     */
    public static LessonIndicatorPolicy indicatorPolicyOf(UUID lessonId) {
        return LessonIndicatorPolicy.of(indicatorNames(lessonId));
    }

    /** What the lesson says, as its latest tagging carried it. */
    public LessonContent content() {
        return new LessonContent(title, pilot, recommendation, outcome, indicators, themes, module);
    }

    public List<BuurtCode> origins() {
        return originBuurtCodes.stream().map(BuurtCode::new).toList();
    }

    /** Where a GROEI lesson is verified first ({@link OwnGemeenteFirst}); empty for other routes. */
    public java.util.Optional<nl.schaalsprong.platform.cbs.GemeenteCode> ownGemeenteFirst() {
        return OwnGemeenteFirst.of(routes, gemeenteCode == null ? null
                : nl.schaalsprong.platform.cbs.GemeenteCode.of(gemeenteCode), origins());
    }

    /** The lesson's components (approach tags) as its latest tagging listed them, by name. Needs a transaction. */
    public List<String> tags() {
        return NativeColumn.list(getEntityManager().createNativeQuery(
                "select tag from lesson_tag where lesson_id = :lesson order by tag").setParameter("lesson", id), String.class);
    }
}
