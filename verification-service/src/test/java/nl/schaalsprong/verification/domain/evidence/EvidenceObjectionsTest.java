package nl.schaalsprong.verification.domain.evidence;

import nl.schaalsprong.verification.domain.Layer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static nl.schaalsprong.verification.domain.ExperimentCondition.PIONIERS;
import static nl.schaalsprong.verification.domain.evidence.Histories.DORPS;
import static nl.schaalsprong.verification.domain.evidence.Histories.NAOORLOGS;
import static nl.schaalsprong.verification.domain.evidence.Histories.STEDELIJK;
import static nl.schaalsprong.verification.domain.evidence.Histories.lesson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each objection of issue 11 ("strong labels on tiny or dependent evidence") as a constructed history with the
 * answer a methodologist would sign. The origin of {@link Histories#lesson()} is BU00140000, so gemeente 14 is the
 * origin's gemeente.
 */
class EvidenceObjectionsTest {

    @Test
    void twoOfTwoInTwoGemeentenAndTwoTypesIsAtMostReplicatedAndSaysHowUnsureItIs() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(344, NAOORLOGS).derive();
        assertEquals(EvidenceLevel.REPLICATED, evidence.level(), evidence.reasons().toString());
        assertEquals(1.0, evidence.confirmationRate().rate());
        assertEquals(0.3424, evidence.confirmationRate().lower(), 1e-4);
        assertEquals(1.0, evidence.confirmationRate().upper());
    }

    @Test
    void twoOfThreeCarriesItsWideInterval() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(344, NAOORLOGS).notConfirmed(599, DORPS)
                .derive();
        assertEquals(0.2077, evidence.confirmationRate().lower(), 1e-4);
    }

    @Test
    void confirmationsInTheOriginsGemeenteDoNotMakeItReplicated() {
        Evidence evidence = lesson().confirmed(14, STEDELIJK).confirmed(363, NAOORLOGS).derive();
        assertEquals(EvidenceLevel.INDICATIVE, evidence.level(), evidence.reasons().toString());
    }

    @Test
    void twoBuurtenOfOneGemeenteDoNotClearFewSites() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(363, NAOORLOGS).derive();
        assertTrue(evidence.chanceRisk().reasons().contains("Bevestigd in 1 onafhankelijke gemeente(n) (GM0363): te"
                + " weinig om toeval uit te sluiten."), evidence.chanceRisk().reasons().toString());
    }

    @Test
    void forATagAConfirmationInAnotherPooledLessonsOriginIsNoConfirmationOutsideTheOrigin() {
        // Lesson A (origin gemeente 14) confirmed in gemeente 518 and 363; 518 is lesson B's origin gemeente.
        Histories a = lesson().confirmed(518, STEDELIJK).confirmed(363, NAOORLOGS);
        LessonFacts b = new LessonFacts(UUID.randomUUID(), Set.of("BU05180000"), Set.of());
        LessonFacts pooled = LessonFacts.pooled(UUID.randomUUID(), List.of(a.origin(), b));
        Evidence evidence = EvidenceDerivation.derive(EvidenceRules.standard(), pooled, a.facts());
        assertEquals(EvidenceLevel.INDICATIVE, evidence.level(), evidence.reasons().toString());
    }

    @Test
    void twoConfirmationsAgainstThreeFailuresAreNotGeneriek() {
        // The failures share the confirmed types: a type with one confirmation no longer counts as confirmed.
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(344, NAOORLOGS)
                .notConfirmed(599, STEDELIJK).notConfirmed(772, NAOORLOGS).notConfirmed(518, STEDELIJK).derive();
        assertEquals(EvidenceLevel.CONTESTED, evidence.level());
        assertNotEquals(Layer.GENERIEK, evidence.supportedLayer(), evidence.layerReasons().toString());
        assertEquals(List.of(), evidence.confirmedInTypes());
    }

    @Test
    void anUnknownProeftuinStatusAndUnstatedConditionsAreNotEstablished() {
        Evidence evidence = lesson().confirmedWithUnknownStatus(363, STEDELIJK).confirmedWithUnknownStatus(344, NAOORLOGS)
                .confirmedWithoutStatedConditions(599, STEDELIJK).confirmedWithoutStatedConditions(772, NAOORLOGS)
                .derive();
        assertEquals(EvidenceLevel.REPLICATED, evidence.level(), evidence.reasons().toString());
        assertTrue(evidence.chanceRisk().flagged(), "unknown does not clear CONDITIONS_ONLY either");
    }

    @Test
    void failuresConfinedToATypeWhereItIsNotConfirmedAreAMenuNotAContest() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(344, STEDELIJK).confirmed(599, STEDELIJK)
                .notConfirmed(772, DORPS).notConfirmed(518, DORPS).notConfirmed(16, DORPS).derive();
        assertEquals(Layer.MENU, evidence.supportedLayer(), evidence.layerReasons().toString());
        assertNotEquals(EvidenceLevel.CONTESTED, evidence.level(), evidence.reasons().toString());
    }

    @Test
    void fiveOfEightInconclusiveIsNotReplicated() {
        Histories history = lesson().confirmed(363, STEDELIJK).confirmed(344, NAOORLOGS).notConfirmed(599, DORPS);
        for (int i = 0; i < 5; i++) {
            history.inconclusive(772 + i, DORPS);
        }
        Evidence evidence = history.derive();
        assertEquals(EvidenceLevel.INDICATIVE, evidence.level(), evidence.reasons().toString());
        assertTrue(evidence.chanceRisk().reasons().stream().anyMatch(r -> r.startsWith("Veel uitval: 5")),
                evidence.chanceRisk().reasons().toString());
        assertEquals(ConfirmationRate.of(2, 8), evidence.nullResultsAsFailures());
    }

    @Test
    void nineteenConfirmationsInNineteenGemeentenAndOneFailureAreNotFlaggedAsNotConfirmedElsewhere() {
        Histories history = lesson();
        for (int g = 0; g < 19; g++) {
            history.confirmed(100 + g, g % 2 == 0 ? STEDELIJK : NAOORLOGS);
        }
        Evidence evidence = history.notConfirmed(900, STEDELIJK).derive();
        assertFalse(evidence.chanceRisk().flagged(), evidence.chanceRisk().reasons().toString());
    }

    @Test
    void twoConfirmationsInTheOriginsGemeenteBothWithPioneersAreFlagged() {
        Evidence evidence = lesson().confirmed(14, STEDELIJK, PIONIERS).confirmed(14, NAOORLOGS, PIONIERS).derive();
        assertTrue(evidence.chanceRisk().flagged(), evidence.chanceRisk().reasons().toString());
        assertTrue(evidence.chanceRisk().reasons().size() >= 2, "few independent sites, and conditions only: "
                + evidence.chanceRisk().reasons());
    }

    @Test
    void thePilotStatusEffectNeedsMoreThanOneConclusionOnEachSide() {
        Evidence evidence = lesson().confirmedInProeftuin(363, STEDELIJK).notConfirmed(344, NAOORLOGS).derive();
        assertEquals(null, evidence.pilotStatusEffect().difference());
        assertEquals(3, evidence.pilotStatusEffect().minimumPerSide());
    }
}
