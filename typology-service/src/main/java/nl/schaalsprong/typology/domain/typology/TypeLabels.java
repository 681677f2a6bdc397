package nl.schaalsprong.typology.domain.typology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels of a typology's types, made distinct: each type is named by its two most distinguishing dimensions that
 * differ notably (as the UK Output Area Classification names its clusters), and while two types would read the same,
 * each of them takes its next most distinct dimension as well, until they differ. Two types alike on every
 * dimension's wording (never seen in practice) are told apart by their most typical buurt. Pure.
 */
public final class TypeLabels {

    static final int NAMED_DIMENSIONS = 2;
    static final String AVERAGE = "rond het landelijk gemiddelde";

    private TypeLabels() {
    }

    /**
     * @param portraits one per type, type 1 first
     * @param medoids   each type's most typical buurt, same order
     * @return "Type n: ..." per type, same order; no two alike after the "Type n: " prefix
     */
    public static List<String> of(List<PenPortrait> portraits, List<String> medoids) {
        if (portraits.size() != medoids.size()) {
            throw new IllegalArgumentException(portraits.size() + " portraits for " + medoids.size() + " medoids");
        }
        List<List<DimensionProfile>> ordered = portraits.stream().map(PenPortrait::byDistinctness).toList();
        int[] named = new int[portraits.size()];
        for (int t = 0; t < named.length; t++) {
            named[t] = (int) ordered.get(t).stream().limit(NAMED_DIMENSIONS).filter(DimensionProfile::notable).count();
        }
        List<String> descriptions = describe(ordered, named);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (List<Integer> alike : alike(descriptions)) {
                for (int t : alike) {
                    if (named[t] < ordered.get(t).size()) {
                        named[t]++;
                        grew = true;
                    }
                }
            }
            descriptions = describe(ordered, named);
        }
        for (List<Integer> alike : alike(descriptions)) {
            for (int t : alike) {
                descriptions.set(t, descriptions.get(t) + ", zoals buurt " + medoids.get(t));
            }
        }
        List<String> labels = new ArrayList<>(descriptions.size());
        for (int t = 0; t < descriptions.size(); t++) {
            labels.add("Type " + (t + 1) + ": " + descriptions.get(t));
        }
        return labels;
    }

    private static List<String> describe(List<List<DimensionProfile>> ordered, int[] named) {
        List<String> descriptions = new ArrayList<>(named.length);
        for (int t = 0; t < named.length; t++) {
            List<String> phrases = ordered.get(t).stream().limit(named[t]).map(DimensionProfile::phrase).toList();
            descriptions.add(phrases.isEmpty() ? AVERAGE : String.join(", ", phrases));
        }
        return descriptions;
    }

    /** Groups of two or more types with the same description. */
    private static List<List<Integer>> alike(List<String> descriptions) {
        Map<String, List<Integer>> byText = new HashMap<>();
        for (int t = 0; t < descriptions.size(); t++) {
            byText.computeIfAbsent(descriptions.get(t), text -> new ArrayList<>()).add(t);
        }
        return byText.values().stream().filter(group -> group.size() > 1).toList();
    }
}
