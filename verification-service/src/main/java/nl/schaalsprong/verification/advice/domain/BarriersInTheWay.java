package nl.schaalsprong.verification.advice.domain;

import nl.schaalsprong.verification.domain.LessonBarrier;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Which barriers stand in the way of a component: those the lessons behind it lean on (their barrier sections, the
 * rules they were exempted from), each once, with how many of the lessons lean on it. A barrier's status is the one
 * the most recently tagged of those lessons carried; a resolved barrier (OPGELOST) no longer stands in the way.
 * Most leaned-on first, then by rule, so the order never depends on the database's.
 */
public final class BarriersInTheWay {

    /** One lesson behind the component leaning on one barrier; {@code taggedAt} may be unknown (null). */
    public record Leaning(UUID lessonId, OffsetDateTime taggedAt, LessonBarrier barrier) {

        public Leaning {
            Objects.requireNonNull(lessonId, "lessonId");
            Objects.requireNonNull(barrier, "barrier");
        }
    }

    /** A barrier in the way, as the advice names it: its latest known status, and the lessons leaning on it. */
    public record InTheWay(LessonBarrier barrier, List<UUID> lessonIds) {
    }

    private static final Comparator<Leaning> LATEST_TAGGED = Comparator.comparing(Leaning::taggedAt,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    private BarriersInTheWay() {
    }

    public static List<InTheWay> of(List<Leaning> leanings) {
        Map<UUID, List<Leaning>> byBarrier = new LinkedHashMap<>();
        leanings.forEach(l -> byBarrier.computeIfAbsent(l.barrier().barrierId(), id -> new ArrayList<>())
                .add(l));
        return byBarrier.values().stream()
                .map(same -> new InTheWay(same.stream().max(LATEST_TAGGED).orElseThrow().barrier(),
                        same.stream().map(Leaning::lessonId).distinct().sorted().toList()))
                .filter(way -> way.barrier().status() != LessonBarrier.Status.OPGELOST)
                .sorted(Comparator.comparing((InTheWay w) -> -w.lessonIds().size())
                        .thenComparing(w -> w.barrier().ruleNamed())
                        .thenComparing(w -> w.barrier().barrierId()))
                .toList();
    }
}
