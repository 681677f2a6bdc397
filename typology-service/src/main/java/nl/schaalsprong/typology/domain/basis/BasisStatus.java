package nl.schaalsprong.typology.domain.basis;

/**
 * The lifecycle of one basis version. Only DRAFT → PUBLISHED exists: a published version is what earlier
 * comparisons and verifications were based on, so it must never change under them; a change is a new version.
 */
public enum BasisStatus {
    DRAFT,
    PUBLISHED;

    public boolean canMoveTo(BasisStatus next) {
        return this == DRAFT && next == PUBLISHED;
    }
}
