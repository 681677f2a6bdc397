package nl.schaalsprong.platform.time;

import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NativeTimestampsTest {

    private static final Instant MOMENT = Instant.parse("2026-12-06T20:15:30.123456Z");

    @Test
    void everyShapeTheDriverHandsBackIsTheSameInstantInUtc() {
        OffsetDateTime expected = MOMENT.atOffset(ZoneOffset.UTC);
        assertEquals(expected, NativeTimestamps.of(MOMENT));
        assertEquals(expected, NativeTimestamps.of(Timestamp.from(MOMENT)));
        assertEquals(expected, NativeTimestamps.of(expected));
    }

    @Test
    void aNullColumnStaysNull() {
        assertNull(NativeTimestamps.of(null));
    }

    @Test
    void somethingElseIsRefusedByItsType() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> NativeTimestamps.of("2026-12-06"));
        assertTrue(refused.getMessage().contains("String"), refused.getMessage());
    }
}
