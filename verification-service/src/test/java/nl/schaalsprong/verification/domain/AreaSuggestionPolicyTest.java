package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Where a lesson of wijk or gemeente scale is verified: the rules of the buurt policy that carry over. */
class AreaSuggestionPolicyTest {

    static final VerificationTarget ORIGIN = wijk("WK001410");

    static VerificationTarget wijk(String code) {
        return new VerificationTarget(TargetLevel.WIJK, code);
    }

    static ComparableArea area(String code, double similarity, Boolean proeftuin) {
        return new ComparableArea(wijk(code), null, similarity, null, proeftuin, Map.of(), null);
    }

    static List<String> codes(List<ComparableArea> areas) {
        return areas.stream().map(a -> a.target().code()).toList();
    }

    static final List<ComparableArea> CANDIDATES = List.of(area("WK001410", 1.0, null), area("WK036301", 0.95, null),
            area("WK036302", 0.90, null), area("WK036301", 0.80, null), area("WK001420", 0.70, null),
            area("WK059901", 0.60, false));

    @Test
    void eachAreaOnceAtItsBestNeverTheOriginNorOneVerifiedAlreadyAtMostTheRoom() {
        assertEquals(List.of("WK036301", "WK036302"),
                codes(AreaSuggestionPolicy.choose(List.of(ORIGIN), Set.of(), 2, CANDIDATES.subList(0, 5),
                        Optional.empty())));
        assertEquals(List.of("WK036302", "WK001420"),
                codes(AreaSuggestionPolicy.choose(List.of(ORIGIN), Set.of(wijk("WK036301")), 2,
                        CANDIDATES.subList(0, 5), Optional.empty())));
        assertEquals(List.of(), AreaSuggestionPolicy.choose(List.of(ORIGIN), Set.of(), 0, CANDIDATES, Optional.empty()));
    }

    @Test
    void aGroeiLessonsOwnGemeentesWijkenComeFirst() {
        assertEquals(List.of("WK001420", "WK036301"),
                codes(AreaSuggestionPolicy.choose(List.of(ORIGIN), Set.of(), 2, CANDIDATES.subList(0, 5),
                        Optional.of(GemeenteCode.of("GM0014")))));
    }

    @Test
    void anAreaKnownToLackProeftuinStatusTakesTheLastPlaceWhenNoneChosenDoes() {
        assertEquals(List.of("WK036301", "WK059901"),
                codes(AreaSuggestionPolicy.choose(List.of(ORIGIN), Set.of(), 2, CANDIDATES, Optional.empty())));
    }

    @Test
    void aComparableAreaIsNoBuurt() {
        assertThrows(RuleViolationException.class, () -> new ComparableArea(
                new VerificationTarget(TargetLevel.BUURT, "BU00141001"), null, 0.9, null, null, Map.of(), null));
    }
}
