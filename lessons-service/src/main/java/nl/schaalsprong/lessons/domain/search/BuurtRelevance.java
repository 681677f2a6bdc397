package nl.schaalsprong.lessons.domain.search;

import nl.schaalsprong.platform.cbs.BuurtCode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which lessons matter for a buurt: those learned in the buurt itself or in a buurt comparable to it, the
 * most similar origin first. A lesson from several origins counts by its most similar one.
 */
public final class BuurtRelevance {

    private BuurtRelevance() {
    }

    /** A relevant lesson and the origin that makes it so. */
    public record Match<T>(T lesson, BuurtCode origin, double similarity) {
    }

    /**
     * @param newestFirst orders lessons of equal similarity; it must end in a unique key so the order is total
     */
    public static <T> List<Match<T>> rank(BuurtCode buurt, List<ComparableBuurt> comparable, List<T> lessons,
                                          Function<T, List<BuurtCode>> origins, Comparator<T> newestFirst) {
        Map<BuurtCode, Double> similarity = new HashMap<>();
        comparable.forEach(c -> similarity.merge(c.code(), c.similarity(), Math::max));
        similarity.put(buurt, 1.0);
        List<Match<T>> matches = new ArrayList<>();
        for (T lesson : lessons) {
            BuurtCode best = null;
            double bestSimilarity = -1;
            for (BuurtCode origin : origins.apply(lesson)) {
                Double s = similarity.get(origin);
                if (s != null && (s > bestSimilarity || (s == bestSimilarity && origin.compareTo(best) < 0))) {
                    best = origin;
                    bestSimilarity = s;
                }
            }
            if (best != null) {
                matches.add(new Match<>(lesson, best, bestSimilarity));
            }
        }
        matches.sort(Comparator.<Match<T>>comparingDouble(Match::similarity).reversed()
                .thenComparing(Match::lesson, newestFirst));
        return matches;
    }
}
