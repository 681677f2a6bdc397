package nl.schaalsprong.verification.domain.evidence;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static nl.schaalsprong.verification.domain.ExperimentCondition.EXTRA_FINANCIERING;
import static nl.schaalsprong.verification.domain.ExperimentCondition.PIONIERS;
import static nl.schaalsprong.verification.domain.evidence.Histories.NAOORLOGS;
import static nl.schaalsprong.verification.domain.evidence.Histories.STEDELIJK;
import static nl.schaalsprong.verification.domain.evidence.Histories.lesson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Counts, the pilot-status effect, pooling per tag, and the published rule set itself. */
class EvidenceDerivationTest {

    @Test
    void countsSplitOpenVerificationsByStageAndConcludedOnesByOutcome() {
        Evidence evidence = lesson().open(VerificationStage.SUGGESTED).open(VerificationStage.SUGGESTED)
                .open(VerificationStage.ACCEPTED).open(VerificationStage.DECLINED)
                .confirmed(363, STEDELIJK).notConfirmed(344, STEDELIJK).inconclusive(599, STEDELIJK).derive();
        assertEquals(new Counts(2, 1, 1, 1, 1, 1), evidence.counts());
    }

    @Test
    void pilotStatusEffectComparesConfirmationWithAndWithoutProeftuinStatusOrExtraFunding() {
        PilotStatusEffect effect = lesson()
                .confirmedInProeftuin(363, STEDELIJK).confirmed(344, STEDELIJK, EXTRA_FINANCIERING)
                .notConfirmedInProeftuin(14, STEDELIJK)
                .confirmed(599, NAOORLOGS).notConfirmed(772, NAOORLOGS).notConfirmed(518, NAOORLOGS, PIONIERS)
                .inconclusive(16, NAOORLOGS)
                .derive().pilotStatusEffect();
        assertEquals(new ConfirmationRate(2, 3, 2.0 / 3), effect.withPilotStatus());
        assertEquals(new ConfirmationRate(1, 3, 1.0 / 3), effect.withoutPilotStatus(),
                "pioneers alone are no pilot status; the null result counts for neither");
        assertEquals(1.0 / 3, effect.difference(), 1e-12);
    }

    @Test
    void pilotStatusEffectIsUnknownWithoutConclusionsOnBothSides() {
        PilotStatusEffect effect = lesson().confirmed(344, STEDELIJK).derive().pilotStatusEffect();
        assertNull(effect.withPilotStatus().rate());
        assertEquals(1.0, effect.withoutPilotStatus().rate());
        assertNull(effect.difference());
    }

    @Test
    void theSameHistoryAlwaysGivesTheSameEvidence() {
        Histories history = lesson().confirmed(363, STEDELIJK).notConfirmed(344, NAOORLOGS);
        assertEquals(history.derive(), history.derive());
    }

    @Test
    void lessonsOfOneTagArePooledAsOne() {
        Histories first = lesson().confirmed(363, STEDELIJK);
        Histories second = lesson().confirmed(344, NAOORLOGS);
        LessonFacts pooled = LessonFacts.pooled(UUID.randomUUID(), List.of(first.origin(),
                new LessonFacts(UUID.randomUUID(), Set.of("BU05180000"), Set.of(EXTRA_FINANCIERING))));
        assertEquals(Set.of("BU00140000", "BU05180000"), pooled.originBuurtCodes());
        assertEquals(Set.of(EXTRA_FINANCIERING), pooled.experimentConditions());

        List<VerificationFact> all = new java.util.ArrayList<>(first.facts());
        all.addAll(second.facts());
        assertEquals(EvidenceLevel.INDICATIVE, first.derive().level());
        assertEquals(EvidenceLevel.ESTABLISHED, EvidenceDerivation.derive(pooled, all).level(),
                "each lesson indicative, together confirmed in two gemeenten and two types");
    }

    @Test
    void anOutcomeBelongsToAConcludedVerificationOnly() {
        assertThrows(RuntimeException.class, () -> new VerificationFact(UUID.randomUUID(), "BU03630105", "GM0363",
                null, false, VerificationStage.ACCEPTED, nl.schaalsprong.verification.domain.Outcome.CONFIRMED, Set.of()));
        assertThrows(RuntimeException.class, () -> new VerificationFact(UUID.randomUUID(), "BU03630105", "GM0363",
                null, false, VerificationStage.CONCLUDED, null, Set.of()));
    }

    @Test
    void everyPublishedRuleHasAUniqueNameAndBothDescriptions() {
        Set<String> names = new HashSet<>();
        for (EvidenceRule rule : EvidenceRules.ALL) {
            assertTrue(names.add(rule.name()), "rule names are unique: " + rule.name());
            assertFalse(rule.descriptionNl().isBlank());
            assertFalse(rule.descriptionEn().isBlank());
        }
        assertEquals(EvidenceLevel.values().length, EvidenceRules.LEVELS.size(), "one rule per level");
        assertEquals(EvidenceRules.ORIGIN_ONLY, EvidenceRules.LEVELS.get(EvidenceRules.LEVELS.size() - 1),
                "the weakest level is the fallback, tried last");
    }
}
