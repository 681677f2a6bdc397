package nl.schaalsprong.verification.domain;

/**
 * Where a verification stands. Every verification starts as a suggestion; later lifecycle steps (accepting,
 * declining, concluding with evidence) add their states here.
 */
public enum VerificationStatus {
    /** Proposed by the system because the buurt is comparable; nobody has committed to it yet. */
    SUGGESTED
}
