package nl.schaalsprong.lessons.messaging;

import nl.schaalsprong.lessons.domain.Barrier;
import nl.schaalsprong.lessons.domain.BarrierStatus;
import nl.schaalsprong.lessons.domain.ExperimentCondition;
import nl.schaalsprong.lessons.domain.GovernmentLevel;
import nl.schaalsprong.lessons.domain.Indicator;
import nl.schaalsprong.lessons.domain.Layer;
import nl.schaalsprong.lessons.domain.Lesson;
import nl.schaalsprong.lessons.domain.LessonContent;
import nl.schaalsprong.lessons.domain.Outcome;
import nl.schaalsprong.lessons.domain.Proeftuin;
import nl.schaalsprong.lessons.domain.Rightscaling;
import nl.schaalsprong.lessons.domain.Route;
import nl.schaalsprong.lessons.domain.Tag;
import nl.schaalsprong.lessons.domain.Theme;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code nl.schaalsprong.lesson.tagged.v1}: what verification needs to propose where else to try the
 * lesson. Schema: {@code schemas/lesson.tagged.v1.json}; change it only together with that file.
 *
 * @param pilot        the proeftuin's name
 * @param gemeenteCode the proeftuin's gemeente; when the register does not know it yet, the gemeente of the
 *                     first origin buurt (a buurt code starts with its gemeente's digits)
 * @param addedTags    the tags this tagging added
 * @param tags         all tags the lesson has after it
 * @param recommendation what the lesson recommends others to do (added in session 5, additively: null when the
 *                       author wrote none)
 * @param outcome        the outcome in the origin; null when not stated
 * @param indicators     the measured indicators of that outcome (pre-registered criteria name them)
 * @param themes         the lesson's themes (codes, lower case)
 * @param module         the approach component (module) the author names; null when not stated
 * @param barriers       the barriers in the register the lesson leans on (its own barrier section's, the rule it
 *                       was exempted from), oldest first; empty when none
 */
public record LessonTagged(UUID lessonId, String title, String pilot, String proeftuinId, String gemeenteCode,
                           List<String> originBuurtCodes, List<String> addedTags, List<String> tags,
                           List<Route> routes, Layer claimedLayer, Rightscaling rightscaling,
                           List<ExperimentCondition> experimentConditions, OffsetDateTime taggedAt,
                           String recommendation, Outcome outcome, List<Indicator> indicators, List<Theme> themes,
                           String module, List<LeanedOnBarrier> barriers) {

    /** A barrier the lesson leans on, as the advice names it: which rule, whose, and how far it is on its track. */
    public record LeanedOnBarrier(UUID barrierId, String ruleNamed, GovernmentLevel level, BarrierStatus status) {

        static LeanedOnBarrier of(Barrier barrier) {
            return new LeanedOnBarrier(barrier.id, barrier.ruleNamed == null ? barrier.rule : barrier.ruleNamed,
                    barrier.level, barrier.status);
        }
    }

    /** Only for a published lesson: the quality gate guarantees the origin buurten, routes, layer and rightscaling. */
    public static LessonTagged of(Lesson lesson, Proeftuin proeftuin, List<Tag> added, List<Barrier> barriers,
                                  OffsetDateTime taggedAt) {
        LessonContent content = lesson.content;
        String gemeente = proeftuin.gemeenteCodeFor(content.originBuurtCodes());
        return new LessonTagged(lesson.id, lesson.title, proeftuin.name(), proeftuin.id, gemeente,
                content.originBuurtCodes(), added.stream().map(Tag::value).toList(), List.copyOf(lesson.sortedTags()),
                content.routes(), content.claimedLayer(), content.rightscaling(), content.experimentConditions(),
                taggedAt, content.recommendation(), content.outcome(), content.indicators(), content.themes(),
                content.module(), barriers.stream().map(LeanedOnBarrier::of).toList());
    }
}
