package nl.schaalsprong.verification.domain.evidence;

import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.schaalsprong.verification.domain.ExperimentCondition.EXTRA_FINANCIERING;
import static nl.schaalsprong.verification.domain.evidence.Histories.DORPS;
import static nl.schaalsprong.verification.domain.evidence.Histories.NAOORLOGS;
import static nl.schaalsprong.verification.domain.evidence.Histories.STEDELIJK;
import static nl.schaalsprong.verification.domain.evidence.Histories.lesson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each evidence level on constructed histories, at and just past its thresholds. */
class EvidenceLevelRulesTest {

    @Test
    void aLessonWithoutConclusionsRestsOnItsOriginOnly() {
        Evidence evidence = lesson().open(VerificationStage.SUGGESTED).open(VerificationStage.ACCEPTED).derive();
        assertEquals(EvidenceLevel.ORIGIN_ONLY, evidence.level());
        assertTrue(last(evidence).startsWith("Nergens buiten de herkomst bevestigd"), last(evidence));
    }

    @Test
    void onlyNonConfirmationsIsStillOriginOnlyNotContested() {
        assertEquals(EvidenceLevel.ORIGIN_ONLY, lesson().notConfirmed(363, STEDELIJK).notConfirmed(344, DORPS)
                .derive().level());
    }

