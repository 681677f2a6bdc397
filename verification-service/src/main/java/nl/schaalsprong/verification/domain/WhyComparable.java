package nl.schaalsprong.verification.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Why a verification's buurt is held comparable to the lesson's origin, in a gemeente's terms: how similar it is, the
 * dimensions it differs most on (those that took the most similarity away) and those it is (nearly) alike on, from
 * what typology recorded. Derived, pure.
 *
 * @param differsMostOn up to {@value #SHOWN} dimensions that took similarity away and are not alike, most first
 * @param alikeOn       up to {@value #SHOWN} dimensions with a known distance of at most {@value #ALIKE}, closest
 *                      first
 * @param summary       one Dutch sentence saying the same, and whether the gemeente chose the buurt itself
 */
public record WhyComparable(double similarity, List<String> differsMostOn, List<String> alikeOn, String summary) {

    static final int SHOWN = 3;
    /** A Gower distance this small (a tenth of the dimension's range) reads as alike. */
    static final double ALIKE = 0.1;

    public WhyComparable {
        differsMostOn = List.copyOf(differsMostOn);
        alikeOn = List.copyOf(alikeOn);
    }

    public static WhyComparable of(Verification verification) {
        return of(verification.similarity, verification.comparison(), verification.nominated());
    }

    static WhyComparable of(double similarity, Map<String, DimensionDifference> comparison, boolean nominated) {
        List<String> differs = comparison.entrySet().stream()
                // A dimension never reads as both: one alike on (a small distance) is not also where it differs most.
                .filter(e -> e.getValue().contribution() > 0 && !alike(e.getValue()))
                .sorted(Comparator.comparingDouble((Map.Entry<String, DimensionDifference> e) -> e.getValue().contribution())
                        .reversed().thenComparing(Map.Entry::getKey))
                .limit(SHOWN).map(Map.Entry::getKey).toList();
        List<String> alike = comparison.entrySet().stream()
                .filter(e -> alike(e.getValue()))
                .sorted(Comparator.comparingDouble((Map.Entry<String, DimensionDifference> e) -> e.getValue().distance())
                        .thenComparing(Map.Entry::getKey))
                .limit(SHOWN).map(Map.Entry::getKey).toList();
        List<String> parts = new ArrayList<>();
        parts.add((nominated ? "Door de gemeente zelf gekozen; lijkt" : "Voorgesteld omdat het")
                + String.format(Locale.ROOT, " voor %d%% op de herkomst", Math.round(similarity * 100))
                + (nominated ? "" : " lijkt"));
        if (comparison.isEmpty()) {
            parts.add("typology gaf geen verschillen per dimensie");
        } else {
            parts.add(differs.isEmpty() ? "verschilt op geen dimensie" : "verschilt het meest in " + String.join(", ", differs));
            if (!alike.isEmpty()) {
                parts.add("vrijwel gelijk in " + String.join(", ", alike));
            }
        }
        return new WhyComparable(similarity, differs, alike, String.join("; ", parts) + ".");
    }

    private static boolean alike(DimensionDifference difference) {
        return difference.distance() != null && difference.distance() <= ALIKE;
    }
}
