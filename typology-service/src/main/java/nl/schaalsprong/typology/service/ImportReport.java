package nl.schaalsprong.typology.service;

import nl.schaalsprong.typology.domain.Kerncijfer;

import java.util.List;

/**
 * What an import did. {@code accepted = created + updated + unchanged}; {@code rowsRead = accepted + rejected}.
 *
 * @param missingFigures known figures the file had no column for (stored as missing)
 */
public record ImportReport(int year, int rowsRead, int accepted, int created, int updated, int unchanged,
                           List<Rejection> rejections, List<Kerncijfer> missingFigures) {

    /** A data row that was not stored, with the file line it starts on. */
    public record Rejection(long line, String reason) {
    }

    public int rejected() {
        return rejections.size();
    }
}
