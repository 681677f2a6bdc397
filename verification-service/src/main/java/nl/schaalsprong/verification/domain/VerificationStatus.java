package nl.schaalsprong.verification.domain;

import java.util.Set;

/**
 * Where a verification stands, and where it may go from there:
 * SUGGESTED → ACCEPTED (criteria frozen) or DECLINED (with a reason); ACCEPTED → CONCLUDED (with results).
 * DECLINED and CONCLUDED are final. A buurt the gemeente nominates itself enters as SUGGESTED and is accepted in the
 * same step ({@link Verification#nominate}), so it is never seen SUGGESTED.
 */
public enum VerificationStatus {
    /** Proposed by the system because the buurt is comparable; nobody has committed to it yet. */
    SUGGESTED,
    /** The gemeente committed to it, with pre-registered success criteria that are frozen from then on. */
    ACCEPTED,
    /** The gemeente said no, with a reason. Final. */
    DECLINED,
    /** Measured and judged against the frozen criteria. Final and immutable. */
    CONCLUDED;

    public Set<VerificationStatus> next() {
        return switch (this) {
            case SUGGESTED -> Set.of(ACCEPTED, DECLINED);
            case ACCEPTED -> Set.of(CONCLUDED);
            case DECLINED, CONCLUDED -> Set.of();
        };
    }

    public boolean canBecome(VerificationStatus target) {
        return next().contains(target);
    }
}
