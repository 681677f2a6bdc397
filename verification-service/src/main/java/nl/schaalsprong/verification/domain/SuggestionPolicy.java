package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.cbs.GemeenteCode;

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
import java.util.SplittableRandom;

/**
 * Decides in which buurten a lesson should be verified. Candidates come from typology in rank order; then, each
 * a small named rule below:
 * <ol>
 *   <li>{@link #atHome} (GROEI only, see {@link OwnGemeenteFirst}): comparable buurten of the lesson's own gemeente
 *       take the first places, most similar first; the rules below fill what room is left, from elsewhere;</li>
 *   <li>{@link #bestPerBuurt}: each buurt once, at its best similarity, most similar first;</li>
 *   <li>{@link #excludeOrigins}: never where the lesson was learned: a lesson is only worth scaling up once it
 *       holds elsewhere;</li>
 *   <li>{@link #excludeAlreadyVerified}: never a buurt that already has a verification of this lesson;</li>
 *   <li>{@link #spreadOverTypes} (when {@code typesSpread}): take round-robin over typology types by rank, so a
 *       lesson claimed to be Generiek is tested in more than one type of buurt;</li>
 *   <li>{@link #withANonProeftuinBuurt}: at least one target without proeftuin status, to see whether pilot
 *       conditions drive the success;</li>
 *   <li>{@link #exploratoryCount} / {@link #drawnFurtherDown} (exploration): a share of the targets (default one in
 *       ten) is drawn at random from further down the ranking and marked exploratory. Verifying only the most
 *       similar buurten restricts the range learning sees (issue 11: a real effect was found first in only 41 % of
 *       simulated runs); evidence counts exploratory verifications like any other.</li>
 * </ol>
 * A lesson has {@code targets} (K) open verifications at most: a later tagging only tops up what a gemeente
 * declined. Pure and deterministic: no I/O, no clock, no framework, ties by buurt code; the exploratory draw comes
 * from a seed the caller gives (the lesson's id), so the same lesson and candidates give the same choice.
 */
public final class SuggestionPolicy {

    /** typology-service answers at most this many comparable buurten per request. */
    static final int MAX_CANDIDATES = 100;

    private final int targets;
    private final int candidatesPerTarget;
    private final boolean typesSpread;
    private final double explorationShare;

    /**
     * What the policy chose: the targets in {@link #order}, which of them were drawn to explore, and the gemeente
     * whose buurten come first (GROEI; null for other routes).
     */
    public record Choice(List<ComparableBuurt> targets, Set<BuurtCode> exploratory, GemeenteCode firstIn) {
        public static final Choice NONE = new Choice(List.of(), Set.of());

        public Choice {
            targets = List.copyOf(targets);
            exploratory = Set.copyOf(exploratory);
        }

        public Choice(List<ComparableBuurt> targets, Set<BuurtCode> exploratory) {
            this(targets, exploratory, null);
        }

        /** The same choice with other (explained) forms of its targets. */
        public Choice with(List<ComparableBuurt> explained) {
            return new Choice(explained, exploratory, firstIn);
        }

        public boolean isExploratory(ComparableBuurt target) {
            return exploratory.contains(target.code());
        }
    }

    /**
     * @param explorationShare the share of the targets drawn from further down the ranking, in [0, 1]
     */
    public SuggestionPolicy(int targets, int candidatesPerTarget, boolean typesSpread, double explorationShare) {
        this(new SuggestionPolicy(targets, candidatesPerTarget, typesSpread), requireShare(explorationShare));
    }

