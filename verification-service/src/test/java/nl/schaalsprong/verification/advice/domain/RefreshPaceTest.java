package nl.schaalsprong.verification.advice.domain;

import nl.schaalsprong.verification.advice.domain.RefreshPace.LastDerivation;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefreshPaceTest {

    static final Instant DERIVED = Instant.parse("2026-12-06T21:00:00Z");
    static final Duration INTERVAL = Duration.ofSeconds(30);
    static final Duration PER_LESSON = Duration.ofMillis(10);

    static RefreshPace at(Instant now) {
        return new RefreshPace(INTERVAL, PER_LESSON, 100, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aLargeTagWaitsForTheIntervalAfterItsPreviousDerivation() {
        LastDerivation large = new LastDerivation(2_999, DERIVED);
        assertFalse(at(DERIVED).isDue(large));
        assertFalse(at(DERIVED.plus(INTERVAL).minusMillis(1)).isDue(large));
        assertTrue(at(DERIVED.plus(INTERVAL)).isDue(large));
        assertTrue(at(DERIVED.plus(INTERVAL).plusSeconds(600)).isDue(large));
    }

    /** 19,641 lessons at 10 ms each: 196.41 s, whatever the interval's 30 s. */
    @Test
    void aHugeTagWaitsInProportionToItsLessons() {
        LastDerivation huge = new LastDerivation(19_641, DERIVED);
        assertFalse(at(DERIVED.plus(INTERVAL)).isDue(huge));
        assertFalse(at(DERIVED.plusMillis(196_409)).isDue(huge));
        assertTrue(at(DERIVED.plusMillis(196_410)).isDue(huge));
    }

    /** Where the interval ends and the proportional wait begins: 3,000 lessons at 10 ms are exactly 30 s. */
    @Test
    void theLongerOfTheTwoWaitsHolds() {
        assertEquals(INTERVAL, at(DERIVED).waitAfter(100));
        assertEquals(INTERVAL, at(DERIVED).waitAfter(3_000));
        assertEquals(Duration.ofMillis(30_010), at(DERIVED).waitAfter(3_001));
    }

    @Test
    void fromHowManyLessonsATagIsPaced() {
        assertFalse(at(DERIVED.plusSeconds(1)).isDue(new LastDerivation(100, DERIVED)));
        assertTrue(at(DERIVED.plusSeconds(1)).isDue(new LastDerivation(99, DERIVED)));
    }

    @Test
    void aSmallTagIsDerivedAtOnce() {
        assertTrue(at(DERIVED).isDue(new LastDerivation(3, DERIVED)));
    }

    @Test
    void aTagNeverDerivedIsDue() {
        assertTrue(at(DERIVED).isDue(null));
    }

    @Test
    void aZeroIntervalPacesNothing() {
        assertTrue(new RefreshPace(Duration.ZERO, Duration.ZERO, 1, Clock.fixed(DERIVED, ZoneOffset.UTC))
                .isDue(new LastDerivation(14_516, DERIVED)));
    }

    @Test
    void anIntervalOrSizeThatCannotBeIsRefused() {
        Clock clock = Clock.systemUTC();
        assertThrows(IllegalArgumentException.class, () -> new RefreshPace(Duration.ofSeconds(-1), PER_LESSON, 100, clock));
        assertThrows(IllegalArgumentException.class, () -> new RefreshPace(INTERVAL, Duration.ofMillis(-1), 100, clock));
        assertThrows(IllegalArgumentException.class, () -> new RefreshPace(INTERVAL, PER_LESSON, 0, clock));
        assertThrows(IllegalArgumentException.class, () -> new LastDerivation(-1, DERIVED));
    }
}
