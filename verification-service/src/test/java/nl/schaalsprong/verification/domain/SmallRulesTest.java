package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.cbs.GemeenteCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The small rules around the workflow: retry backoff, which lessons are verified per buurt, who may act. */
class SmallRulesTest {

    @Test
    void theRetryDelayDoublesUpToItsMaximum() {
        RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(5), Duration.ofMinutes(1));
        assertEquals(Duration.ofSeconds(5), backoff.after(1));
        assertEquals(Duration.ofSeconds(10), backoff.after(2));
        assertEquals(Duration.ofSeconds(40), backoff.after(4));
        assertEquals(Duration.ofMinutes(1), backoff.after(5));
        assertEquals(Duration.ofMinutes(1), backoff.after(1_000));
        assertThrows(IllegalArgumentException.class, () -> new RetryBackoff(Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }

    @Test
    void onlyALessonSolelyOnInstitutionaliseringIsNotVerifiedPerBuurt() {
        assertTrue(Route.onlyInstitutional(List.of(Route.INSTITUTIONALISERING)));
        assertFalse(Route.onlyInstitutional(List.of(Route.INSTITUTIONALISERING, Route.REPLICATIE)));
        assertFalse(Route.onlyInstitutional(List.of()), "no routes given: verified as before");
    }

    @Test
    void aVerifierActsOnlyForTheGemeentenItsTokenListsAStewardForAll() {
        GemeenteCode amsterdam = new GemeenteCode("GM0363");
        GemeenteCode rotterdam = new GemeenteCode("GM0599");
        Actor verifier = new Actor("gemeente-amsterdam", false, Set.of(amsterdam));
        assertTrue(verifier.mayActFor(amsterdam));
        assertFalse(verifier.mayActFor(rotterdam));
        assertTrue(new Actor("programma", true, Set.of()).mayActFor(rotterdam));
        assertFalse(new Actor("niemand", false, Set.of()).mayActFor(amsterdam));
    }
}
