package nl.schaalsprong.verification.domain;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StatusCountsTest {

    @Test
    void everyStatusAndOutcomeIsListedInLifecycleOrderWithZeros() {
        StatusCounts counts = StatusCounts.of(Map.of(
                new StatusCounts.Key(VerificationStatus.DECLINED, null), 2L,
                new StatusCounts.Key(VerificationStatus.CONCLUDED, Outcome.INCONCLUSIVE), 1L));
        assertEquals(6, counts.counts().size());
        assertEquals(new StatusCounts.Count(VerificationStatus.SUGGESTED, null, 0), counts.counts().get(0));
        assertEquals(new StatusCounts.Count(VerificationStatus.DECLINED, null, 2), counts.counts().get(2));
        assertEquals(new StatusCounts.Count(VerificationStatus.CONCLUDED, Outcome.INCONCLUSIVE, 1), counts.counts().get(5));
        assertEquals(3, counts.total());
    }

    @Test
    void onlyAConcludedCountHasAnOutcomeAndNoCountIsNegative() {
        assertThrows(IllegalArgumentException.class,
                () -> new StatusCounts.Count(VerificationStatus.ACCEPTED, Outcome.CONFIRMED, 1));
        assertThrows(IllegalArgumentException.class, () -> new StatusCounts.Count(VerificationStatus.CONCLUDED, null, 1));
        assertThrows(IllegalArgumentException.class, () -> new StatusCounts.Count(VerificationStatus.SUGGESTED, null, -1));
    }
}
