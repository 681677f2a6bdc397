package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides in which buurten a lesson should be verified. Candidates come from typology in rank order; then, each
 * a small named rule below:
 * <ol>
 *   <li>{@link #bestPerBuurt}: each buurt once, at its best similarity, most similar first;</li>
 *   <li>{@link #excludeOrigins}: never where the lesson was learned: a lesson is only worth scaling up once it
 *       holds elsewhere;</li>
 *   <li>{@link #excludeAlreadyVerified}: never a buurt that already has a verification of this lesson;</li>
 *   <li>{@link #spreadOverTypes} (when {@code typesSpread}): take round-robin over typology types by rank, so a
 *       lesson claimed to be Generiek is tested in more than one type of buurt;</li>
 *   <li>{@link #withANonProeftuinBuurt}: at least one target without proeftuin status, to see whether pilot
 *       conditions drive the success.</li>
 * </ol>
 * A lesson has {@code targets} (K) open verifications at most: a later tagging only tops up what a gemeente
 * declined. Pure and deterministic: no I/O, no clock, no framework, ties by buurt code.
 */
public final class SuggestionPolicy {

    /** typology-service answers at most this many comparable buurten per request. */
    static final int MAX_CANDIDATES = 100;

    private final int targets;
    private final int candidatesPerTarget;
    private final boolean typesSpread;

    public SuggestionPolicy(int targets, int candidatesPerTarget, boolean typesSpread) {
        if (targets < 1) {
            throw new IllegalArgumentException("a lesson needs at least 1 verification target, not " + targets);
        }
        if (candidatesPerTarget < 1) {
            throw new IllegalArgumentException("ask typology for at least 1 candidate per target, not " + candidatesPerTarget);
        }
        this.targets = targets;
        this.candidatesPerTarget = candidatesPerTarget;
        this.typesSpread = typesSpread;
    }

    /** K targets, 5 candidates per target, spread over types. */
    public SuggestionPolicy(int targets) {
        this(targets, 5, true);
    }

    /** How many comparable buurten to ask typology for per origin: more than K, so the rules have room. */
    public int candidatesToAsk(int origins) {
        return Math.min(MAX_CANDIDATES, targets * candidatesPerTarget + origins);
    }

    /** For a lesson without verifications yet. */
    public List<ComparableBuurt> choose(Collection<BuurtCode> origins, Collection<ComparableBuurt> candidates) {
        return choose(origins, Set.of(), 0, candidates);
    }

    /**
     * @param origins         the buurten the lesson was learned in
     * @param alreadyVerified buurten that have a verification of this lesson, whatever its status
     * @param open            how many of those still count towards K (all but the declined ones)
     * @param candidates      comparable buurten, possibly from several origins, so possibly repeated
     * @return at most K − open new targets, most similar first
     */
    public List<ComparableBuurt> choose(Collection<BuurtCode> origins, Set<BuurtCode> alreadyVerified, int open,
                                        Collection<ComparableBuurt> candidates) {
        int room = targets - open;
        if (room <= 0) {
            return List.of();
        }
        List<ComparableBuurt> ranked = excludeAlreadyVerified(excludeOrigins(bestPerBuurt(candidates), origins),
                alreadyVerified);
        List<ComparableBuurt> chosen = typesSpread ? spreadOverTypes(ranked, room)
                : ranked.subList(0, Math.min(room, ranked.size()));
        return withANonProeftuinBuurt(chosen, ranked).stream().sorted(ComparableBuurt.MOST_SIMILAR_FIRST).toList();
    }

    /** Each buurt once, at its best similarity; most similar first, ties by code. */
    public static List<ComparableBuurt> bestPerBuurt(Collection<ComparableBuurt> candidates) {
        Map<BuurtCode, ComparableBuurt> best = new LinkedHashMap<>();
        candidates.stream().sorted(ComparableBuurt.MOST_SIMILAR_FIRST)
                .forEach(candidate -> best.putIfAbsent(candidate.code(), candidate));
        return List.copyOf(best.values());
    }

    public static List<ComparableBuurt> excludeOrigins(List<ComparableBuurt> ranked, Collection<BuurtCode> origins) {
        Set<BuurtCode> excluded = Set.copyOf(origins);
        return ranked.stream().filter(c -> !excluded.contains(c.code())).toList();
    }

    public static List<ComparableBuurt> excludeAlreadyVerified(List<ComparableBuurt> ranked,
                                                               Set<BuurtCode> alreadyVerified) {
        return ranked.stream().filter(c -> !alreadyVerified.contains(c.code())).toList();
    }

    /**
     * Takes {@code k} round-robin over the typology types, each type's buurten in rank order and the types in the
     * order of their best-ranked buurt. Buurten of unknown type count as one type of their own, so without
     * types from typology this is plain rank order.
     *
     * @return in the order taken
     */
    public static List<ComparableBuurt> spreadOverTypes(List<ComparableBuurt> ranked, int k) {
        Map<Optional<TypologyType>, Deque<ComparableBuurt>> byType = new LinkedHashMap<>();
        for (ComparableBuurt candidate : ranked) {
            byType.computeIfAbsent(Optional.ofNullable(candidate.type()), t -> new ArrayDeque<>()).add(candidate);
        }
        List<ComparableBuurt> taken = new ArrayList<>(k);
        while (taken.size() < k && byType.values().stream().anyMatch(q -> !q.isEmpty())) {
            for (Deque<ComparableBuurt> type : byType.values()) {
                if (taken.size() < k && !type.isEmpty()) {
                    taken.add(type.poll());
                }
            }
        }
        return taken;
    }

    /**
     * When none of {@code chosen} is known to lack proeftuin status, swaps the one taken last for the best-ranked
     * candidate that is known to lack it, if there is one. Unknown status never counts as non-proeftuin.
     */
    public static List<ComparableBuurt> withANonProeftuinBuurt(List<ComparableBuurt> chosen,
                                                                List<ComparableBuurt> ranked) {
        if (chosen.isEmpty() || chosen.stream().anyMatch(ComparableBuurt::knownNonProeftuin)) {
            return chosen;
        }
        Optional<ComparableBuurt> nonPilot = ranked.stream()
                .filter(ComparableBuurt::knownNonProeftuin)
                .filter(c -> chosen.stream().noneMatch(t -> Objects.equals(t.code(), c.code())))
                .findFirst();
        if (nonPilot.isEmpty()) {
            return chosen;
        }
        List<ComparableBuurt> swapped = new ArrayList<>(chosen.subList(0, chosen.size() - 1));
        swapped.add(nonPilot.get());
        return swapped;
    }

    public int targets() {
        return targets;
    }
}
