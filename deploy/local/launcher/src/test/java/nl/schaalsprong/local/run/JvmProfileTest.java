package nl.schaalsprong.local.run;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JvmProfileTest {

    @Test
    void quickStartIsTheDefaultAndAddsNothing() {
        assertEquals(JvmProfile.QUICK_START, JvmProfile.parse(null));
        assertEquals(JvmProfile.QUICK_START, JvmProfile.parse(" "));
        assertEquals(List.of(), JvmProfile.QUICK_START.options());
        assertTrue(ServiceProcess.DEFAULT_JVM_OPTIONS.contains("-XX:TieredStopAtLevel=1"));
    }

    @Test
    void throughputTurnsC2BackOnWithRoomForItsCode() {
        assertEquals(JvmProfile.THROUGHPUT, JvmProfile.parse("throughput"));
        assertEquals(JvmProfile.QUICK_START, JvmProfile.parse("Quick-Start"));
        assertTrue(JvmProfile.THROUGHPUT.options().contains("-XX:TieredStopAtLevel=4"));
    }

    @Test
    void anUnknownProfileIsRefusedByName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> JvmProfile.parse("fast"));
        assertTrue(refused.getMessage().contains("SCHAALSPRONG_JVM_PROFILE"), refused.getMessage());
    }
}
