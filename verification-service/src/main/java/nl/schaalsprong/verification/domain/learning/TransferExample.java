package nl.schaalsprong.verification.domain.learning;

import nl.schaalsprong.platform.domain.RuleViolationException;

import java.util.Map;

/**
 * One decisive conclusion as learning sees it: how far the target differed from the origin on each dimension
 * of the basis it was suggested on (each in [0, 1]), how similar it was overall, and whether the lesson held.
 *
 * @param cluster what the example shares with others that are not independent of it: its lesson (one lesson's
 *                verifications share its approach and its origin). Bootstrap and cross-validation resample and
 *                split whole clusters. Null: a cluster of its own.
 * @param nominated the gemeente chose the target itself instead of it being suggested: a self-selected pair,
 *                  weighed by {@link LearningSettings#nominationWeight()}
 * @param declined  not a conclusion but a decline naming the one dimension in {@code differences} as why it would
 *                  not transfer ({@link DeclineEvidence}): it takes part in the fit as a non-transfer, but is no
 *                  outcome, so it counts towards none of the publication minimums
 */
public record TransferExample(String cluster, Map<String, Double> differences, double similarity, boolean confirmed,
                              boolean nominated, boolean declined) {

    public TransferExample {
        differences = Map.copyOf(differences);
        differences.forEach((dimension, difference) -> {
            if (difference == null || !(difference >= 0.0 && difference <= 1.0)) {
                throw new RuleViolationException("difference on " + dimension + " must lie in [0, 1], was " + difference);
            }
        });
        if (!(similarity >= 0.0 && similarity <= 1.0)) {
            throw new RuleViolationException("similarity must lie in [0, 1], was " + similarity);
        }
        if (declined && (confirmed || differences.size() != 1)) {
            throw new RuleViolationException("a decline is a non-transfer on exactly the one dimension it names");
        }
    }

    /** A conclusion, suggested or nominated. */
    public TransferExample(String cluster, Map<String, Double> differences, double similarity, boolean confirmed,
                           boolean nominated) {
        this(cluster, differences, similarity, confirmed, nominated, false);
    }

    /** A suggested example. */
    public TransferExample(String cluster, Map<String, Double> differences, double similarity, boolean confirmed) {
        this(cluster, differences, similarity, confirmed, false);
    }

    /** What this example counts for in the fit and its scores: 1, or the nomination weight when self-selected. */
    public double weight(LearningSettings settings) {
        return nominated ? settings.nominationWeight() : 1.0;
    }

    /** An example independent of every other one. */
    public TransferExample(Map<String, Double> differences, double similarity, boolean confirmed) {
        this(null, differences, similarity, confirmed);
    }
}
