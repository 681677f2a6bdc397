package nl.schaalsprong.typology.rest;

import nl.schaalsprong.typology.domain.Kerncijfer;
import nl.schaalsprong.typology.service.ImportReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ImportReport", description = "What an import did; rowsRead = accepted + rejected and "
        + "accepted = created + updated + unchanged")
public record ImportReportResponse(
        @Schema(description = "The KWB year imported", example = "2024") int year,
        @Schema(description = "Data rows in the file (the header not counted)", example = "13817") int rowsRead,
        @Schema(description = "Rows that passed every check", example = "13816") int accepted,
        @Schema(description = "Rows not stored; see rejections", example = "1") int rejected,
        @Schema(description = "Buurten new to this service", example = "0") int created,
        @Schema(description = "Stored buurten whose values changed", example = "12") int updated,
        @Schema(description = "Stored buurten already identical to the file", example = "13804") int unchanged,
        @Schema(description = "Known CBS figures the file has no column for; stored as missing",
                example = "[]") List<String> missingFigures,
        @Schema(description = "Each rejected row with its line in the file (the header is line 1)")
        List<RejectionResponse> rejections) {

    @Schema(name = "ImportRejection", description = "A row that was not imported")
    public record RejectionResponse(
            @Schema(description = "Line in the file the row starts on; the header is line 1", example = "4117")
            long line,
            @Schema(description = "Why the row was refused",
                    example = "'BU123' is not a valid buurt code; expected BU + 4 digits + 4 digits or capitals, e.g. BU01630408 or BU0363AF03")
            String reason) {
    }

    static ImportReportResponse from(ImportReport report) {
        return new ImportReportResponse(report.year(), report.rowsRead(), report.accepted(), report.rejected(),
                report.created(), report.updated(), report.unchanged(),
                report.missingFigures().stream().map(Kerncijfer::cbsStem).toList(),
                report.rejections().stream().map(r -> new RejectionResponse(r.line(), r.reason())).toList());
    }
}
