package nl.schaalsprong.verification.subscription.domain;

import nl.schaalsprong.verification.domain.RetryBackoff;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a subscription fares: backoff per failure in a row, pausing, a delivery that heals, resuming. */
class SubscriptionHealthTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 4, 19, 0, 0, 0, ZoneOffset.UTC);
    static final RetryBackoff BACKOFF = new RetryBackoff(Duration.ofSeconds(5), Duration.ofHours(1));
    static final PausePolicy PAUSE_AFTER_3 = new PausePolicy(3);

    static Subscription fresh() {
        return Subscription.create("Wijkteam", CallbackUrl.parse("https://gemeente.example.nl/hook"),
                new EventFilter(Set.of(), List.of(new AreaCode("GM0014")), List.of()), "gemeente-groningen", NOW);
    }

    @Test
    void eachFailureInARowDoublesTheWaitBeforeTheNextAttempt() {
        Subscription once = fresh().failed("the receiver answered 500", NOW, BACKOFF, PAUSE_AFTER_3);
        assertEquals(1, once.consecutiveFailures());
        assertEquals(NOW.plusSeconds(5), once.retryAt());
        Subscription twice = once.failed("the receiver answered 500", NOW, BACKOFF, PAUSE_AFTER_3);
        assertEquals(NOW.plusSeconds(10), twice.retryAt());
        assertEquals(SubscriptionStatus.ACTIVE, twice.status());
    }

    @Test
    void enoughFailuresInARowPauseWithTheLastReason() {
        Subscription s = fresh();
        for (int i = 0; i < 3; i++) {
            s = s.failed("no answer within 1000 ms", NOW, BACKOFF, PAUSE_AFTER_3);
        }
        assertEquals(SubscriptionStatus.PAUSED, s.status());
        assertEquals(NOW, s.pausedAt());
        assertEquals("paused after 3 failed attempts in a row; the last: no answer within 1000 ms", s.pauseReason());
    }

    @Test
    void aDeliveryInBetweenStartsTheCountAgain() {
        Subscription s = fresh().failed("x", NOW, BACKOFF, PAUSE_AFTER_3).failed("x", NOW, BACKOFF, PAUSE_AFTER_3)
                .delivered().failed("x", NOW, BACKOFF, PAUSE_AFTER_3).failed("x", NOW, BACKOFF, PAUSE_AFTER_3);
        assertEquals(SubscriptionStatus.ACTIVE, s.status());
        assertEquals(2, s.consecutiveFailures());
        Subscription healed = s.delivered();
        assertEquals(0, healed.consecutiveFailures());
        assertNull(healed.retryAt());
    }

    @Test
    void resumingClearsThePauseAndResumingAnActiveOneChangesNothing() {
        Subscription paused = fresh();
        for (int i = 0; i < 3; i++) {
            paused = paused.failed("x", NOW, BACKOFF, PAUSE_AFTER_3);
        }
        Subscription resumed = paused.resumed();
        assertEquals(SubscriptionStatus.ACTIVE, resumed.status());
        assertEquals(0, resumed.consecutiveFailures());
        assertNull(resumed.retryAt());
        assertNull(resumed.pauseReason());
        Subscription active = fresh();
        assertSame(active, active.resumed());
    }

    @Test
    void aPausePolicyNeedsAtLeastOneFailure() {
        assertThrows(IllegalArgumentException.class, () -> new PausePolicy(0));
        assertTrue(new PausePolicy(1).pauses(1));
    }

    @Test
    void theSecretIsNeverPrinted() {
        Subscription s = fresh();
        assertTrue(s.secret().value().startsWith("whsec_"));
        assertTrue(!s.toString().contains(s.secret().value()), "toString must hide the secret");
    }
}
