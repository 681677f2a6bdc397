package nl.schaalsprong.verification.domain.evidence;

/** How strongly the verifications in comparable buurten back a lesson, weakest first (CONTESTED aside). */
public enum EvidenceLevel {
    /** Nothing confirmed outside the buurten it was learned in. */
    ORIGIN_ONLY,
    /** Confirmed somewhere else: worth trying, not yet worth scaling. */
    INDICATIVE,
    /** Confirmed in several gemeenten, most conclusions confirming. */
    REPLICATED,
    /** Replicated across types of buurt, and at least once without experiment conditions: ready to scale. */
    ESTABLISHED,
    /** Confirmed somewhere, but not confirmed at least as often. */
    CONTESTED
}
