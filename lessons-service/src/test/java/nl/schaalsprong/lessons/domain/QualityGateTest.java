package nl.schaalsprong.lessons.domain;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each policy of the quality gate on its own: a complete lesson passes it, the one gap it guards fails it. */
class QualityGateTest {

    private static final LessonContent COMPLETE = Contents.complete();

    @Test
    void aCompleteLessonPassesEveryPolicy() {
        assertEquals(List.of(), QualityGate.failures(COMPLETE));
    }

    @Test
    void contextMustBeDescribed() {
        assertGuards(QualityGate.CONTEXT, Contents.with(f -> f.context = "  "));
    }

    @Test
    void moduleMustBeNamed() {
        assertGuards(QualityGate.MODULE, Contents.with(f -> f.module = null));
    }

    @Test
    void lessonMustBeStated() {
        assertGuards(QualityGate.LESSON, Contents.with(f -> f.lesson = ""));
    }

    @Test
    void recommendationMustBeGiven() {
        assertGuards(QualityGate.RECOMMENDATION, Contents.with(f -> f.recommendation = null));
    }

    @Test
    void originProeftuinMustBeNamed() {
        assertGuards(QualityGate.PROEFTUIN, Contents.with(f -> f.proeftuinId = null));
    }

    @Test
    void atLeastOneOriginBuurt() {
        assertGuards(QualityGate.ORIGIN_BUURT, Contents.with(f -> f.originBuurtCodes = List.of()));
    }

    @Test
    void outcomeMustBePresent() {
        assertGuards(QualityGate.OUTCOME, Contents.with(f -> f.outcome = null));
    }

    @Test
    void atLeastOneTheme() {
        assertGuards(QualityGate.THEME, Contents.with(f -> f.themes = null));
    }

    @Test
    void atLeastOneRoute() {
        assertGuards(QualityGate.ROUTE, Contents.with(f -> f.routes = List.of()));
    }

    @Test
    void layerMustBeClaimed() {
        assertGuards(QualityGate.LAYER, Contents.with(f -> f.claimedLayer = null));
    }

    @Test
    void rightscalingMustBeGiven() {
        assertGuards(QualityGate.RIGHTSCALING, Contents.with(f -> f.rightscaling = null));
    }

    @Test
    void institutionaliseringLessonsNeedABarrierSectionOthersDoNot() {
        assertGuards(QualityGate.BARRIER, Contents.with(f -> f.routes = List.of(Route.INSTITUTIONALISERING)));
        assertTrue(QualityGate.BARRIER.passes(Contents.with(f -> {
            f.routes = List.of(Route.INSTITUTIONALISERING);
            f.barrier = new BarrierSection("Warmtenet mag niet verplicht worden", GovernmentLevel.RIJK, "Warmtewet");
        })));
    }

    @Test
    void lessonsLeaningOnAnExemptionNameTheRuleOthersDoNot() {
        assertGuards(QualityGate.EXEMPTION, Contents.with(f -> f.experimentConditions =
                List.of(ExperimentCondition.VRIJSTELLING)));
        assertTrue(QualityGate.EXEMPTION.passes(Contents.with(f -> {
            f.experimentConditions = List.of(ExperimentCondition.VRIJSTELLING);
            f.exemption = new ExemptionSection("Bouwbesluit 2012 art. 6.10", GovernmentLevel.RIJK);
        })));
    }

    @Test
    void anEmptyDraftFailsAllPoliciesButTheBarrierAndExemptionAndEachIsNamedOnce() {
        LessonContent empty = new LessonContent("Titel", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        List<QualityPolicy> failed = QualityGate.failures(empty);
        assertEquals(QualityGate.POLICIES.size() - 2, failed.size());
        assertFalse(failed.contains(QualityGate.BARRIER));
        assertFalse(failed.contains(QualityGate.EXEMPTION));
        Set<String> names = new HashSet<>();
        QualityGate.POLICIES.forEach(p -> assertTrue(names.add(p.name()), "duplicate policy name " + p.name()));
    }

    /** The policy fails the gap, passes the complete lesson, and is the only policy the gap trips. */
    private static void assertGuards(QualityPolicy policy, LessonContent withGap) {
        assertTrue(policy.passes(COMPLETE), policy.name() + " should pass a complete lesson");
        assertFalse(policy.passes(withGap), policy.name() + " should fail its gap");
        assertEquals(List.of(policy), QualityGate.failures(withGap));
    }
}
