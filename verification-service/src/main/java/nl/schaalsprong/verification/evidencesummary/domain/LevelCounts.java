package nl.schaalsprong.verification.evidencesummary.domain;

import nl.schaalsprong.verification.domain.evidence.EvidenceLevel;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How many lessons stand at each evidence level; every level is present, zero when none stands there. */
public final class LevelCounts {

    private final EnumMap<EvidenceLevel, Long> counts = new EnumMap<>(EvidenceLevel.class);

    LevelCounts() {
        Arrays.stream(EvidenceLevel.values()).forEach(level -> counts.put(level, 0L));
    }

    void add(EvidenceLevel level) {
        counts.merge(level, 1L, Long::sum);
    }

    public long of(EvidenceLevel level) {
        return counts.get(level);
    }

    public long lessons() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<EvidenceLevel, Long> asMap() {
        return Collections.unmodifiableMap(counts);
    }
}
