package nl.schaalsprong.verification.domain.evidence;

import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.schaalsprong.verification.domain.ExperimentCondition.EXTRA_FINANCIERING;
import static nl.schaalsprong.verification.domain.ExperimentCondition.PIONIERS;
import static nl.schaalsprong.verification.domain.ExperimentCondition.VRIJSTELLING;
import static nl.schaalsprong.verification.domain.evidence.Histories.NAOORLOGS;
import static nl.schaalsprong.verification.domain.evidence.Histories.STEDELIJK;
import static nl.schaalsprong.verification.domain.evidence.Histories.lesson;
import static nl.schaalsprong.verification.domain.evidence.Histories.lessonLeaningOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chance flag (toevalsrisico), one rule at a time and all together. */
class ChanceRiskRulesTest {

    @Test
    void aSuccessRestingOnTheOriginAloneIsFlagged() {
        ChanceRisk risk = lesson().derive().chanceRisk();
        assertTrue(risk.flagged());
        assertEquals(List.of("Alleen in de herkomst geslaagd: nog nergens anders bevestigd."), risk.reasons());
    }

    @Test
    void oneConfirmedSiteIsTooFewToRuleOutChance() {
        ChanceRisk risk = lesson().confirmed(363, STEDELIJK).derive().chanceRisk();
        assertTrue(risk.flagged());
        assertEquals(List.of("Bevestigd op 1 plek buiten de herkomst: te weinig om toeval uit te sluiten."),
                risk.reasons());
    }

    @Test
    void twoConfirmedSitesWithoutConditionsOrFailuresAreNotFlagged() {
        ChanceRisk risk = lesson().confirmed(363, STEDELIJK).confirmed(344, NAOORLOGS).derive().chanceRisk();
        assertFalse(risk.flagged());
        assertEquals(List.of(), risk.reasons());
    }

    @Test
    void successOnlyOnSitesWithExperimentConditionsIsFlagged() {
        ChanceRisk risk = lessonLeaningOn(EXTRA_FINANCIERING, PIONIERS)
                .confirmed(363, STEDELIJK, VRIJSTELLING).confirmedInProeftuin(344, NAOORLOGS).derive().chanceRisk();
        assertTrue(risk.flagged());
        assertEquals(List.of("Alleen geslaagd met experimenteercondities: de herkomst leunde op"
                + " [EXTRA_FINANCIERING, PIONIERS] en elke bevestiging had proeftuinstatus of condities."), risk.reasons());
    }

    @Test
    void anOriginLeaningOnConditionsAndNothingConfirmedIsFlaggedTwice() {
        ChanceRisk risk = lessonLeaningOn(EXTRA_FINANCIERING).derive().chanceRisk();
        assertEquals(2, risk.reasons().size(), risk.reasons().toString());
        assertEquals("Alleen geslaagd met experimenteercondities: de herkomst leunde op [EXTRA_FINANCIERING].",
                risk.reasons().get(1));
    }

    @Test
    void oneConfirmationWithoutConditionsClearsTheConditionsRisk() {
        ChanceRisk risk = lessonLeaningOn(EXTRA_FINANCIERING)
                .confirmed(363, STEDELIJK, EXTRA_FINANCIERING).confirmed(344, NAOORLOGS).derive().chanceRisk();
        assertFalse(risk.flagged(), risk.reasons().toString());
    }

    @Test
    void comparableBuurtenThatDidNotConfirmItFlagIt() {
        ChanceRisk risk = lesson().confirmed(363, STEDELIJK).confirmed(344, NAOORLOGS).confirmed(772, NAOORLOGS)
                .notConfirmed(599, STEDELIJK).derive().chanceRisk();
        assertTrue(risk.flagged());
        assertEquals(List.of("In 1 vergelijkbare buurt(en) niet bevestigd (BU05990004)."), risk.reasons());
    }
}
