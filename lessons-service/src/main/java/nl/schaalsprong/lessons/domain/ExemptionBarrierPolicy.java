package nl.schaalsprong.lessons.domain;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A success that leaned on an exemption (experiment condition VRIJSTELLING) only scales once the rule it was
 * exempted from changes: that rule is a barrier for the INSTITUTIONALISERING route. When such a lesson is published
 * it is linked to the barrier already in the register for the same rule ({@link BarrierKey}), or a new open barrier
 * is opened for it. Applying it again changes nothing, so no rule ever gets a second barrier through one lesson.
 */
public final class ExemptionBarrierPolicy {

    /** Which barrier the lesson now leans on, and whether it was opened for it (to be added to the register). */
    public record Leaning(Barrier barrier, boolean opened) {
    }

    private ExemptionBarrierPolicy() {
    }

    /** The rule the lesson leans on an exemption from; empty when it names no exemption or does not lean on one. */
    public static Optional<BarrierKey> keyOf(LessonContent content) {
        if (!content.leansOn(ExperimentCondition.VRIJSTELLING) || content.exemption() == null) {
            return Optional.empty();
        }
        return Optional.of(BarrierKey.of(content.exemption()));
    }

    /**
     * @param register the barriers in the register for the lesson's rule (others are ignored)
     * @return the barrier the lesson was linked to, or the one opened for it; empty when nothing changed
     */
    public static Optional<Leaning> apply(Lesson lesson, List<Barrier> register, String by, OffsetDateTime now) {
        Optional<BarrierKey> key = keyOf(lesson.content);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<Barrier> sameRule = register.stream().filter(b -> key.get().equals(b.key())).toList();
        if (sameRule.stream().anyMatch(b -> b.lessonIds.contains(lesson.id))) {
            return Optional.empty();
        }
        // The oldest barrier still standing; a resolved one no longer stands in the way, so the lesson opens anew.
        Optional<Barrier> standing = sameRule.stream().filter(Barrier::standing)
                .min(Comparator.comparing((Barrier b) -> b.signalledAt).thenComparing(b -> b.id));
        if (standing.isPresent()) {
            standing.get().leanedOnBy(lesson.id);
            return Optional.of(new Leaning(standing.get(), false));
        }
        return Optional.of(new Leaning(Barrier.openedForExemption(lesson, key.get(), by, now), true));
    }
}
