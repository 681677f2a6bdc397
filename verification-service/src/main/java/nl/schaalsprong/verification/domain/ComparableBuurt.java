package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.domain.RuleViolationException;

import java.util.Comparator;

/**
 * A buurt the typology finds comparable to a lesson's origin, with how similar it is (0..1, 1 = identical
 * profile). {@code name} is for people reading suggestions; it may be absent.
 */
public record ComparableBuurt(BuurtCode code, String name, double similarity) {

    /** Most similar first; equal similarity by code, so the same input always ranks the same way. */
    public static final Comparator<ComparableBuurt> MOST_SIMILAR_FIRST =
            Comparator.comparingDouble(ComparableBuurt::similarity).reversed()
                    .thenComparing(ComparableBuurt::code);

    public ComparableBuurt {
        if (code == null) {
            throw new RuleViolationException("a comparable buurt needs a code");
        }
        if (!(similarity >= 0.0 && similarity <= 1.0)) {
            throw new RuleViolationException("similarity of " + code + " must lie in [0, 1], was " + similarity);
        }
    }
}
