package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import org.junit.jupiter.api.Test;

import java.util.List;

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
