package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SuggestionPolicyTest {

    static final BuurtCode ORIGIN = new BuurtCode("BU00140000");
    static final BuurtCode SECOND_ORIGIN = new BuurtCode("BU00140001");

    static ComparableBuurt buurt(String code, double similarity) {
        return new ComparableBuurt(new BuurtCode(code), null, similarity);
    }

    static List<String> codes(List<ComparableBuurt> chosen) {
        return chosen.stream().map(b -> b.code().value()).toList();
    }

    @Test
    void theOriginIsNeverATarget() {
        var chosen = new SuggestionPolicy(10).choose(List.of(ORIGIN),
                List.of(buurt("BU00140000", 1.0), buurt("BU03630105", 0.9)));
        assertEquals(List.of("BU03630105"), codes(chosen));
    }

    @Test
    void noneOfSeveralOriginsIsATarget() {
        var chosen = new SuggestionPolicy(10).choose(List.of(ORIGIN, SECOND_ORIGIN),
                List.of(buurt("BU00140001", 0.99), buurt("BU00140000", 0.98), buurt("BU03630105", 0.9)));
        assertEquals(List.of("BU03630105"), codes(chosen));
    }

    @Test
    void atMostKTargetsAreChosenTheMostSimilarFirst() {
        var chosen = new SuggestionPolicy(2).choose(List.of(ORIGIN),
                List.of(buurt("BU05990101", 0.7), buurt("BU03630105", 0.9), buurt("BU03440201", 0.8)));
        assertEquals(List.of("BU03630105", "BU03440201"), codes(chosen));
    }

    @Test
    void aBuurtComparableToSeveralOriginsIsChosenOnceAtItsBestSimilarity() {
        var chosen = new SuggestionPolicy(3).choose(List.of(ORIGIN, SECOND_ORIGIN),
                List.of(buurt("BU03630105", 0.6), buurt("BU03440201", 0.8), buurt("BU03630105", 0.9)));
        assertEquals(List.of("BU03630105", "BU03440201"), codes(chosen));
        assertEquals(0.9, chosen.get(0).similarity());
    }

    @Test
    void equallySimilarBuurtenAreOrderedByCodeSoTheChoiceIsStable() {
        var chosen = new SuggestionPolicy(2).choose(List.of(ORIGIN),
                List.of(buurt("BU05990101", 0.8), buurt("BU07720305", 0.8), buurt("BU03440201", 0.8)));
        assertEquals(List.of("BU03440201", "BU05990101"), codes(chosen));
    }

    @Test
    void noCandidatesMeansNoTargets() {
        assertEquals(List.of(), new SuggestionPolicy(10).choose(List.of(ORIGIN), List.of()));
    }

    // --- the named rules, one by one ---

    static final TypologyType TYPE_1 = new TypologyType(java.util.UUID.fromString("8a3c7e55-1d2b-4f60-9e8a-0c4d5b6a7f21"), 1, "Vooroorlogse stadswijk");
    static final TypologyType TYPE_2 = new TypologyType(TYPE_1.typologyId(), 2, "Naoorlogse rijtjeswijk");

    static ComparableBuurt typed(String code, double similarity, TypologyType type, Boolean proeftuin) {
        return new ComparableBuurt(new BuurtCode(code), null, similarity, type, proeftuin, Map.of(), null);
    }

    @Test
    void excludeAlreadyVerifiedDropsBuurtenThatHaveAVerificationOfTheLesson() {
        var ranked = List.of(buurt("BU03630105", 0.9), buurt("BU03440201", 0.8), buurt("BU05990101", 0.7));
        assertEquals(List.of("BU03630105", "BU05990101"),
                codes(SuggestionPolicy.excludeAlreadyVerified(ranked, Set.of(new BuurtCode("BU03440201")))));
    }

    @Test
    void aLaterTaggingSkipsVerifiedBuurtenAndOnlyTopsUpToK() {
        var candidates = List.of(buurt("BU03630105", 0.9), buurt("BU03440201", 0.8), buurt("BU05990101", 0.7),
                buurt("BU07720305", 0.6));
        // K = 3; two verifications exist, one of them declined: room for two more, never the verified ones.
        var chosen = new SuggestionPolicy(3).choose(List.of(ORIGIN),
                Set.of(new BuurtCode("BU03630105"), new BuurtCode("BU03440201")), 1, candidates);
        assertEquals(List.of("BU05990101", "BU07720305"), codes(chosen));
        assertEquals(List.of(), new SuggestionPolicy(3).choose(List.of(ORIGIN), Set.of(), 3, candidates));
    }

    @Test
    void spreadOverTypesTakesRoundRobinOverTypesInRankOrder() {
        var ranked = List.of(typed("BU03630201", 0.95, TYPE_1, null), typed("BU03630202", 0.94, TYPE_1, null),
                typed("BU03630203", 0.93, TYPE_1, null), typed("BU05990301", 0.90, TYPE_2, null),
                typed("BU05990302", 0.80, TYPE_2, null));
        assertEquals(List.of("BU03630201", "BU05990301", "BU03630202", "BU05990302"),
                codes(SuggestionPolicy.spreadOverTypes(ranked, 4)));
    }

    @Test
    void withoutTypesTheSpreadIsPlainRankOrder() {
        var ranked = List.of(buurt("BU03630105", 0.9), buurt("BU03440201", 0.8), buurt("BU05990101", 0.7));
        assertEquals(List.of("BU03630105", "BU03440201"), codes(SuggestionPolicy.spreadOverTypes(ranked, 2)));
    }

    @Test
    void buurtenOfUnknownTypeCountAsOneTypeOfTheirOwn() {
        var ranked = List.of(typed("BU03630201", 0.95, TYPE_1, null), typed("BU03630202", 0.94, TYPE_1, null),
                buurt("BU05990101", 0.9), buurt("BU05990102", 0.85));
        assertEquals(List.of("BU03630201", "BU05990101", "BU03630202"),
                codes(SuggestionPolicy.spreadOverTypes(ranked, 3)));
    }

    @Test
    void withoutANonProeftuinBuurtTheLastTakenMakesWayForTheBestRankedOne() {
        var chosen = List.of(typed("BU03630201", 0.95, TYPE_1, true), typed("BU05990301", 0.90, TYPE_2, true));
        var ranked = List.of(chosen.get(0), typed("BU03630202", 0.94, TYPE_1, true), chosen.get(1),
                typed("BU07720401", 0.70, TYPE_1, false), typed("BU07720402", 0.60, TYPE_2, false));
        assertEquals(List.of("BU03630201", "BU07720401"),
                codes(SuggestionPolicy.withANonProeftuinBuurt(chosen, ranked)));
    }

    @Test
    void aChoiceWithANonProeftuinBuurtIsLeftAlone() {
        var chosen = List.of(typed("BU03630201", 0.95, TYPE_1, true), typed("BU05990301", 0.90, TYPE_2, false));
        var ranked = List.of(chosen.get(0), chosen.get(1), typed("BU07720401", 0.70, TYPE_1, false));
        assertEquals(chosen, SuggestionPolicy.withANonProeftuinBuurt(chosen, ranked));
    }

    @Test
    void unknownProeftuinStatusNeverCountsAsNonProeftuin() {
        var chosen = List.of(typed("BU03630201", 0.95, TYPE_1, true));
        var ranked = List.of(chosen.get(0), typed("BU07720401", 0.70, TYPE_1, null));
        assertEquals(chosen, SuggestionPolicy.withANonProeftuinBuurt(chosen, ranked));
    }

    @Test
    void theWholePolicyExcludesSpreadsOverTypesAndKeepsANonProeftuinBuurt() {
        // As TypologyStub.TYPED: three of type 1 and one of type 2 rank highest, all proeftuinen.
        var candidates = List.of(typed("BU00140002", 1.0, TYPE_1, true), typed("BU03630201", 0.95, TYPE_1, true),
                typed("BU03630202", 0.94, TYPE_1, true), typed("BU03630203", 0.93, TYPE_1, true),
                typed("BU05990301", 0.90, TYPE_2, true), typed("BU07720401", 0.70, TYPE_1, false));
        var policy = new SuggestionPolicy(3, 5, true);
        assertEquals(List.of("BU03630201", "BU05990301", "BU07720401"),
                codes(policy.choose(List.of(new BuurtCode("BU00140002")), candidates)));
        // Without the spread: rank order, and still a non-proeftuin buurt in place of the last.
        assertEquals(List.of("BU03630201", "BU03630202", "BU07720401"),
                codes(new SuggestionPolicy(3, 5, false).choose(List.of(new BuurtCode("BU00140002")), candidates)));
    }

    @Test
    void theSameInputAlwaysGivesTheSameChoice() {
        var candidates = List.of(typed("BU03630202", 0.9, TYPE_1, true), typed("BU03630201", 0.9, TYPE_1, true),
                typed("BU05990301", 0.9, TYPE_2, false), typed("BU05990302", 0.9, TYPE_2, false));
        var policy = new SuggestionPolicy(2);
        var first = policy.choose(List.of(ORIGIN), candidates);
        var reversed = new java.util.ArrayList<>(candidates);
        java.util.Collections.reverse(reversed);
        assertEquals(first, policy.choose(List.of(ORIGIN), reversed));
        assertEquals(List.of("BU03630201", "BU05990301"), codes(first));
    }

    @Test
    void typologyIsAskedForMoreCandidatesThanKButNeverMoreThanItGives() {
        assertEquals(5 * 3 + 1, new SuggestionPolicy(3, 5, true).candidatesToAsk(1));
        assertEquals(100, new SuggestionPolicy(50, 5, true).candidatesToAsk(2));
    }

    @Test
    void kMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new SuggestionPolicy(0));
    }

    @Test
    void similarityOutsideZeroToOneIsNotAComparableBuurt() {
        assertThrows(RuntimeException.class, () -> buurt("BU03630105", 1.01));
        assertThrows(RuntimeException.class, () -> buurt("BU03630105", Double.NaN));
    }
}
