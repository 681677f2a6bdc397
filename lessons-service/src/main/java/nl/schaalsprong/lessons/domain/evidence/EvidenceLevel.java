package nl.schaalsprong.lessons.domain.evidence;

/**
 * How well a lesson is backed by verifications in other buurten, by verification-service's published rules.
 * Every lesson starts at {@link #ORIGIN_ONLY}.
 */
public enum EvidenceLevel {
    /** Only the proeftuin it came from; nothing verified elsewhere yet. */
    ORIGIN_ONLY(1),
    /** Confirmed in one other buurt. */
    INDICATIVE(2),
    /** Confirmed in several other buurten. */
    REPLICATED(3),
    /** Confirmed across types of buurten. */
    ESTABLISHED(4),
    /** Confirmed somewhere, not confirmed elsewhere: the evidence disagrees. */
    CONTESTED(0);

    private final int strength;

    EvidenceLevel(int strength) {
        this.strength = strength;
    }

    /**
     * Order for "strongest evidence first". Contested evidence ranks below a lesson that is merely untested:
     * a reader looking for what to scale up should see disagreement last.
     */
    public int strength() {
        return strength;
    }
}
