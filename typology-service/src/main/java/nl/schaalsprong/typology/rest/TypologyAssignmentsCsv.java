package nl.schaalsprong.typology.rest;

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
            csv.write(String.join(",", a.buurtCode(), cell(a.buurtName()), a.gemeenteCode(), cell(a.gemeenteName()),
                    Integer.toString(a.typeNumber()), cell(a.typeLabel()), cell(a.typeName()),
                    Double.toString(a.distance())) + "\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names may hold commas and quotes ('n Oaln Diek): quoted when they do (RFC 4180); null is an empty cell. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
