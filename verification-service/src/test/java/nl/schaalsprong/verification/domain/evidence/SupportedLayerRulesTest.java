package nl.schaalsprong.verification.domain.evidence;

import nl.schaalsprong.verification.domain.Layer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.schaalsprong.verification.domain.evidence.Histories.DORPS;
import static nl.schaalsprong.verification.domain.evidence.Histories.NAOORLOGS;
import static nl.schaalsprong.verification.domain.evidence.Histories.STEDELIJK;
import static nl.schaalsprong.verification.domain.evidence.Histories.lesson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The layer the evidence supports, on constructed histories. */
class SupportedLayerRulesTest {

    @Test
    void replicatedAcrossTypesAndFailingInNoneIsGeneriek() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(344, NAOORLOGS).confirmed(599, STEDELIJK)
                .notConfirmed(772, STEDELIJK).derive();
        assertEquals(EvidenceLevel.REPLICATED, evidence.level());
        assertEquals(Layer.GENERIEK, evidence.supportedLayer());
        assertEquals(List.of(NAOORLOGS, STEDELIJK), evidence.confirmedInTypes());
        assertEquals(List.of(), evidence.notConfirmedInTypes(), "2 of 3 confirmed: a confirmed type");
    }

    @Test
    void aTypeWithAsManyFailuresAsConfirmationsIsNotConfirmed() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(344, NAOORLOGS).notConfirmed(599, STEDELIJK)
                .derive();
        assertEquals(List.of(NAOORLOGS), evidence.confirmedInTypes());
        assertEquals(List.of(STEDELIJK), evidence.notConfirmedInTypes());
        assertEquals(Layer.MENU, evidence.supportedLayer());
    }

    @Test
    void generiekNeedsAtLeastAReplication() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(363, NAOORLOGS).derive();
        assertEquals(EvidenceLevel.INDICATIVE, evidence.level());
        assertNull(evidence.supportedLayer());
        assertEquals("Niet generiek: het niveau is INDICATIVE, minstens REPLICATED nodig.",
                evidence.layerReasons().get(0));
    }

    @Test
    void aContestedLessonSupportsNoLayer() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(344, STEDELIJK).notConfirmed(599, STEDELIJK)
                .notConfirmed(772, STEDELIJK).confirmed(16, NAOORLOGS).notConfirmed(518, DORPS).notConfirmed(14, NAOORLOGS)
                .derive();
        assertEquals(EvidenceLevel.CONTESTED, evidence.level());
        assertNull(evidence.supportedLayer(), evidence.layerReasons().toString());
    }

    @Test
    void confirmedInSomeTypesAndNotInOthersIsMenuListingThem() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(344, NAOORLOGS).notConfirmed(599, DORPS)
                .notConfirmed(772, DORPS).derive();
        assertEquals(EvidenceLevel.REPLICATED, evidence.level(), "judged within the confirmed types");
        assertEquals(Layer.MENU, evidence.supportedLayer());
        assertEquals(List.of(NAOORLOGS, STEDELIJK), evidence.confirmedInTypes());
        assertEquals(List.of(DORPS), evidence.notConfirmedInTypes());
        assertEquals("Menu: bevestigd in (Naoorlogse wijken, Stedelijke vooroorlogse buurten), niet bevestigd in"
                + " (Dorpskernen).", evidence.layerReasons().get(1));
    }

    @Test
    void oneConfirmedTypeAgainstOneFailedTypeIsAlreadyMenu() {
        assertEquals(Layer.MENU, lesson().confirmed(363, STEDELIJK).notConfirmed(599, DORPS).derive().supportedLayer());
    }

    @Test
    void notConfirmedOutsideTheOriginAfterRepeatedTriesIsSpecifiek() {
        Evidence evidence = lesson().notConfirmed(363, STEDELIJK).notConfirmed(344, NAOORLOGS).derive();
        assertEquals(Layer.SPECIFIEK, evidence.supportedLayer());
        assertEquals("Specifiek: in 2 buurten buiten de herkomst geprobeerd en nergens bevestigd.",
                evidence.layerReasons().get(2));
    }

    @Test
    void oneFailedTryIsNotYetSpecifiek() {
        Evidence evidence = lesson().notConfirmed(363, STEDELIJK).inconclusive(344, NAOORLOGS).derive();
        assertNull(evidence.supportedLayer());
        assertEquals("Nog te weinig of te tegenstrijdige conclusies om een laag te onderbouwen.",
                evidence.layerReasons().get(3));
    }

    @Test
    void confirmedInOneTypeOnlySupportsNoLayerYet() {
        Evidence evidence = lesson().confirmed(363, STEDELIJK).confirmed(344, STEDELIJK).derive();
        assertNull(evidence.supportedLayer());
        assertEquals(List.of(STEDELIJK), evidence.confirmedInTypes());
    }

    @Test
    void verificationsWithoutATypeSayNothingAboutTypes() {
        Evidence evidence = lesson().confirmed(363, null).confirmed(344, null).derive();
        assertNull(evidence.supportedLayer());
        assertEquals(List.of(), evidence.confirmedInTypes());
    }

    @Test
    void noConclusionsSupportNoLayer() {
        assertNull(lesson().open(VerificationStage.SUGGESTED).derive().supportedLayer());
    }
}
