package nl.schaalsprong.typology.domain.imports;

/** Which reader a job's file went through. */
public enum ImportSource {
    /** A CBS KWB buurt file with CBS's own column names. */
    CBS_KWB,
    /** Any CSV, read through a column mapping given with the request. */
    MAPPED
}
