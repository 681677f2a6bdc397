package nl.schaalsprong.verification.domain.evidence;

import nl.schaalsprong.verification.domain.ExperimentCondition;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What evidence needs to know about where a lesson was learned.
 *
 * @param originBuurtCodes     the buurten the lesson comes from (their gemeenten: {@link #origin()})
 * @param experimentConditions what the origin's success leaned on (pilot bias), as its author stated
 */
public record LessonFacts(UUID lessonId, Set<String> originBuurtCodes, Set<ExperimentCondition> experimentConditions) {

    public LessonFacts {
        Objects.requireNonNull(lessonId, "lessonId");
        originBuurtCodes = originBuurtCodes == null ? Set.of() : Set.copyOf(originBuurtCodes);
        experimentConditions = experimentConditions == null ? Set.of() : Set.copyOf(experimentConditions);
    }

    /** The origin buurten with the gemeenten they lie in. */
    public Origin origin() {
        return Origin.of(originBuurtCodes);
    }

    /**
     * Several lessons (one approach tag) seen as one: all their origins, all their conditions. A site in any
     * pooled lesson's origin is therefore no site outside the origin for the tag.
     */
    public static LessonFacts pooled(UUID id, Collection<LessonFacts> lessons) {
        return new LessonFacts(id,
                lessons.stream().flatMap(l -> l.originBuurtCodes().stream()).collect(Collectors.toCollection(TreeSet::new)),
                lessons.stream().flatMap(l -> l.experimentConditions().stream()).collect(Collectors.toSet()));
    }
}
