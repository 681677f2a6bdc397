package nl.schaalsprong.verification.domain.evidence;

/**
 * Where a verification stands, as far as evidence is concerned. Kept apart from the workflow's own status enum
 * so that evidence depends only on these four facts, however the workflow names its states.
 */
public enum VerificationStage {
    SUGGESTED,
    ACCEPTED,
    DECLINED,
    CONCLUDED
}
