package nl.schaalsprong.typology.domain.imports;

/** Where an import job is: running, or ended in one of three ways that a client must tell apart. */
public enum ImportStatus {
    /** Reading and checking rows, or storing them. */
    RUNNING,
    /** The accepted rows are stored (there may have been rejections in mode APPLY_VALID). */
    SUCCEEDED,
    /** Something broke (not the data): nothing of the file was stored. */
    FAILED,
    /** Mode ALL_OR_NOTHING and at least one row was rejected: nothing was stored. */
    REJECTED
}
