package nl.schaalsprong.verification.domain.evidence;

import org.junit.jupiter.api.Test;

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
    void twoGemeentenWithTwoThirdsConfirmingIsReplicated() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(344, STEDELIJK)
                .notConfirmed(599, STEDELIJK).derive();
        assertEquals(EvidenceLevel.REPLICATED, evidence.level());
        assertTrue(last(evidence).contains("bevestigd in 2 gemeente(n) (GM0344, GM0363)"), last(evidence));
        assertTrue(last(evidence).contains("67% van 3 beslissende conclusie(s) bevestigd"), last(evidence));
    }

    @Test
    void lessThanTwoThirdsConfirmingIsNotReplicated() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(344, STEDELIJK).confirmed(599, STEDELIJK)
                .notConfirmed(772, STEDELIJK).notConfirmed(14, STEDELIJK).derive();
        assertEquals(EvidenceLevel.INDICATIVE, evidence.level());
        assertTrue(evidence.reasons().contains("Niet gerepliceerd: 60% van 5 beslissende conclusie(s) bevestigd,"
                + " minstens twee derde nodig."), evidence.reasons().toString());
    }

    @Test
    void inconclusiveResultsCountNeitherForNorAgainst() {
        Histories history = lesson().confirmed(363, STEDELIJK).confirmed(344, STEDELIJK).notConfirmed(599, DORPS);
        for (int i = 0; i < 5; i++) {
            history.inconclusive(772, DORPS);
        }
        Evidence evidence = history.derive();
        assertEquals(EvidenceLevel.REPLICATED, evidence.level());
        assertEquals(5, evidence.counts().inconclusive());
    }

    @Test
    void replicatedAcrossTwoTypesAndOnceWithoutConditionsIsEstablished() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK, EXTRA_FINANCIERING).confirmed(344, NAOORLOGS).derive();
        assertEquals(EvidenceLevel.ESTABLISHED, evidence.level());
        assertEquals("Gevestigd: bevestigd in 2 typen buurt (Naoorlogse wijken, Stedelijke vooroorlogse buurten),"
                + " zonder experimenteercondities in (BU03440002).", last(evidence));
        assertEquals(2, evidence.reasons().size(), "the contested rule, then the one that held");
    }

    @Test
    void replicatedInOneTypeOnlyIsNotEstablished() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(344, STEDELIJK).derive();
        assertEquals(EvidenceLevel.REPLICATED, evidence.level());
        assertTrue(evidence.reasons().get(1).startsWith("Niet gevestigd: bevestigd in 1 type(n) buurt"),
                evidence.reasons().toString());
    }

    @Test
    void replicatedAcrossTypesButOnlyUnderExperimentConditionsIsNotEstablished() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK, EXTRA_FINANCIERING).confirmedInProeftuin(344, NAOORLOGS)
                .derive();
        assertEquals(EvidenceLevel.REPLICATED, evidence.level());
        assertEquals("Niet gevestigd: elke bevestiging had proeftuinstatus of experimenteercondities.",
                evidence.reasons().get(1));
    }

    @Test
    void asManyNonConfirmationsAsConfirmationsIsContested() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).notConfirmed(344, STEDELIJK).derive();
        assertEquals(EvidenceLevel.CONTESTED, evidence.level());
        assertEquals(java.util.List.of("Omstreden: 1 keer niet bevestigd tegenover 1 keer bevestigd."),
                evidence.reasons());
    }

    @Test
    void contestedGoesBeforeAReplicationAcrossGemeenten() {
        assertEquals(EvidenceLevel.CONTESTED, lesson().confirmed(363, STEDELIJK).confirmed(344, NAOORLOGS)
                .notConfirmed(599, STEDELIJK).notConfirmed(772, NAOORLOGS).derive().level());
    }

    @Test
    void oneNonConfirmationFewerThanConfirmationsIsNotContested() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(344, NAOORLOGS).notConfirmed(599, STEDELIJK)
                .derive();
        assertTrue(evidence.level() != EvidenceLevel.CONTESTED);
        assertEquals("Niet omstreden: 1 keer niet bevestigd tegenover 2 keer bevestigd.", evidence.reasons().get(0));
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

    private static String last(Evidence evidence) {
        return evidence.reasons().get(evidence.reasons().size() - 1);
    }
}
