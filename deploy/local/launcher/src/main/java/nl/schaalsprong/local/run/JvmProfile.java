package nl.schaalsprong.local.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which JIT the local services run with, chosen by {@code SCHAALSPRONG_JVM_PROFILE}. The default, QUICK_START,
 * keeps {@link ServiceProcess#DEFAULT_JVM_OPTIONS} (C1 only): on two cores it starts the suite soonest, which is
 * what someone trying the product wants. THROUGHPUT adds C2 with room for its code, as the container images run
 * (their JVM keeps its default JIT): it costs compile time in the first minute or two, then spends less CPU per
 * event than C1 ever does. The sustained-load benchmarks run with it, after a warm-up (docs/benchmarks.md).
 */
public enum JvmProfile {

    QUICK_START(List.of()),
    THROUGHPUT(List.of("-XX:TieredStopAtLevel=4", "-XX:ReservedCodeCacheSize=240m"));

    static final String VARIABLE = "SCHAALSPRONG_JVM_PROFILE";

    /** JVM options appended after everything else, to every service: for trying settings (docs/benchmarks.md). */
    static final String APPENDED_VARIABLE = "SCHAALSPRONG_JVM_OPTIONS";

    /**
     * typology-service holds every buurt's figures in memory and its bulk jobs (imports, typology runs) grow the
     * heap to its maximum for a minute; with the serial collector that heap then stays committed (417 MB resident,
     * 192 MB of it heap for a 47 MB live set). G1 with a periodic collection (JEP 346) notices the service is idle
     * and, at the end of that concurrent cycle, hands back what is more than 20 % free; a 16 MB floor lets it go
     * that low. Measured in docs/benchmarks.md, "Session 10: typology memory unattended". Session 15 (same file) took
     * off what G1 and C2 hold besides the heap: G1's marking stack is committed at 4M entries (32 MB) up front, where
     * 256K entries (2 MB) suffice for a 50 MB live set (it grows on overflow); and a C2 compilation's arenas, freed to
     * glibc, stay resident until the native heap is trimmed, which the JVM now does every 5 s.
     */
    static final List<String> TYPOLOGY_MEMORY_OPTIONS = List.of("-XX:-UseSerialGC", "-XX:+UseG1GC",
            "-XX:G1PeriodicGCInterval=15000", "-XX:MinHeapFreeRatio=5", "-XX:MaxHeapFreeRatio=20", "-Xms16m",
            "-XX:MarkStackSize=262144", "-XX:TrimNativeHeapInterval=5000");

    /**
     * typology-service compiles with C2 alone, under every profile. Its comparable search is a float loop over every
     * buurt that C1 runs some 40 times slower than C2 (730 against 18 microseconds a pass in a side-by-side probe), so
     * with the quick-start profile's C1 it served 1,460-1,700 searches a second where 3,000 are asked; tiered C2 served
     * them but held 35 MB more at rest, most of it the first tier's profiled code (40 MB of code against 11 MB). C2
     * alone compiles only what runs hot: in four runs 4,750-5,638 searches a second and 289-298 MB at rest after the
     * bulk work and the search load, though 90 s after start-up two runs were still at 302 and 323 MB
     * (docs/benchmarks.md, "Session 16"; since session 17 typology-service hands the heap back when its last job ends:
     * 280-282 MB there). The price is a slower start (12-15 s against 7 s on its own), which the
     * other services, with no such loop, need not pay. The earlier TieredStopAtLevel=1 of the defaults is overridden.
     */
    static final List<String> TYPOLOGY_JIT_OPTIONS = List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation");

    /**
     * glibc gives every thread that allocates natively its own malloc arena (up to 8 per core), each keeping its
     * freed memory; two arenas are enough for a service whose native allocations are the JVM's own.
     */
    static final Map<String, String> TYPOLOGY_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private final List<String> options;

    JvmProfile(List<String> options) {
        this.options = options;
    }

    /** JVM options added after the defaults; for -XX flags the last one given wins. */
    public List<String> options() {
        return options;
    }

    /**
     * The options {@code service} starts with after {@link ServiceProcess#DEFAULT_JVM_OPTIONS}: typology-service's
     * memory and JIT settings first, then this profile's (so THROUGHPUT's code cache wins), then {@code appended}.
     */
    public List<String> options(SuiteService service, List<String> appended) {
        List<String> all = new ArrayList<>();
        if (service == SuiteService.TYPOLOGY) {
            all.addAll(TYPOLOGY_MEMORY_OPTIONS);
            all.addAll(TYPOLOGY_JIT_OPTIONS);
        }
        all.addAll(options);
        all.addAll(appended);
        return List.copyOf(all);
    }

    /** Environment variables {@code service}'s process gets besides the launcher's own. */
    public static Map<String, String> environment(SuiteService service) {
        return service == SuiteService.TYPOLOGY ? TYPOLOGY_ENVIRONMENT : Map.of();
    }

    /** {@value #APPENDED_VARIABLE} split on white space; empty when unset. */
    public static List<String> appendedFromEnvironment() {
        return appended(System.getenv(APPENDED_VARIABLE));
    }

    static List<String> appended(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.strip().split("\\s+"));
    }

    public static JvmProfile fromEnvironment() {
        return parse(System.getenv(VARIABLE));
    }

    static JvmProfile parse(String value) {
        if (value == null || value.isBlank()) {
            return QUICK_START;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(VARIABLE + " must be quick-start or throughput, not '" + value + "'", e);
        }
    }
}
