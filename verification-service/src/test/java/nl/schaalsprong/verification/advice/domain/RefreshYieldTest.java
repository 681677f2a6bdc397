package nl.schaalsprong.verification.advice.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RefreshYieldTest {

    static final Duration PAUSE = Duration.ofMillis(50);

    @Test
    void pausesAfterEverySoManyRowsAndNowhereElse() {
        RefreshYield yield = new RefreshYield(5_000, PAUSE);
        assertEquals(Duration.ZERO, yield.after(1));
        assertEquals(Duration.ZERO, yield.after(4_999));
        assertEquals(PAUSE, yield.after(5_000));
        assertEquals(Duration.ZERO, yield.after(5_001));
        assertEquals(PAUSE, yield.after(10_000));
    }

    /** The scale run's hot tag: 320,060 rows read, 64 pauses of 50 ms, 3.2 s beside the work. */
    @Test
    void aReadPausesOnceForEachFullStretchOfRows() {
        RefreshYield yield = new RefreshYield(5_000, PAUSE);
        Duration paused = LongStream.rangeClosed(1, 320_060).mapToObj(yield::after).reduce(Duration.ZERO, Duration::plus);
        assertEquals(PAUSE.multipliedBy(64), paused);
    }

    @Test
    void noRowsReadNoPause() {
        assertEquals(Duration.ZERO, new RefreshYield(1, PAUSE).after(0));
    }

    @Test
    void aZeroPauseNeverPauses() {
        RefreshYield never = new RefreshYield(1, Duration.ZERO);
        assertEquals(Duration.ZERO, never.after(1));
        assertEquals(Duration.ZERO, never.after(1_000_000));
    }

    @Test
    void refusesWhatCannotBeMeant() {
        assertThrows(IllegalArgumentException.class, () -> new RefreshYield(0, PAUSE));
        assertThrows(IllegalArgumentException.class, () -> new RefreshYield(5_000, Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class, () -> new RefreshYield(5_000, null));
    }
}
