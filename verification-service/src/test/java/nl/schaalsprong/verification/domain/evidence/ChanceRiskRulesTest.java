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
        assertEquals(List.of("Bevestigd in 1 onafhankelijke gemeente(n) (GM0363): te weinig om toeval uit te"
                + " sluiten."), risk.reasons());
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
                + " [EXTRA_FINANCIERING, PIONIERS] en geen bevestiging is bekend zonder proeftuinstatus of condities."),
                risk.reasons());
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
    void moreThanAThirdOfComparableBuurtenNotConfirmingFlagsIt() {
        ChanceRisk risk = lesson().confirmed(363, STEDELIJK).confirmed(344, NAOORLOGS).confirmed(772, NAOORLOGS)
                .notConfirmed(599, STEDELIJK).notConfirmed(16, NAOORLOGS).derive().chanceRisk();
        assertTrue(risk.flagged());
        assertEquals(List.of("Vaak niet bevestigd: in 2 van 5 beslissende buurt(en) niet bevestigd (BU00160005,"
                + " BU05990004), meer dan 33%."), risk.reasons());
    }

    @Test
    void aThirdNotConfirmingIsNoFlagYet() {
        ChanceRisk risk = lesson().confirmed(363, STEDELIJK).confirmed(344, NAOORLOGS).confirmed(772, NAOORLOGS)
                .notConfirmed(599, STEDELIJK).derive().chanceRisk();
        assertFalse(risk.flagged(), risk.reasons().toString());
    }

    @Test
    void confirmationsWhoseConditionsAreUnknownAreFlaggedEvenWhenTheAuthorStatedNone() {
        ChanceRisk risk = lesson().confirmedWithUnknownStatus(363, STEDELIJK).confirmed(344, NAOORLOGS, PIONIERS)
                .derive().chanceRisk();
        assertEquals(List.of("Alleen geslaagd met experimenteercondities (of onbekend): geen van de 2 bevestiging(en)"
                + " is bekend zonder proeftuinstatus of condities."), risk.reasons());
    }

    @Test
    void moreThanAThirdOfNullResultsIsFlaggedWithTheSensitivityView() {
        ChanceRisk risk = lesson().confirmed(363, STEDELIJK).confirmed(344, NAOORLOGS).inconclusive(599, STEDELIJK)
                .inconclusive(772, STEDELIJK).derive().chanceRisk();
        assertEquals(List.of("Veel uitval: 2 onbesliste conclusie(s), 50%; als mislukt geteld is 2 van 4 bevestigd"
                + " (95%-interval 15%–85%)."), risk.reasons());
    }
}