    @Test
    void oneConfirmationElsewhereIsIndicative() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).derive();
        assertEquals(EvidenceLevel.INDICATIVE, evidence.level());
        assertEquals("Bevestigd in 1 andere buurt(en) (BU03630001).", last(evidence));
    }

    @Test
    void confirmationsInOneGemeenteAreNotAReplication() {
        assertEquals(EvidenceLevel.INDICATIVE, lesson().confirmed(363, STEDELIJK).confirmed(363, NAOORLOGS)
                .confirmed(363, DORPS).derive().level());
    }

    @Test
    void twoIndependentGemeentenWithTwoThirdsConfirmingIsReplicated() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(344, STEDELIJK)
                .notConfirmed(599, STEDELIJK).derive();
        assertEquals(EvidenceLevel.REPLICATED, evidence.level());
        assertTrue(last(evidence).contains("bevestigd in 2 onafhankelijke gemeente(n) (GM0344, GM0363)"), last(evidence));
        assertTrue(last(evidence).contains("67% van 3 beslissende buurt(en) bevestigd"), last(evidence));
    }

    @Test
    void lessThanTwoThirdsConfirmingIsNotReplicated() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(344, STEDELIJK).confirmed(599, STEDELIJK)
                .notConfirmed(772, STEDELIJK).notConfirmed(16, STEDELIJK).derive();
        assertEquals(EvidenceLevel.INDICATIVE, evidence.level());
        assertTrue(evidence.reasons().contains("Niet gerepliceerd: 60% van 5 beslissende buurt(en) bevestigd,"
                + " minstens 67% nodig."), evidence.reasons().toString());
    }

    @Test
    void aThirdOfNullResultsCountsNeitherForNorAgainst() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(344, STEDELIJK).notConfirmed(599, DORPS)
                .inconclusive(772, DORPS).derive();
        assertEquals(EvidenceLevel.REPLICATED, evidence.level(), evidence.reasons().toString());
        assertEquals(1, evidence.counts().inconclusive());
    }

    @Test
    void moreThanAThirdOfNullResultsWithholdsReplication() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(344, STEDELIJK)
                .inconclusive(599, DORPS).inconclusive(772, DORPS).derive();
        assertEquals(EvidenceLevel.INDICATIVE, evidence.level());
        assertTrue(evidence.reasons().contains("Niet gerepliceerd: 50% van de conclusies onbeslist, hoogstens 33%."),
                evidence.reasons().toString());
    }

    @Test
    void fourOfFourInFourGemeentenAcrossTwoTypesOnceWithoutConditionsIsEstablished() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK, EXTRA_FINANCIERING).confirmed(344, NAOORLOGS)
                .confirmed(599, STEDELIJK, EXTRA_FINANCIERING).confirmed(772, NAOORLOGS, EXTRA_FINANCIERING).derive();
        assertEquals(EvidenceLevel.ESTABLISHED, evidence.level(), evidence.reasons().toString());
        assertEquals("Gevestigd: bevestigd in 4 onafhankelijke gemeente(n) (GM0344, GM0363, GM0599, GM0772) en 2"
                + " typen buurt (Naoorlogse wijken, Stedelijke vooroorlogse buurten), 4 van 4 bevestigd,"
                + " 95%-interval 51%–100%, zonder experimenteercondities in (BU03440002).", last(evidence));
        assertEquals(2, evidence.reasons().size(), "the contested rule, then the one that held");
    }

    @Test
    void threeOfThreeIsTooFewForAnIntervalAboveOneHalf() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(344, NAOORLOGS).confirmed(599, STEDELIJK)
                .derive();
        assertEquals(EvidenceLevel.REPLICATED, evidence.level());
        assertEquals("Niet gevestigd: 3 van 3 bevestigd, 95%-interval 44%–100%; de ondergrens moet minstens 50% zijn.",
                evidence.reasons().get(1));
    }

    @Test
    void twoIndependentGemeentenAreTooFewToEstablish() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(344, NAOORLOGS).confirmed(344, STEDELIJK)
                .confirmed(363, NAOORLOGS).confirmed(14, DORPS).derive();
        assertEquals(EvidenceLevel.REPLICATED, evidence.level());
        assertEquals("Niet gevestigd: bevestigd in 2 onafhankelijke gemeente(n) (GM0344, GM0363), minstens 3 nodig.",
                evidence.reasons().get(1));
    }

    @Test
    void replicatedInOneTypeOnlyIsNotEstablished() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(344, STEDELIJK).confirmed(599, STEDELIJK)
                .confirmed(772, STEDELIJK).derive();
        assertEquals(EvidenceLevel.REPLICATED, evidence.level());
        assertTrue(evidence.reasons().get(1).startsWith("Niet gevestigd: bevestigd in 1 type(n) buurt"),
                evidence.reasons().toString());
    }

    @Test
    void replicatedAcrossTypesButOnlyUnderExperimentConditionsIsNotEstablished() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK, EXTRA_FINANCIERING).confirmedInProeftuin(344, NAOORLOGS)
                .confirmedInProeftuin(599, STEDELIJK).confirmed(772, NAOORLOGS, EXTRA_FINANCIERING).derive();
        assertEquals(EvidenceLevel.REPLICATED, evidence.level());
        assertEquals("Niet gevestigd: geen bevestiging waarvan bekend is dat er geen proeftuinstatus en geen"
                + " experimenteercondities waren.", evidence.reasons().get(1));
    }

    @Test
    void asManyNonConfirmationsAsConfirmationsIsContested() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).notConfirmed(344, STEDELIJK).derive();
        assertEquals(EvidenceLevel.CONTESTED, evidence.level());
        assertEquals(List.of("Omstreden: in 1 buurt(en) niet bevestigd tegenover 1 bevestigd."), evidence.reasons());
    }

    @Test
    void contestedGoesBeforeAReplicationAcrossGemeenten() {
        assertEquals(EvidenceLevel.CONTESTED, lesson().confirmed(363, STEDELIJK).confirmed(344, NAOORLOGS)
                .notConfirmed(599, STEDELIJK).notConfirmed(772, NAOORLOGS).derive().level());
    }

    @Test
    void oneNonConfirmationFewerThanConfirmationsIsNotContested() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(344, STEDELIJK).notConfirmed(599, STEDELIJK)
                .derive();
        assertTrue(evidence.level() != EvidenceLevel.CONTESTED);
        assertEquals("Niet omstreden: in 1 buurt(en) niet bevestigd tegenover 2 bevestigd.", evidence.reasons().get(0));
    }

    @Test
    void failuresInTypesWhereItIsNotConfirmedAreJudgedWithinTheConfirmedTypes() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(344, STEDELIJK)
                .notConfirmed(599, DORPS).notConfirmed(772, DORPS).notConfirmed(16, DORPS).derive();
        assertEquals(EvidenceLevel.REPLICATED, evidence.level(), evidence.reasons().toString());
        assertEquals("Beoordeeld binnen de typen waar het bevestigd is (Stedelijke vooroorlogse buurten): alle"
                + " mislukkingen vallen in typen waar het niet bevestigd is (Dorpskernen) (menu).",
                evidence.reasons().get(0));
    }

    @Test
    void theReasonsWalkTheRulesFromTheStrongestDownToTheOneThatHeld() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).derive();
        assertEquals(4, evidence.reasons().size());
        assertTrue(evidence.reasons().get(0).startsWith("Niet omstreden"));
        assertTrue(evidence.reasons().get(1).startsWith("Niet gevestigd"));
        assertTrue(evidence.reasons().get(2).startsWith("Niet gerepliceerd"));
        assertTrue(evidence.reasons().get(3).startsWith("Bevestigd in 1"));
    }

    @Test
    void thresholdsAreConfiguration() {
        EvidenceRules lenient = new EvidenceRules(new EvidenceThresholds(1, 0.5, 1, 0.0, 1, 2, 1, 0.5, 0.5, 1));
        Evidence evidence = EvidenceDerivation.derive(lenient, lesson().origin(),
                lesson().confirmed(363, STEDELIJK).facts());
        assertEquals(EvidenceLevel.ESTABLISHED, evidence.level(), evidence.reasons().toString());
    }

    private static String last(Evidence evidence) {
        return evidence.reasons().get(evidence.reasons().size() - 1);
    }
}
