package nl.schaalsprong.typology.mapping;

import nl.schaalsprong.typology.domain.imports.ImportedBuurt;

/** One data row of a buurt file: a buurt to store, or the reason it cannot be. */
public sealed interface BuurtFileRow {

    /** The physical line (1-based, the header is line 1) the row starts on. */
    long line();

    record Accepted(long line, ImportedBuurt buurt) implements BuurtFileRow {
    }

    record Rejected(long line, String reason) implements BuurtFileRow {
    }
}
