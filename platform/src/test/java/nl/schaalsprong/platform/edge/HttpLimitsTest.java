package nl.schaalsprong.platform.edge;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HttpLimitsTest {

    @Test
    void limitsAreNamedAsAPersonReadsThem() {
        assertEquals("1 MB", HttpLimits.readable(1024 * 1024));
        assertEquals("32 MB", HttpLimits.readable(32L * 1024 * 1024));
        assertEquals("512 kB", HttpLimits.readable(512 * 1024));
        assertEquals("1000 bytes", HttpLimits.readable(1000));
    }
}
