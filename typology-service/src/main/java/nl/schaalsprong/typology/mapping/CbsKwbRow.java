package nl.schaalsprong.typology.mapping;

import nl.schaalsprong.typology.domain.CbsBuurt;

/** One data row of a CBS KWB file: a buurt to store, or the reason it cannot be. */
public sealed interface CbsKwbRow {

    /** The physical line (1-based, the header is line 1) the row starts on. */
    long line();

    record Accepted(long line, CbsBuurt buurt) implements CbsKwbRow {
    }

    record Rejected(long line, String reason) implements CbsKwbRow {
    }
}
