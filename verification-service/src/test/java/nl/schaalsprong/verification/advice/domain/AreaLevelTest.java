package nl.schaalsprong.verification.advice.domain;

import nl.schaalsprong.platform.domain.MalformedValueException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AreaLevelTest {

    @Test
    void theLevelFollowsFromTheCodeAndABuurtLiesInItsWijkAndGemeente() {
        assertEquals(AreaLevel.BUURT, AreaLevel.ofCode("BU00141002"));
        assertEquals(AreaLevel.BUURT, AreaLevel.ofCode("BU0363AF03"));
        assertEquals(AreaLevel.WIJK, AreaLevel.ofCode("WK001410"));
        assertEquals(AreaLevel.GEMEENTE, AreaLevel.ofCode("GM0014"));
        assertEquals("WK001410", AreaLevel.WIJK.containing("BU00141002"));
        assertEquals("GM0014", AreaLevel.GEMEENTE.containing("BU00141002"));
    }

    @Test
    void anythingElseIsMalformed() {
        for (String code : new String[]{null, "", "bu00141002", "BU0014100", "WK0014", "GM14", "NL0014"}) {
            assertThrows(MalformedValueException.class, () -> AreaLevel.ofCode(code), String.valueOf(code));
        }
    }

    @Test
    void aPlaceIsComparableThroughTheAreaOfTheAskedLevelItLiesIn() {
        AreaContext wijk = new AreaContext("WK001410", AreaLevel.WIJK, null, java.util.List.of(),
                Map.of("WK001410", new Likeness("WK001410", 1.0, null),
                        "WK036301", new Likeness("WK036301", 0.91, "STEDELIJKHEID")), null);
        assertEquals(0.91, wijk.likenessOf("BU03630105").orElseThrow().similarity());
        assertEquals(1.0, wijk.likenessOf("BU00141002").orElseThrow().similarity());
        assertEquals(java.util.Optional.empty(), wijk.likenessOf("BU05990101"));
    }
}
