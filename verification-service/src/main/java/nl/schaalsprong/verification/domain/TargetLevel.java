package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;

/**
 * The level of area a lesson is verified in: a buurt (the default), or a whole wijk or gemeente when the lesson only
 * works from that scale up (its rightscaling, {@link ScaleOfVerification}). CBS nests the codes, so a buurt's wijk
 * and gemeente follow from its code.
 */
public enum TargetLevel {
    BUURT, WIJK, GEMEENTE;

    /** The area of this level that {@code buurt} lies in (for BUURT: the buurt itself). */
    public VerificationTarget areaOf(BuurtCode buurt) {
        return switch (this) {
            case BUURT -> VerificationTarget.of(buurt);
            case WIJK -> new VerificationTarget(WIJK, buurt.wijk().value());
            case GEMEENTE -> new VerificationTarget(GEMEENTE, buurt.gemeente().value());
        };
    }
}
