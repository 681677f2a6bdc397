package nl.schaalsprong.typology.domain.comparison;

import nl.schaalsprong.platform.cbs.BuurtCode;

/** Where to look for comparable buurten: a verification is often easier to arrange in the same gemeente. */
public enum Scope {
    EVERYWHERE(2),
    GEMEENTE(6),
    WIJK(8);

    private final int sharedPrefix;

    Scope(int sharedPrefix) {
        this.sharedPrefix = sharedPrefix;
    }

    /**
     * How many leading characters the codes of buurten within this scope share with the origin's: the CBS codes
     * nest (BU, then 4 characters of the gemeente, then 2 of the wijk), so a prefix decides, and in code order a
     * scope's buurten form one run.
     */
    public int sharedPrefix() {
        return sharedPrefix;
    }

    /** Whether {@code candidate} lies within this scope around {@code origin}. */
    public boolean includes(BuurtCode origin, BuurtCode candidate) {
        return origin.value().regionMatches(0, candidate.value(), 0, sharedPrefix);
    }
}
