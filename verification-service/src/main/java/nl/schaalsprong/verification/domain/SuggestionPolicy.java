package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides in which buurten a lesson should be verified: the {@code targets} most comparable buurten that are
 * not where the lesson was learned. A lesson is only worth scaling up once it holds elsewhere, so its own
 * origin never counts as a verification. Pure: no I/O, no clock, no framework.
 */
public final class SuggestionPolicy {

    private final int targets;

    public SuggestionPolicy(int targets) {
        if (targets < 1) {
            throw new IllegalArgumentException("a lesson needs at least 1 verification target, not " + targets);
        }
        this.targets = targets;
    }

    /**
     * @param origins    the buurten the lesson was learned in
     * @param candidates comparable buurten, possibly from several origins, so possibly repeated
     * @return at most {@link #targets()} buurten, most similar first, each buurt once (at its best similarity)
     */
    public List<ComparableBuurt> choose(Collection<BuurtCode> origins, Collection<ComparableBuurt> candidates) {
        Set<BuurtCode> excluded = Set.copyOf(origins);
        Map<BuurtCode, ComparableBuurt> best = new LinkedHashMap<>();
        candidates.stream()
                .sorted(ComparableBuurt.MOST_SIMILAR_FIRST)
                .filter(candidate -> !excluded.contains(candidate.code()))
                .forEach(candidate -> best.putIfAbsent(candidate.code(), candidate));
        return best.values().stream().limit(targets).toList();
    }

    public int targets() {
        return targets;
    }
}
