package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.cbs.GemeenteCode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides in which wijken or gemeenten a lesson of a larger {@link ScaleOfVerification scale} is verified, by the
 * rules {@link SuggestionPolicy} applies to buurten where they carry over:
 * <ol>
 *   <li>each area once, at its best similarity, most similar first (ties by code);</li>
 *   <li>never the area the lesson was learned in (its origin buurten' wijk or gemeente), nor one that already has a
 *       verification of this lesson;</li>
 *   <li>GROEI at wijk scale: the wijken of the lesson's own gemeente first ({@link OwnGemeenteFirst});</li>
 *   <li>at most {@code room} (K − open, the same cap as for buurten: K open verifications per lesson at any
 *       level);</li>
 *   <li>at least one area without proeftuin status when one is known to lack it (typology marks an area as
 *       proeftuin when any of its buurten is one; unknown never counts: then the rule cannot act).</li>
 * </ol>
 * Spreading over types and exploration are left out: typology gives areas no type, and the area rankings are short.
 * Pure and deterministic.
 */
public final class AreaSuggestionPolicy {

    private AreaSuggestionPolicy() {
    }

    /**
     * @param origins         the areas the lesson was learned in, at the lesson's level
     * @param alreadyVerified the targets that have a verification of this lesson, whatever its status or level
     * @param room            how many more may be suggested (K − open)
     * @param ownGemeente     for a GROEI lesson, the gemeente whose areas come first
     * @return at most {@code room} areas, home first (GROEI), then most similar first
     */
    public static List<ComparableArea> choose(Collection<VerificationTarget> origins,
                                              Set<VerificationTarget> alreadyVerified, int room,
                                              Collection<ComparableArea> candidates,
                                              Optional<GemeenteCode> ownGemeente) {
        if (room <= 0) {
            return List.of();
        }
        Map<VerificationTarget, ComparableArea> best = new LinkedHashMap<>();
        candidates.stream().sorted(ComparableArea.MOST_SIMILAR_FIRST)
                .filter(c -> !origins.contains(c.target()) && !alreadyVerified.contains(c.target()))
                .forEach(c -> best.putIfAbsent(c.target(), c));
        Comparator<ComparableArea> order = order(ownGemeente);
        List<ComparableArea> ranked = best.values().stream().sorted(order).toList();
        List<ComparableArea> chosen = new ArrayList<>(ranked.subList(0, Math.min(room, ranked.size())));
        if (!chosen.isEmpty() && chosen.stream().noneMatch(ComparableArea::knownNonProeftuin)) {
            ranked.stream().filter(ComparableArea::knownNonProeftuin).filter(c -> !chosen.contains(c)).findFirst()
                    .ifPresent(nonPilot -> chosen.set(chosen.size() - 1, nonPilot));
        }
        return chosen.stream().sorted(order).toList();
    }

    /** The areas of {@code ownGemeente} first (when given), then most similar first. */
    public static Comparator<ComparableArea> order(Optional<GemeenteCode> ownGemeente) {
        Comparator<ComparableArea> homeFirst = Comparator.comparing(
                c -> ownGemeente.isPresent() && !c.target().liesIn(ownGemeente.get()));
        return homeFirst.thenComparing(ComparableArea.MOST_SIMILAR_FIRST);
    }
}
