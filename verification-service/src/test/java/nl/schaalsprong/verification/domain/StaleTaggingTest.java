package nl.schaalsprong.verification.domain;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaleTaggingTest {

    private static final OffsetDateTime HELD = OffsetDateTime.parse("2026-11-28T10:15:30Z");

    @Test
    void aTaggingOlderThanTheOneHeldIsStale() {
        assertTrue(StaleTagging.isStale(HELD, HELD.minusSeconds(1)));
    }

    @Test
    void theSameOrALaterTaggingIsNot() {
        assertFalse(StaleTagging.isStale(HELD, HELD));
        assertFalse(StaleTagging.isStale(HELD, HELD.plusSeconds(1)));
    }

    @Test
    void anUnknownLessonOrAnUnknownTimeIsNeverStale() {
        assertFalse(StaleTagging.isStale(null, HELD));
        assertFalse(StaleTagging.isStale(HELD, null));
    }
}
