package nl.schaalsprong.typology.mapping;

import java.util.List;

/**
 * One record of a CSV file: its fields, or why it could not be read.
 *
 * @param line      the physical line (1-based) the record starts on, as an editor shows it
 * @param fields    the unquoted fields; empty when {@code malformation} is set
 * @param malformation what is wrong with the record's quoting, or {@code null}
 */
public record CsvRecord(long line, List<String> fields, String malformation) {

    static CsvRecord of(long line, List<String> fields) {
        return new CsvRecord(line, List.copyOf(fields), null);
    }

    static CsvRecord malformed(long line, String malformation) {
        return new CsvRecord(line, List.of(), malformation);
    }

    public boolean isMalformed() {
        return malformation != null;
    }
}
