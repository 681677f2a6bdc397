package nl.schaalsprong.lessons.domain;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Barriers counted per status, per level of government or per month signalled (UTC). Statuses and levels are all
 * listed, in their order, zeros included; months run from the first to the last month with a barrier, quiet months
 * as zeros, so a chart over time shows the gaps.
 */
public record BarrierTally(By by, long total, List<Count> groups) {

    public enum By { STATUS, LEVEL, MONTH }

    /** What the tally needs of one barrier. */
    public record Signalled(BarrierStatus status, GovernmentLevel level, YearMonth month) {
        public Signalled {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(month, "month");
        }
    }

    /** @param key the status, level or month (YYYY-MM) */
    public record Count(String key, long barriers) {
    }

    public static BarrierTally of(By by, Collection<Signalled> barriers) {
        Map<String, Long> counts = new LinkedHashMap<>();
        switch (by) {
            case STATUS -> Arrays.stream(BarrierStatus.values()).forEach(s -> counts.put(s.name(), 0L));
            case LEVEL -> Arrays.stream(GovernmentLevel.values()).forEach(l -> counts.put(l.name(), 0L));
            case MONTH -> barriers.stream().map(Signalled::month).min(YearMonth::compareTo).ifPresent(first -> {
                YearMonth last = barriers.stream().map(Signalled::month).max(YearMonth::compareTo).orElseThrow();
                for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                    counts.put(m.toString(), 0L);
                }
            });
        }
        for (Signalled barrier : barriers) {
            String key = switch (by) {
                case STATUS -> barrier.status().name();
                case LEVEL -> barrier.level().name();
                case MONTH -> barrier.month().toString();
            };
            counts.merge(key, 1L, Long::sum);
        }
        return new BarrierTally(by, barriers.size(),
                counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList());
    }
}
