package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.domain.RuleViolationException;

import java.util.Comparator;
import java.util.Map;

/**
 * A wijk or gemeente typology finds comparable to the area a lesson was learned in (at the lesson's
 * {@link ScaleOfVerification scale}), with how similar it is (0..1) and why: the difference per dimension of the
 * {@code basis}. {@code name}, {@code type}, {@code proeftuin} and {@code basis} may be unknown (null): typology
 * names no wijken and gives areas no type or pilot status today.
 */
public record ComparableArea(VerificationTarget target, String name, double similarity, TypologyType type,
                             Boolean proeftuin, Map<String, DimensionDifference> comparison, Basis basis) {

    /** Most similar first; equal similarity by code, so the same input always ranks the same way. */
    public static final Comparator<ComparableArea> MOST_SIMILAR_FIRST =
            Comparator.comparingDouble(ComparableArea::similarity).reversed().thenComparing(ComparableArea::target);

    public ComparableArea {
        if (target == null) {
            throw new RuleViolationException("a comparable area needs a target");
        }
        if (target.level() == TargetLevel.BUURT) {
            throw new RuleViolationException("a comparable area is a wijk or gemeente, not buurt " + target);
        }
        if (!(similarity >= 0.0 && similarity <= 1.0)) {
            throw new RuleViolationException("similarity of " + target + " must lie in [0, 1], was " + similarity);
        }
        comparison = comparison == null ? Map.of() : Map.copyOf(comparison);
    }

    /** Known to have no proeftuin status: where a success cannot lean on pilot conditions. */
    public boolean knownNonProeftuin() {
        return Boolean.FALSE.equals(proeftuin);
    }
}
