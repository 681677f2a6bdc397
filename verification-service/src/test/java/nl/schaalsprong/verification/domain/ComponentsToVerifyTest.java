package nl.schaalsprong.verification.domain;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** REPLICATIE is verified whole, CIRCULATIE per component (issue 13, item 3). */
class ComponentsToVerifyTest {

    static final List<String> TWO = List.of("participatie/keukentafelgesprekken", "warmte/wijkwarmtenet");

    @Test
    void onlyACirculatieLessonWithSeveralComponentsIsVerifiedPerComponent() {
        assertTrue(ComponentsToVerify.perComponent(Set.of(Route.CIRCULATIE), TWO));
        assertTrue(ComponentsToVerify.perComponent(Set.of(Route.CIRCULATIE, Route.GROEI), TWO));
        assertFalse(ComponentsToVerify.perComponent(Set.of(Route.CIRCULATIE, Route.REPLICATIE), TWO));
        assertFalse(ComponentsToVerify.perComponent(Set.of(Route.REPLICATIE), TWO));
        assertFalse(ComponentsToVerify.perComponent(Set.of(), TWO));
        assertFalse(ComponentsToVerify.perComponent(Set.of(Route.CIRCULATIE), TWO.subList(0, 1)));
    }

    @Test
    void aWholeApproachHasNoComponentPerVerification() {
        assertEquals(Arrays.asList(null, null, null),
                ComponentsToVerify.assign(Set.of(Route.REPLICATIE), TWO, Map.of(), 3));
    }

    @Test
    void componentsAreSpreadEvenlyInTheOrderGiven() {
        assertEquals(List.of(TWO.get(0), TWO.get(1), TWO.get(0)),
                ComponentsToVerify.assign(Set.of(Route.CIRCULATIE), TWO, Map.of(), 3));
    }

    @Test
    void aTopUpGoesToTheLeastVerifiedComponentFirst() {
        assertEquals(List.of(TWO.get(1), TWO.get(1), TWO.get(0)),
                ComponentsToVerify.assign(Set.of(Route.CIRCULATIE), TWO, Map.of(TWO.get(0), 2L), 3));
    }
}
