package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.domain.RuleViolationException;

import java.util.Comparator;
import java.util.Map;

/**
 * A buurt the typology finds comparable to a lesson's origin, with how similar it is (0..1, 1 = identical
 * profile) and why: the difference per dimension of the {@code basis} it was compared on. {@code name},
 * {@code type} (its typology type), {@code proeftuin} (whether it has pilot status) and {@code basis} may be
 * unknown (null) when typology-service does not say.
 */
public record ComparableBuurt(BuurtCode code, String name, double similarity, TypologyType type, Boolean proeftuin,
                              Map<String, DimensionDifference> comparison, Basis basis) {

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
        comparison = comparison == null ? Map.of() : Map.copyOf(comparison);
    }

    /** A comparable buurt known only by code, name and similarity. */
    public ComparableBuurt(BuurtCode code, String name, double similarity) {
        this(code, name, similarity, null, null, Map.of(), null);
    }

    /** Known to have no proeftuin status: where a success cannot lean on pilot conditions. */
    public boolean knownNonProeftuin() {
        return Boolean.FALSE.equals(proeftuin);
    }
}
