package nl.schaalsprong.typology.rest;

import nl.schaalsprong.platform.csv.CsvCell;
import jakarta.ws.rs.core.StreamingOutput;
import nl.schaalsprong.typology.service.TypologyAssignment;
import nl.schaalsprong.typology.service.TypologyAssignments;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Every buurt's type in a typology as CSV, written row by row while the database streams them. */
final class TypologyAssignmentsCsv {

    static final String HEADER = "buurtCode,buurtName,gemeenteCode,gemeenteName,typeNumber,typeLabel,typeName,distance";

    private TypologyAssignmentsCsv() {
    }

    static StreamingOutput of(TypologyAssignments assignments, UUID typologyId) {
        return out -> {
            Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            csv.write(HEADER + "\r\n");
            try {
                assignments.forEach(typologyId, a -> write(csv, a));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            csv.flush();
        };
    }

    private static void write(Writer csv, TypologyAssignment a) {
        try {
            csv.write(String.join(",", a.buurtCode(), CsvCell.of(a.buurtName()), a.gemeenteCode(), CsvCell.of(a.gemeenteName()),
                    Integer.toString(a.typeNumber()), CsvCell.of(a.typeLabel()), CsvCell.of(a.typeName()),
                    Double.toString(a.distance())) + "\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
