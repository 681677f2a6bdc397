package nl.schaalsprong.verification.domain.evidence;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static nl.schaalsprong.verification.domain.ExperimentCondition.EXTRA_FINANCIERING;
import static nl.schaalsprong.verification.domain.ExperimentCondition.PIONIERS;
import static nl.schaalsprong.verification.domain.evidence.Histories.DORPS;
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
    void pilotStatusEffectComparesTargetsKnownWithAndKnownWithoutConditionsWithNewcombesInterval() {
        PilotStatusEffect effect = lesson()
                .confirmedInProeftuin(363, STEDELIJK).confirmed(344, STEDELIJK, EXTRA_FINANCIERING)
                .notConfirmedInProeftuin(14, STEDELIJK).confirmed(518, NAOORLOGS, PIONIERS)
                .confirmed(599, NAOORLOGS).notConfirmed(772, NAOORLOGS).notConfirmed(16, NAOORLOGS)
                .inconclusive(17, NAOORLOGS).confirmedWithUnknownStatus(18, NAOORLOGS)
                .derive().pilotStatusEffect();
        assertEquals(ConfirmationRate.of(3, 4), effect.withPilotStatus(), "pioneers count, as for the chance flag");
        assertEquals(ConfirmationRate.of(1, 3), effect.withoutPilotStatus(),
                "the null result counts for neither side, the unknown status for neither");
        assertEquals(0.75 - 1.0 / 3, effect.difference(), 1e-12);
        assertTrue(effect.lower() < 0 && effect.upper() > 0.75 - 1.0 / 3, effect.toString());
    }

    @Test
    void pilotStatusEffectIsUnknownWithTooFewConclusionsOnEitherSide() {
        PilotStatusEffect effect = lesson().confirmed(344, STEDELIJK).confirmed(363, STEDELIJK)
                .confirmed(599, STEDELIJK).confirmedInProeftuin(772, STEDELIJK).notConfirmedInProeftuin(16, STEDELIJK)
                .derive().pilotStatusEffect();
        assertEquals(1.0, effect.withoutPilotStatus().rate());
        assertEquals(0.5, effect.withPilotStatus().rate());
        assertNull(effect.difference());
        assertNull(effect.lower());
    }

    @Test
    void theConfirmationRateComesWithItsWilsonIntervalAndASensitivityView() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(344, NAOORLOGS).notConfirmed(599, DORPS)
                .inconclusive(772, DORPS).derive();
        assertEquals(2, evidence.confirmationRate().confirmed());
        assertEquals(3, evidence.confirmationRate().decisive());
        assertEquals(0.2077, evidence.confirmationRate().lower(), 1e-4);
        assertEquals(0.9385, evidence.confirmationRate().upper(), 1e-4);
        assertEquals(ConfirmationRate.of(2, 4), evidence.nullResultsAsFailures());
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
        assertEquals(EvidenceLevel.REPLICATED, EvidenceDerivation.derive(EvidenceRules.standard(), pooled, all).level(),
                "each lesson indicative, together confirmed in two independent gemeenten");
    }

    @Test
    void aBuurtVerifiedForTwoLessonsOfATagCountsOnce() {
        UUID a = UUID.randomUUID();
        VerificationFact first = new VerificationFact(UUID.randomUUID(), "BU03630001", "GM0363", STEDELIJK, false,
                VerificationStage.CONCLUDED, nl.schaalsprong.verification.domain.Outcome.CONFIRMED, Set.of());
        VerificationFact second = new VerificationFact(UUID.randomUUID(), "BU03630001", "GM0363", STEDELIJK, false,
                VerificationStage.CONCLUDED, nl.schaalsprong.verification.domain.Outcome.CONFIRMED, Set.of());
        Evidence evidence = EvidenceDerivation.derive(EvidenceRules.standard(),
                new LessonFacts(a, Set.of("BU00140000"), Set.of()), List.of(first, second));
        assertEquals(1, evidence.confirmationRate().confirmed());
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
        EvidenceRules rules = EvidenceRules.standard();
        for (EvidenceRule rule : rules.all()) {
            assertTrue(names.add(rule.name()), "rule names are unique: " + rule.name());
            assertFalse(rule.descriptionNl().isBlank());
            assertFalse(rule.descriptionEn().isBlank());
        }
        assertEquals(EvidenceLevel.values().length, rules.levels().size(), "one rule per level");
        assertEquals("ORIGIN_ONLY", rules.levels().get(rules.levels().size() - 1).name(),
                "the weakest level is the fallback, tried last");
        for (String thresholded : List.of("ESTABLISHED", "REPLICATED", "GENERIEK", "SPECIFIEK", "FEW_SITES",
                "NOT_CONFIRMED_ELSEWHERE", "HIGH_NULL_RESULTS")) {
            assertFalse(rules.rule(thresholded).thresholds().isEmpty(), thresholded + " publishes its thresholds");
            rules.rule(thresholded).thresholds().forEach(t -> {
                assertFalse(t.rationaleNl().isBlank());
                assertFalse(t.rationaleEn().isBlank());
            });
        }
    }
}
