package nl.schaalsprong.local.run;

import java.util.List;
import java.util.Locale;

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

    private final List<String> options;

    JvmProfile(List<String> options) {
        this.options = options;
    }

    /** JVM options added after the defaults; for -XX flags the last one given wins. */
    public List<String> options() {
        return options;
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
