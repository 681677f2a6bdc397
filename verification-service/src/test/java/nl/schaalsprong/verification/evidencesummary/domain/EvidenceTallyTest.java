package nl.schaalsprong.verification.evidencesummary.domain;

import nl.schaalsprong.verification.domain.Layer;
import nl.schaalsprong.verification.domain.Route;
import nl.schaalsprong.verification.domain.evidence.EvidenceLevel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EvidenceTallyTest {

    static final LessonStanding TWO_ROUTES = new LessonStanding(Set.of(Route.GROEI, Route.REPLICATIE), Layer.MENU,
            EvidenceLevel.REPLICATED, Layer.MENU);
    static final LessonStanding ONE_ROUTE = new LessonStanding(Set.of(Route.REPLICATIE), null,
            EvidenceLevel.ORIGIN_ONLY, null);
    static final LessonStanding NO_ROUTE = new LessonStanding(Set.of(), Layer.GENERIEK, EvidenceLevel.CONTESTED, null);

    @Test
    void aLessonOnTwoRoutesCountsInBothButOnceInTheTotal() {
        EvidenceTally tally = EvidenceTally.of(SummaryDimension.ROUTE, List.of(TWO_ROUTES, ONE_ROUTE));
        assertEquals(List.of("GROEI", "REPLICATIE", "CIRCULATIE", "INSTITUTIONALISERING"),
                tally.groups().stream().map(EvidenceTally.Group::key).toList(), "every route, in order, no empty group");
        assertEquals(1, tally.groups().get(0).counts().of(EvidenceLevel.REPLICATED));
        assertEquals(2, tally.groups().get(1).counts().lessons());
        assertEquals(1, tally.groups().get(1).counts().of(EvidenceLevel.ORIGIN_ONLY));
        assertEquals(0, tally.groups().get(2).counts().lessons(), "a route without lessons is there, as zeros");
        assertEquals(2, tally.total().lessons());
    }

    @Test
    void lessonsWithoutAKeyFormALastGroupWithoutKey() {
        EvidenceTally byRoute = EvidenceTally.of(SummaryDimension.ROUTE, List.of(TWO_ROUTES, NO_ROUTE));
        EvidenceTally.Group last = byRoute.groups().get(byRoute.groups().size() - 1);
        assertNull(last.key());
        assertEquals(1, last.counts().of(EvidenceLevel.CONTESTED));

        EvidenceTally claimed = EvidenceTally.of(SummaryDimension.CLAIMED_LAYER, List.of(TWO_ROUTES, ONE_ROUTE, NO_ROUTE));
        assertEquals(java.util.Arrays.asList("GENERIEK", "MENU", "SPECIFIEK", null),
                claimed.groups().stream().map(EvidenceTally.Group::key).toList());
        assertEquals(1, claimed.groups().get(3).counts().of(EvidenceLevel.ORIGIN_ONLY));

        EvidenceTally supported = EvidenceTally.of(SummaryDimension.SUPPORTED_LAYER, List.of(TWO_ROUTES, ONE_ROUTE));
        assertEquals(1, supported.groups().get(1).counts().of(EvidenceLevel.REPLICATED));
        assertEquals(1, supported.groups().get(3).counts().lessons());
    }

    @Test
    void everyLevelIsCountedEvenWhenNoLessonStandsThere() {
        EvidenceTally empty = EvidenceTally.of(SummaryDimension.SUPPORTED_LAYER, List.of());
        assertEquals(3, empty.groups().size());
        assertEquals(EvidenceLevel.values().length, empty.total().asMap().size());
        assertEquals(0, empty.total().lessons());
    }

    @Test
    void aStandingNeedsALevel() {
        assertThrows(NullPointerException.class, () -> new LessonStanding(Set.of(), null, null, null));
    }
}
