package nl.schaalsprong.typology.domain.comparison;

import nl.schaalsprong.platform.cbs.BuurtCode;

/** Where to look for comparable buurten: a verification is often easier to arrange in the same gemeente. */
public enum Scope {
    EVERYWHERE,
    GEMEENTE,
    WIJK;

    /** Whether {@code candidate} lies within this scope around {@code origin}; the CBS codes nest, so prefixes decide. */
    public boolean includes(BuurtCode origin, BuurtCode candidate) {
        return switch (this) {
            case EVERYWHERE -> true;
            // BU + 4 digits of the gemeente (+ 2 of the wijk): compare those characters of the codes.
            case GEMEENTE -> origin.value().regionMatches(2, candidate.value(), 2, 4);
            case WIJK -> origin.value().regionMatches(2, candidate.value(), 2, 6);
        };
    }
}
