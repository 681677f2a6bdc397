package nl.schaalsprong.verification.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PendingPaceTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 8, 9, 0, 0, 0, ZoneOffset.UTC);
    static final PendingPace PACE = new PendingPace(new RetryBackoff(Duration.ofSeconds(5), Duration.ofMinutes(5)),
            Duration.ofHours(1));

    @Test
    void anOutageIsAskedAgainWithBackoff() {
        assertEquals(NOW.plusSeconds(5), PACE.nextAttempt(WaitingFor.TYPOLOGY, 1, NOW));
        assertEquals(NOW.plusSeconds(20), PACE.nextAttempt(WaitingFor.TYPOLOGY, 3, NOW));
        assertEquals(NOW.plusMinutes(5), PACE.nextAttempt(WaitingFor.TYPOLOGY, 30, NOW));
    }

    @Test
    void missingFiguresAreCheckedAgainOnlyAfterTheRecheckWhateverTheAttempts() {
        assertEquals(NOW.plusHours(1), PACE.nextAttempt(WaitingFor.ORIGIN_DATA, 1, NOW));
        assertEquals(NOW.plusHours(1), PACE.nextAttempt(WaitingFor.ORIGIN_DATA, 12, NOW));
    }

    @Test
    void aRecheckMustBePositive() {
        RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(5), Duration.ofMinutes(5));
        assertThrows(IllegalArgumentException.class, () -> new PendingPace(backoff, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new PendingPace(backoff, Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> new PendingPace(backoff, null));
    }
}