    private static double requireShare(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("the exploration share lies in [0, 1], not " + share);
        }
        return share;
    }

    /** Without exploration. */
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
        this.explorationShare = 0;
    }

    private SuggestionPolicy(SuggestionPolicy policy, double explorationShare) {
        this.targets = policy.targets;
        this.candidatesPerTarget = policy.candidatesPerTarget;
        this.typesSpread = policy.typesSpread;
        this.explorationShare = explorationShare;
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

    /** {@link #choose(Collection, Set, int, Collection, long)} with draw 0: the targets only. */
    public List<ComparableBuurt> choose(Collection<BuurtCode> origins, Set<BuurtCode> alreadyVerified, int open,
                                        Collection<ComparableBuurt> candidates) {
        return choose(origins, alreadyVerified, open, candidates, 0L).targets();
    }

    /** {@link #choose(Collection, Set, int, Collection, long, Optional)} for a lesson not on route GROEI. */
    public Choice choose(Collection<BuurtCode> origins, Set<BuurtCode> alreadyVerified, int open,
                         Collection<ComparableBuurt> candidates, long draw) {
        return choose(origins, alreadyVerified, open, candidates, draw, Optional.empty());
    }

    /**
     * @param origins         the buurten the lesson was learned in
     * @param alreadyVerified buurten that have a verification of this lesson, whatever its status
     * @param open            how many of those still count towards K (all but the declined ones)
     * @param candidates      comparable buurten, possibly from several origins, so possibly repeated
     * @param draw            seed of the exploratory draw (the lesson's id, so a lesson always draws the same)
     * @param ownGemeente     for a GROEI lesson, the gemeente whose buurten come first ({@link OwnGemeenteFirst})
     * @return at most K − open new targets in {@link #order}, with the exploratory ones marked
     */
    public Choice choose(Collection<BuurtCode> origins, Set<BuurtCode> alreadyVerified, int open,
                         Collection<ComparableBuurt> candidates, long draw, Optional<GemeenteCode> ownGemeente) {
        int room = targets - open;
        if (room <= 0) {
            return Choice.NONE;
        }
        List<ComparableBuurt> ranked = excludeAlreadyVerified(excludeOrigins(bestPerBuurt(candidates), origins),
                alreadyVerified);
        if (ownGemeente.isEmpty()) {
            return elsewhere(ranked, room, draw);
        }
        GemeenteCode home = ownGemeente.get();
        List<ComparableBuurt> atHome = atHome(ranked, home, room);
        List<ComparableBuurt> rest = ranked.stream().filter(c -> !atHome.contains(c)).toList();
        Choice elsewhere = elsewhere(rest, room - atHome.size(), draw);
        List<ComparableBuurt> chosen = new ArrayList<>(atHome);
        chosen.addAll(elsewhere.targets());
        // The pilot-bias check looks at the whole choice, and prefers a non-proeftuin buurt at home.
        List<ComparableBuurt> homeFirst = new ArrayList<>(ranked.stream().filter(c -> inGemeente(c, home)).toList());
        homeFirst.addAll(rest);
        chosen = withANonProeftuinBuurt(chosen, homeFirst);
        return new Choice(chosen.stream().sorted(order(home)).toList(), elsewhere.exploratory(), home);
    }

    /** The K-room choice without a home gemeente: the numbered rules 2 to 6 of this class. */
    private Choice elsewhere(List<ComparableBuurt> ranked, int room, long draw) {
        if (room <= 0) {
            return Choice.NONE;
        }
        SplittableRandom random = new SplittableRandom(draw);
        int exploring = exploratoryCount(room, explorationShare, random.nextDouble());
        List<ComparableBuurt> regular = regular(ranked, room - exploring);
        List<ComparableBuurt> explored = drawnFurtherDown(ranked, room, regular, exploring, random);
        List<ComparableBuurt> chosen = new ArrayList<>(regular);
        chosen.addAll(explored);
        if (explored.size() < exploring) {
            // Nothing further down to explore: the room goes to the regular choice after all.
            chosen = regular(ranked, room);
        }
        return new Choice(chosen.stream().sorted(ComparableBuurt.MOST_SIMILAR_FIRST).toList(),
                explored.size() < exploring ? Set.of()
                        : explored.stream().map(ComparableBuurt::code).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * GROEI's first step: at most {@code room} of the ranked buurten that lie in {@code gemeente}, most similar
     * first.
     */
    public static List<ComparableBuurt> atHome(List<ComparableBuurt> ranked, GemeenteCode gemeente, int room) {
        return ranked.stream().filter(c -> inGemeente(c, gemeente)).limit(Math.max(0, room)).toList();
    }

    private static boolean inGemeente(ComparableBuurt candidate, GemeenteCode gemeente) {
        return candidate.code().gemeente().equals(gemeente);
    }

    /** Buurten of {@code firstIn} first (when given), then most similar first; ties by code. */
    public static java.util.Comparator<ComparableBuurt> order(GemeenteCode firstIn) {
        return homeFirst(firstIn).thenComparing(ComparableBuurt.MOST_SIMILAR_FIRST);
    }

    /** Buurten of {@code home} before all others; no order at all when there is no home (null). */
    private static java.util.Comparator<ComparableBuurt> homeFirst(GemeenteCode home) {
        return java.util.Comparator.comparing(c -> home != null && !inGemeente(c, home));
    }

    /**
     * What remains of an earlier choice (chosen outside the transaction) now that {@code alreadyVerified} may have
     * grown: never an origin or a buurt verified meanwhile, at most K − open; the buurten of the home gemeente
     * first (GROEI), then the regular targets, then the exploratory ones.
     */
    public Choice keepOpen(Choice chosen, Collection<BuurtCode> origins, Set<BuurtCode> alreadyVerified, int open) {
        int room = targets - open;
        if (room <= 0) {
            return Choice.NONE;
        }
        List<ComparableBuurt> remaining = excludeAlreadyVerified(excludeOrigins(chosen.targets(), origins),
                alreadyVerified);
        GemeenteCode home = chosen.firstIn();
        List<ComparableBuurt> kept = remaining.stream()
                .sorted(homeFirst(home).thenComparing(chosen::isExploratory))
                .limit(room).sorted(order(home)).toList();
        return new Choice(kept, kept.stream().filter(chosen::isExploratory).map(ComparableBuurt::code)
                .collect(java.util.stream.Collectors.toSet()), home);
    }

    private List<ComparableBuurt> regular(List<ComparableBuurt> ranked, int k) {
        if (k <= 0) {
            return List.of();
        }
        List<ComparableBuurt> chosen = typesSpread ? spreadOverTypes(ranked, k)
                : ranked.subList(0, Math.min(k, ranked.size()));
        return withANonProeftuinBuurt(chosen, ranked);
    }

    /**
     * How many of {@code room} targets explore: the share's whole part, plus one with the probability of its
     * fraction ({@code uniform} in [0, 1)), so that on average exactly the share of the targets explores, also for
     * a top-up of a few.
     */
    public static int exploratoryCount(int room, double share, double uniform) {
        double expected = room * share;
        int whole = (int) Math.floor(expected + 1e-9);
        return Math.min(room, whole + (uniform < expected - whole ? 1 : 0));
    }

    /**
     * {@code count} buurten drawn at random (uniformly) from the ranking below its first {@code room} places, none
     * of them among {@code regular}: buurten the regular choice would not reach. Fewer when there are fewer.
     */
    public static List<ComparableBuurt> drawnFurtherDown(List<ComparableBuurt> ranked, int room,
                                                         List<ComparableBuurt> regular, int count,
                                                         SplittableRandom random) {
        if (count <= 0 || ranked.size() <= room) {
            return List.of();
        }
        Set<BuurtCode> taken = regular.stream().map(ComparableBuurt::code).collect(java.util.stream.Collectors.toSet());
        List<ComparableBuurt> further = new ArrayList<>(ranked.subList(room, ranked.size()).stream()
                .filter(c -> !taken.contains(c.code())).toList());
        List<ComparableBuurt> drawn = new ArrayList<>();
        while (drawn.size() < count && !further.isEmpty()) {
            drawn.add(further.remove(random.nextInt(further.size())));
        }
        return drawn;
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

    public double explorationShare() {
        return explorationShare;
    }
}
