package nl.schaalsprong.lessons.domain;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A lesson leaning on an exemption links the register's barrier for that rule, or opens one; only once. */
class ExemptionBarrierPolicyTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 5, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final ExemptionSection WARMTEWET = new ExemptionSection("Warmtewet art. 2", GovernmentLevel.RIJK);

    @Test
    void aLessonWithoutAnExemptionLeansOnNothing() {
        Lesson lesson = published(Contents.complete());
        assertEquals(Optional.empty(), ExemptionBarrierPolicy.apply(lesson, List.of(), "steward", NOW));
        // Naming a rule without leaning on the exemption is no exemption either.
        Lesson named = published(Contents.with(f -> f.exemption = WARMTEWET));
        assertEquals(Optional.empty(), ExemptionBarrierPolicy.apply(named, List.of(), "steward", NOW));
    }

    @Test
    void theFirstLessonOnARuleOpensAnOpenBarrierForIt() {
        Lesson lesson = exempted(new ExemptionSection(" Warmtewet  art. 2", GovernmentLevel.RIJK));
        ExemptionBarrierPolicy.Leaning leaning = ExemptionBarrierPolicy.apply(lesson, List.of(), "steward", NOW)
                .orElseThrow();
        Barrier opened = leaning.barrier();
        assertTrue(leaning.opened());
        assertEquals(BarrierStatus.GESIGNALEERD, opened.status);
        assertEquals("Warmtewet art. 2", opened.ruleNamed);
        assertEquals(GovernmentLevel.RIJK, opened.level);
        assertEquals("exemption of lesson " + lesson.id, opened.source);
        assertEquals(Set.of(lesson.id), opened.lessonIds);
        assertEquals(lesson.proeftuinId, opened.proeftuinId);
        assertEquals(NOW, opened.signalledAt);
    }

    @Test
    void aLaterLessonOnTheSameRuleIsLinkedToTheStandingBarrier() {
        Barrier first = open(exempted(WARMTEWET), NOW.minusDays(3));
        Barrier other = open(exempted(new ExemptionSection("Bouwbesluit art. 6", GovernmentLevel.RIJK)), NOW);
        Lesson second = exempted(new ExemptionSection("WARMTEWET art. 2", GovernmentLevel.RIJK));
        ExemptionBarrierPolicy.Leaning leaning = ExemptionBarrierPolicy.apply(second, List.of(other, first),
                "steward", NOW).orElseThrow();
        assertFalse(leaning.opened());
        assertSame(first, leaning.barrier());
        assertTrue(first.lessonIds.contains(second.id));
        assertFalse(other.lessonIds.contains(second.id));
    }

    @Test
    void theOldestStandingBarrierIsLinkedAndAResolvedOneIsNot() {
        Barrier resolved = open(exempted(WARMTEWET), NOW.minusDays(30));
        resolved.moveTo(BarrierStatus.GEAGENDEERD, "steward", NOW.minusDays(20));
        resolved.moveTo(BarrierStatus.OPGELOST, "steward", NOW.minusDays(10));
        Barrier older = open(exempted(WARMTEWET), NOW.minusDays(5));
        Barrier newer = open(exempted(WARMTEWET), NOW.minusDays(1));
        Lesson lesson = exempted(WARMTEWET);
        assertSame(older, ExemptionBarrierPolicy.apply(lesson, List.of(newer, resolved, older), "steward", NOW)
                .orElseThrow().barrier());

        Lesson afterResolution = exempted(WARMTEWET);
        ExemptionBarrierPolicy.Leaning leaning = ExemptionBarrierPolicy.apply(afterResolution, List.of(resolved),
                "steward", NOW).orElseThrow();
        assertTrue(leaning.opened(), "a resolved barrier no longer stands in the way: the rule is signalled anew");
        assertNotEquals(resolved.id, leaning.barrier().id);
    }

    @Test
    void applyingItAgainChangesNothing() {
        Lesson lesson = exempted(WARMTEWET);
        List<Barrier> register = new ArrayList<>();
        register.add(ExemptionBarrierPolicy.apply(lesson, register, "steward", NOW).orElseThrow().barrier());
        assertEquals(Optional.empty(), ExemptionBarrierPolicy.apply(lesson, register, "steward", NOW.plusHours(1)));
        assertEquals(1, register.size());
        assertEquals(Set.of(lesson.id), register.get(0).lessonIds);
    }

    @Test
    void theKeyIsTheExemptedRuleOnlyWhenTheLessonLeansOnAVrijstelling() {
        assertEquals(Optional.of(new BarrierKey(GovernmentLevel.RIJK, "warmtewet art. 2")),
                ExemptionBarrierPolicy.keyOf(exempted(WARMTEWET).content));
        assertEquals(Optional.empty(), ExemptionBarrierPolicy.keyOf(Contents.with(f -> f.exemption = WARMTEWET)));
    }

    private static Barrier open(Lesson lesson, OffsetDateTime at) {
        return ExemptionBarrierPolicy.apply(lesson, List.of(), "steward", at).orElseThrow().barrier();
    }

    private static Lesson exempted(ExemptionSection exemption) {
        return published(Contents.with(f -> {
            f.experimentConditions = List.of(ExperimentCondition.VRIJSTELLING);
            f.exemption = exemption;
        }));
    }

    private static Lesson published(LessonContent content) {
        Lesson lesson = Lesson.draft(content, NOW);
        lesson.submitForReview(NOW);
        lesson.publish(NOW);
        return lesson;
    }
}
