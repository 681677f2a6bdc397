package nl.schaalsprong.local.run;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /**
     * typology-service's memory settings (docs/benchmarks.md, "Session 10: typology memory unattended"): without
     * them its heap stays at its maximum after the start-up imports and the service sits at about 417 MB resident.
     */
    @Test
    void typologyServiceHandsIdleHeapBackUnderEveryProfile() {
        for (JvmProfile profile : JvmProfile.values()) {
            List<String> options = profile.options(SuiteService.TYPOLOGY, List.of());
            for (String option : List.of("-XX:+UseG1GC", "-XX:G1PeriodicGCInterval=15000", "-XX:MaxHeapFreeRatio=20",
                    "-XX:MinHeapFreeRatio=5", "-Xms16m", "-XX:MarkStackSize=262144", "-XX:TrimNativeHeapInterval=5000")) {
                assertTrue(options.contains(option), profile + " gives typology-service " + option + ": " + options);
            }
            // The defaults name the serial collector; two collectors switched on refuse to start the JVM.
            assertTrue(options.contains("-XX:-UseSerialGC")
                    && options.indexOf("-XX:-UseSerialGC") < options.indexOf("-XX:+UseG1GC"), options.toString());
            assertEquals(Map.of("MALLOC_ARENA_MAX", "2"), JvmProfile.environment(SuiteService.TYPOLOGY));
        }
    }

    /**
     * typology-service's search needs C2 and its memory target rules out tiered C2 (docs/benchmarks.md, "Session 16"):
     * under every profile it compiles with C2 alone, whatever level the defaults stopped at (the last flag wins).
     */
    @Test
    void typologyServiceCompilesWithC2AloneUnderEveryProfile() {
        for (JvmProfile profile : JvmProfile.values()) {
            List<String> options = new ArrayList<>(ServiceProcess.DEFAULT_JVM_OPTIONS);
            options.addAll(profile.options(SuiteService.TYPOLOGY, List.of()));
            assertTrue(options.contains("-XX:-TieredCompilation"), profile + ": " + options);
            assertEquals("-XX:TieredStopAtLevel=4",
                    options.stream().filter(o -> o.startsWith("-XX:TieredStopAtLevel=")).reduce((a, b) -> b).orElseThrow(),
                    profile + ": " + options);
        }
    }

    @Test
    void theOtherServicesKeepTheDefaultsAndTheirProfile() {
        for (SuiteService service : List.of(SuiteService.LESSONS, SuiteService.VERIFICATION, SuiteService.DASHBOARD)) {
            assertEquals(JvmProfile.THROUGHPUT.options(), JvmProfile.THROUGHPUT.options(service, List.of()));
            assertEquals(List.of(), JvmProfile.QUICK_START.options(service, List.of()));
            assertEquals(Map.of(), JvmProfile.environment(service));
        }
    }

    @Test
    void theProfileComesAfterTheMemorySettingsAndTheAppendedOptionsLast() {
        List<String> appended = JvmProfile.appended("  -XX:+UseSerialGC   -XX:-UseG1GC ");
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:-UseG1GC"), appended);
        List<String> options = JvmProfile.THROUGHPUT.options(SuiteService.TYPOLOGY, appended);
        assertEquals(appended, options.subList(options.size() - 2, options.size()));
        int memory = options.indexOf("-XX:G1PeriodicGCInterval=15000");
        assertTrue(memory >= 0 && memory < options.indexOf("-XX:ReservedCodeCacheSize=240m"), options.toString());
        assertEquals(List.of(), JvmProfile.appended(null));
        assertEquals(List.of(), JvmProfile.appended(" "));
    }
}
