package nl.schaalsprong.lessons.domain;

import nl.schaalsprong.lessons.domain.evidence.ChanceRisk;
import nl.schaalsprong.lessons.domain.evidence.DerivedEvidence;
import nl.schaalsprong.lessons.domain.evidence.Evidence;
import nl.schaalsprong.lessons.domain.evidence.EvidenceLevel;
import nl.schaalsprong.lessons.domain.Layer;
import nl.schaalsprong.lessons.domain.evidence.Outcome;
import nl.schaalsprong.lessons.domain.evidence.OutcomeCounts;
import nl.schaalsprong.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EvidenceTest {

    static final UUID LESSON = UUID.randomUUID();
    static final OffsetDateTime NOON = OffsetDateTime.parse("2027-07-02T12:00:00Z");

    static DerivedEvidence derived(EvidenceLevel level, int confirmed, OffsetDateTime at) {
        return new DerivedEvidence(LESSON, level, List.of("reden"), Layer.MENU, List.of("type A"), List.of(),
                new ChanceRisk(true, List.of("te weinig plekken")), new OutcomeCounts(4, 1, 0, confirmed, 0, 0),
                "/api/v1/lessons/" + LESSON + "/evidence", at);
    }

    @Test
    void nothingKnownIsOriginOnlyWithZeroCounts() {
        Evidence none = Evidence.none(LESSON);
        assertEquals(EvidenceLevel.ORIGIN_ONLY, none.level());
        assertEquals(OutcomeCounts.NONE, none.counts());
        assertNull(none.derivedAt());
        assertNull(none.supportedLayer());
    }

    @Test
    void theNewestDerivationWinsAndAnOlderOrRepeatedOneChangesNothing() {
        Evidence replicated = Evidence.none(LESSON).apply(derived(EvidenceLevel.REPLICATED, 3, NOON));
        assertEquals(EvidenceLevel.REPLICATED, replicated.level());
        assertEquals(3, replicated.counts().confirmed());
        assertEquals(Layer.MENU, replicated.supportedLayer());
        assertSame(replicated, replicated.apply(derived(EvidenceLevel.INDICATIVE, 1, NOON.minusHours(1))));
        assertSame(replicated, replicated.apply(derived(EvidenceLevel.INDICATIVE, 1, NOON)));
        assertEquals(EvidenceLevel.ESTABLISHED,
                replicated.apply(derived(EvidenceLevel.ESTABLISHED, 6, NOON.plusSeconds(1))).level());
    }

    @Test
    void aConclusionCountsUnlessTheDerivationAlreadyIncludesIt() {
        Evidence counted = Evidence.none(LESSON).conclude(Outcome.CONFIRMED, NOON)
                .conclude(Outcome.NOT_CONFIRMED, NOON).conclude(Outcome.INCONCLUSIVE, NOON);
        assertEquals(new OutcomeCounts(0, 0, 0, 1, 1, 1), counted.counts());

        Evidence derived = Evidence.none(LESSON).apply(derived(EvidenceLevel.INDICATIVE, 1, NOON));
        assertSame(derived, derived.conclude(Outcome.CONFIRMED, NOON.minusMinutes(5)), "included in the derivation");
        assertSame(derived, derived.conclude(Outcome.CONFIRMED, NOON), "derived at the same instant: included");
        assertEquals(2, derived.conclude(Outcome.CONFIRMED, NOON.plusMinutes(5)).counts().confirmed());
        assertEquals(EvidenceLevel.INDICATIVE, derived.conclude(Outcome.CONFIRMED, NOON.plusMinutes(5)).level(),
                "the level is verification-service's to derive, not ours");
    }

    @Test
    void evidenceOfAnotherLessonIsNotApplied() {
        DerivedEvidence other = new DerivedEvidence(UUID.randomUUID(), EvidenceLevel.INDICATIVE, List.of(), null,
                List.of(), List.of(), null, OutcomeCounts.NONE, "/x", NOON);
        assertThrows(IllegalArgumentException.class, () -> Evidence.none(LESSON).apply(other));
    }

    @Test
    void countsAreNeverNegativeAndADerivationNamesWhereItsRecordsAre() {
        assertThrows(RuleViolationException.class, () -> new OutcomeCounts(0, -1, 0, 0, 0, 0));
        assertThrows(RuleViolationException.class, () -> new DerivedEvidence(LESSON, EvidenceLevel.INDICATIVE,
                List.of(), null, List.of(), List.of(), null, OutcomeCounts.NONE, " ", NOON));
    }

    @Test
    void contestedEvidenceRanksBelowUntestedAndEstablishedHighest() {
        List<EvidenceLevel> strongestFirst = java.util.Arrays.stream(EvidenceLevel.values())
                .sorted(java.util.Comparator.comparingInt(EvidenceLevel::strength).reversed()).toList();
        assertEquals(List.of(EvidenceLevel.ESTABLISHED, EvidenceLevel.REPLICATED, EvidenceLevel.INDICATIVE,
                EvidenceLevel.ORIGIN_ONLY, EvidenceLevel.CONTESTED), strongestFirst);
    }
}
