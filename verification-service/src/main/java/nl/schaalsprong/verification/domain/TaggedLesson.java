package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.platform.domain.RuleViolationException;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What verification knows about a lesson from its latest tagging. {@code proeftuinId}, {@code gemeente},
 * {@code claimedLayer}, {@code rightscaling} and {@code taggedAt} may be unknown (null): lessons-service sends
 * them optionally for now. {@code content} is what the lesson says (never null; {@link LessonContent#UNKNOWN} when
 * the event carried none); {@code barriers} the register's barriers it leans on (empty when none or not sent).
 */
public record TaggedLesson(UUID lessonId, String proeftuinId, GemeenteCode gemeente, List<BuurtCode> origins,
                           Set<Route> routes, Layer claimedLayer, Rightscaling rightscaling,
                           Set<ExperimentCondition> experimentConditions, List<String> tags,
                           OffsetDateTime taggedAt, LessonContent content, List<LessonBarrier> barriers) {

    public TaggedLesson {
        Objects.requireNonNull(lessonId, "lessonId");
        if (origins == null || origins.isEmpty()) {
            throw new RuleViolationException("lesson " + lessonId + " has no origin buurt");
        }
        origins = origins.stream().distinct().toList();
        routes = routes == null ? Set.of() : Set.copyOf(routes);
        experimentConditions = experimentConditions == null ? Set.of() : Set.copyOf(experimentConditions);
        tags = tags == null ? List.of() : List.copyOf(tags);
        content = content == null ? LessonContent.UNKNOWN : content;
        barriers = barriers == null ? List.of() : barriers.stream().filter(Objects::nonNull).distinct().toList();
    }

    /** A lesson whose event named no barrier it leans on. */
    public TaggedLesson(UUID lessonId, String proeftuinId, GemeenteCode gemeente, List<BuurtCode> origins,
                        Set<Route> routes, Layer claimedLayer, Rightscaling rightscaling,
                        Set<ExperimentCondition> experimentConditions, List<String> tags, OffsetDateTime taggedAt,
                        LessonContent content) {
        this(lessonId, proeftuinId, gemeente, origins, routes, claimedLayer, rightscaling, experimentConditions, tags,
                taggedAt, content, List.of());
    }

    /** A lesson whose event said nothing of its content (title, recommendation, outcome, ...). */
    public TaggedLesson(UUID lessonId, String proeftuinId, GemeenteCode gemeente, List<BuurtCode> origins,
                        Set<Route> routes, Layer claimedLayer, Rightscaling rightscaling,
                        Set<ExperimentCondition> experimentConditions, List<String> tags, OffsetDateTime taggedAt) {
        this(lessonId, proeftuinId, gemeente, origins, routes, claimedLayer, rightscaling, experimentConditions, tags,
                taggedAt, LessonContent.UNKNOWN);
    }

    /** Lessons about rules and institutions only go to the barrier register, not to buurten. */
    public boolean verifiedPerBuurt() {
        return !Route.onlyInstitutional(routes);
    }

    /** Where the approach was applied and the smallest and largest scale it is expected to work at. */
    public record Rightscaling(String appliedAt, String smallest, String largest) {
    }
}
