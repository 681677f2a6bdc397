package nl.schaalsprong.verification.domain.evidence;

import org.junit.jupiter.api.Test;

import static nl.schaalsprong.verification.domain.evidence.Histories.NAOORLOGS;
import static nl.schaalsprong.verification.domain.evidence.Histories.STEDELIJK;
import static nl.schaalsprong.verification.domain.evidence.Histories.lesson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chance rule SELF_SELECTED: a level that leans on buurten the gemeente nominated itself is flagged. */
class SelfSelectionRuleTest {

    private static final EvidenceRule RULE = EvidenceRules.standard().rule("SELF_SELECTED");

    private static VerificationHistory history(Histories histories) {
        return new VerificationHistory(histories.origin(), histories.facts());
    }

    @Test
    void aLevelRestingOnANominationAloneIsFlagged() {
        Histories lesson = lesson().nominatedConfirmed(363, STEDELIJK);
        Verdict verdict = RULE.apply(history(lesson));
        assertTrue(verdict.holds());
        assertEquals("Leunt op zelfselectie: 1 van de 1 bevestigde buurt(en) zelf gekozen (BU03630001); zonder die"
                + " bevestigingen ORIGIN_ONLY in plaats van INDICATIVE.", verdict.reason());
        Evidence evidence = lesson.derive();
        assertEquals(EvidenceLevel.INDICATIVE, evidence.level(), "a nominated confirmation still counts");
        assertTrue(evidence.chanceRisk().reasons().contains(verdict.reason()));
        assertEquals(1, evidence.nominatedConclusions());
    }

    @Test
    void aReplicationThatNeedsTheNominationIsFlagged() {
        Histories lesson = lesson().confirmed(344, NAOORLOGS).nominatedConfirmed(363, STEDELIJK);
        assertEquals(EvidenceLevel.REPLICATED, lesson.derive().level());
        Verdict verdict = RULE.apply(history(lesson));
        assertTrue(verdict.holds(), verdict.reason());
        assertTrue(verdict.reason().endsWith("zonder die bevestigingen INDICATIVE in plaats van REPLICATED."),
                verdict.reason());
    }

    @Test
    void aLevelThatStandsWithoutTheNominationsIsNotFlagged() {
        Histories lesson = lesson().confirmed(344, NAOORLOGS).confirmed(772, STEDELIJK)
                .nominatedConfirmed(363, STEDELIJK);
        Verdict verdict = RULE.apply(history(lesson));
        assertFalse(verdict.holds());
        assertEquals("Zelfselectie draagt het niveau niet: 1 van de 3 bevestigde buurt(en) zelf gekozen (BU03630003);"
                + " zonder die bevestigingen ook REPLICATED.", verdict.reason());
        Evidence evidence = lesson.derive();
        assertFalse(evidence.chanceRisk().flagged(), evidence.chanceRisk().reasons().toString());
        assertEquals(1, evidence.nominatedConclusions());
    }

    @Test
    void withoutNominationsTheRuleHasNothingToSay() {
        Histories lesson = lesson().confirmed(344, NAOORLOGS);
        Verdict verdict = RULE.apply(history(lesson));
        assertFalse(verdict.holds());
        assertEquals("Geen bevestiging in een buurt die de gemeente zelf koos.", verdict.reason());
        assertEquals(0, lesson.derive().nominatedConclusions());
    }

    @Test
    void aNominationThatKeepsALessonFromBeingContestedIsFlagged() {
        // Suggested, in one type: 1 confirmed, 1 not (contested); the nomination's confirmation tips it to REPLICATED.
        Histories lesson = lesson().confirmed(344, NAOORLOGS).notConfirmed(599, NAOORLOGS)
                .nominatedConfirmed(363, NAOORLOGS);
        assertEquals(EvidenceLevel.REPLICATED, lesson.derive().level());
        Verdict verdict = RULE.apply(history(lesson));
        assertTrue(verdict.holds(), verdict.reason());
        assertTrue(verdict.reason().endsWith("zonder die bevestigingen CONTESTED in plaats van REPLICATED."),
                verdict.reason());
    }

    @Test
    void failuresExplainedByTypeAreJudgedAsUsualWithoutTheNomination() {
        // The failure lies in a type where the lesson is not confirmed either way (a menu): INDICATIVE with or
        // without the nomination, so the level does not lean on it.
        Histories lesson = lesson().confirmed(344, NAOORLOGS).notConfirmed(599, STEDELIJK)
                .nominatedConfirmed(363, STEDELIJK);
        assertFalse(RULE.apply(history(lesson)).holds());
    }

    @Test
    void leaningOnMeansWeakerOrContestedWithout() {
        assertTrue(EvidenceRules.leansOn(EvidenceLevel.INDICATIVE, EvidenceLevel.ORIGIN_ONLY));
        assertTrue(EvidenceRules.leansOn(EvidenceLevel.ESTABLISHED, EvidenceLevel.REPLICATED));
        assertTrue(EvidenceRules.leansOn(EvidenceLevel.INDICATIVE, EvidenceLevel.CONTESTED));
        assertFalse(EvidenceRules.leansOn(EvidenceLevel.REPLICATED, EvidenceLevel.REPLICATED));
        assertFalse(EvidenceRules.leansOn(EvidenceLevel.CONTESTED, EvidenceLevel.ORIGIN_ONLY),
                "a contested level rests on nothing in the lesson's favour");
    }

    @Test
    void nominatedFailuresStayInTheCounterfactual() {
        VerificationHistory history = history(lesson().nominatedConfirmed(363, STEDELIJK));
        assertEquals(new VerificationTally(), history.withoutNominatedConfirmations().elsewhere());
        assertEquals(1, history.nominatedElsewhere().size());
    }

    @Test
    void theRuleIsPublishedInBothLanguages() {
        assertEquals(EvidenceRule.Kind.CHANCE, RULE.kind());
        assertTrue(RULE.descriptionNl().contains("zelf koos"));
        assertTrue(RULE.descriptionEn().contains("Self-selection is a form of pilot bias"));
    }
}
