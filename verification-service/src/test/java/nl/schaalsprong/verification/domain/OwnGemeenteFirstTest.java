package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.cbs.GemeenteCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static nl.schaalsprong.verification.domain.SuggestionPolicyTest.buurt;
import static nl.schaalsprong.verification.domain.SuggestionPolicyTest.codes;
import static nl.schaalsprong.verification.domain.SuggestionPolicyTest.typed;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** GROEI lessons are verified within their own gemeente first (issue 13, item 3). */
class OwnGemeenteFirstTest {

    static final GemeenteCode GRONINGEN = GemeenteCode.of("GM0014");
    static final BuurtCode ORIGIN = new BuurtCode("BU00140003");

    /** Elsewhere ranks highest; two buurten of the origin's own gemeente come far below. */
    static final List<ComparableBuurt> CANDIDATES = List.of(buurt("BU00140003", 1.0),
            buurt("BU03630300", 0.99), buurt("BU03630301", 0.98), buurt("BU03630302", 0.97),
            buurt("BU00140101", 0.60), buurt("BU00140102", 0.55));

    @Test
    void onlyAGroeiLessonHasAHomeToStartFrom() {
        assertEquals(Optional.of(GRONINGEN), OwnGemeenteFirst.of(Set.of(Route.GROEI), GRONINGEN, List.of(ORIGIN)));
        assertEquals(Optional.empty(), OwnGemeenteFirst.of(Set.of(Route.REPLICATIE), GRONINGEN, List.of(ORIGIN)));
        assertEquals(Optional.empty(), OwnGemeenteFirst.of(Set.of(), GRONINGEN, List.of(ORIGIN)));
    }

    @Test
    void withoutTheLessonsGemeenteItsFirstOriginsGemeenteIsHome() {
        assertEquals(Optional.of(GemeenteCode.of("GM0363")), OwnGemeenteFirst.of(Set.of(Route.GROEI, Route.CIRCULATIE),
                null, List.of(new BuurtCode("BU03630105"), ORIGIN)));
    }

    @Test
    void atHomeTakesTheHomeGemeentesBuurtenMostSimilarFirstUpToTheRoom() {
        assertEquals(List.of("BU00140101"), codes(SuggestionPolicy.atHome(CANDIDATES.subList(1, 6), GRONINGEN, 1)));
        assertEquals(List.of("BU00140101", "BU00140102"),
                codes(SuggestionPolicy.atHome(CANDIDATES.subList(1, 6), GRONINGEN, 5)));
    }

    @Test
    void aGroeiLessonsTargetsAreItsOwnGemeentesBuurtenFirstThenTheMostSimilarElsewhere() {
        var policy = new SuggestionPolicy(3, 5, true);
        var choice = policy.choose(List.of(ORIGIN), Set.of(), 0, CANDIDATES, 7L, Optional.of(GRONINGEN));
        assertEquals(List.of("BU00140101", "BU00140102", "BU03630300"), codes(choice.targets()));
        // The same candidates for a lesson on another route: the most similar, wherever they are.
        assertEquals(List.of("BU03630300", "BU03630301", "BU03630302"),
                codes(policy.choose(List.of(ORIGIN), Set.of(), 0, CANDIDATES, 7L).targets()));
    }

    @Test
    void whatIsKeptOpenLaterStillPutsHomeFirst() {
        var policy = new SuggestionPolicy(3, 5, true);
        var choice = new SuggestionPolicy.Choice(List.of(CANDIDATES.get(1), CANDIDATES.get(4), CANDIDATES.get(5)),
                Set.of(), GRONINGEN);
        // Meanwhile one verification was opened elsewhere: room for two, and home keeps both places.
        var kept = policy.keepOpen(choice, List.of(ORIGIN), Set.of(new BuurtCode("BU05990101")), 1);
        assertEquals(List.of("BU00140101", "BU00140102"), codes(kept.targets()));
    }

    @Test
    void thePilotBiasCheckPrefersANonProeftuinBuurtAtHome() {
        var candidates = List.of(typed("BU03630300", 0.99, null, true), typed("BU00140101", 0.60, null, true),
                typed("BU00140102", 0.55, null, false), typed("BU03630301", 0.50, null, false));
        var choice = new SuggestionPolicy(1, 5, true).choose(List.of(ORIGIN), Set.of(), 0, candidates, 7L,
                Optional.of(GRONINGEN));
        assertEquals(List.of("BU00140102"), codes(choice.targets()));
    }
}
