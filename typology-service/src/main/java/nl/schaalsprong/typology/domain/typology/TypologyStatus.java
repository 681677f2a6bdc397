package nl.schaalsprong.typology.domain.typology;

/** Where a typology is in its life: a run computes it, an analyst reviews the draft, publishing freezes it. */
public enum TypologyStatus {
    /** The clustering job is computing; progress tells how far. */
    RUNNING,
    /** Computed and stored, not yet in use; may be published. */
    DRAFT,
    /** In use and immutable; the newest published typology is the current one. */
    PUBLISHED,
    /** The run failed; kept with its reason, never published. */
    FAILED
}
