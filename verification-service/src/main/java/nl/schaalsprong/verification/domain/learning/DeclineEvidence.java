package nl.schaalsprong.verification.domain.learning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a decline naming a dimension ("the buurt differs on STEDELIJKHEID") tells learning: one example that did not
 * transfer, on that dimension alone, at the distance typology recorded on it when the buurt was suggested. The
 * gemeente judged that difference too large; the other dimensions it said nothing about, so they are left out of
 * the example (learning then takes their mean: they pull neither way). A decline is not an outcome: it counts
 * towards none of the publication minimums, so declines alone can never publish a basis. Pure.
 */
public final class DeclineEvidence {

    private DeclineEvidence() {
    }

    /**
     * A verification on the basis declined because the buurt differs on {@code dimension}.
     *
     * @param cluster     its lesson (see {@link TransferExample#cluster()})
     * @param differences the per-dimension distances recorded at its suggestion
     */
    public record DimensionDecline(String cluster, String dimension, Map<String, Double> differences,
                                   double similarity) {
        public DimensionDecline {
            differences = Map.copyOf(differences);
        }
    }

    /**
     * The decline as a non-transfer example on its dimension; empty when no distance was recorded on that dimension
     * (the basis lacks it, or a side misses a value): then there is nothing to place it at.
     */
    public static Optional<TransferExample> example(DimensionDecline decline) {
        Double distance = decline.differences().get(decline.dimension());
        if (distance == null) {
            return Optional.empty();
        }
        return Optional.of(new TransferExample(decline.cluster(), Map.of(decline.dimension(), distance),
                decline.similarity(), false, false, true));
    }

    /** How many of the examples are declines naming each dimension, by dimension key. */
    public static Map<String, Integer> perDimension(List<TransferExample> examples) {
        Map<String, Integer> counts = new TreeMap<>();
        examples.stream().filter(TransferExample::declined)
                .forEach(e -> e.differences().keySet().forEach(d -> counts.merge(d, 1, Integer::sum)));
        return counts;
    }
}
