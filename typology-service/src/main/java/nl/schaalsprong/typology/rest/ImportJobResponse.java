package nl.schaalsprong.typology.rest;

import nl.schaalsprong.typology.domain.imports.ImportJob;
import nl.schaalsprong.typology.service.ImportQueries;
import nl.schaalsprong.typology.service.ImportRejection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Schema(name = "ImportJob", description = "An import and, once ended, what it did. rowsRead = accepted + rejected; "
        + "when stored, accepted = created + updated + unchanged + unplaced. Counts other than rowsRead are absent while RUNNING.")
public record ImportJobResponse(
        @Schema(description = "Job id", example = "0b6f8a52-61c4-4b0e-8f8e-4f1e0f2b9d31") UUID id,
        @Schema(description = "CBS_KWB (CBS's own columns) or MAPPED (a column mapping)", example = "CBS_KWB",
                enumeration = {"CBS_KWB", "MAPPED"})
        String source,
        @Schema(description = "The KWB year imported", example = "2024") int year,
        @Schema(description = "apply-valid (store the valid rows) or all-or-nothing (store nothing if any row is "
                + "rejected)", example = "apply-valid") String mode,
        @Schema(description = "RUNNING; SUCCEEDED (accepted rows stored); REJECTED (all-or-nothing with rejected "
                + "rows: nothing stored); FAILED (an error, not the data: nothing stored)", example = "SUCCEEDED")
        String status,
        @Schema(description = "How far the job has come") ProgressResponse progress,
        @Schema(description = "Data rows in the file (the header not counted); grows while RUNNING",
                example = "13817") int rowsRead,
        @Schema(description = "Rows that passed every check", example = "13816", nullable = true) Integer accepted,
        @Schema(description = "Rows not stored; all of them are listed under /api/v1/imports/{id}/rejections",
                example = "1", nullable = true) Integer rejected,
        @Schema(description = "Buurten new to this service", example = "0", nullable = true) Integer created,
        @Schema(description = "Stored buurten whose values changed", example = "12", nullable = true) Integer updated,
        @Schema(description = "Stored buurten already identical to the file", example = "13804", nullable = true) Integer unchanged,
        @Schema(description = "Valid rows whose code is not a registered buurt (a file of figures alone cannot "
                + "register buurten; typically codes of another year's boundaries): not stored. All of them are "
                + "listed under /api/v1/imports/{id}/unplaced", example = "1712", nullable = true) Integer unplaced,
        @Schema(description = "The first unplaced codes in code order (at most " + ImportResource.REJECTIONS_SHOWN
                + "); `unplaced` says how many there are", example = "[\"BU00030000\"]") List<String> unplacedCodes,
        @Schema(description = "Figures a CBS KWB file may carry (by figure key) that this file has no column for: "
                + "left as stored", example = "[]")
        List<String> missingFigures,
        @Schema(description = "The first rejected rows in file order (at most " + ImportResource.REJECTIONS_SHOWN
                + "); `rejected` says how many there are") List<RejectionResponse> rejections,
        @Schema(description = "Why the job failed", nullable = true) String failure,
        @Schema(description = "Who started it (token subject); null when not known",
                example = "steward@gemeente.nl", nullable = true) String startedBy,
        @Schema(description = "When it started") OffsetDateTime createdAt,
        @Schema(description = "When it ended", nullable = true) OffsetDateTime finishedAt) {

    @Schema(name = "ImportProgress", description = "Rows read so far and, once the whole file is read, the total")
    public record ProgressResponse(
            @Schema(description = "Data rows read so far; never goes back", example = "6000") int rowsRead,
            @Schema(description = "Data rows in the file, once known", example = "13817", nullable = true) Integer rowsTotal) {
    }

    @Schema(name = "ImportRejection", description = "A row that was not imported")
    public record RejectionResponse(
            @Schema(description = "Line in the file the row starts on; the header is line 1", example = "4117")
            long line,
            @Schema(description = "Why the row was refused",
                    example = "'BU123' is not a valid buurt code; expected BU + 4 digits + 4 digits or capitals, e.g. BU01630408 or BU0363AF03")
            String reason) {

        static RejectionResponse from(ImportRejection r) {
            return new RejectionResponse(r.line(), r.reason());
        }
    }

    /** Without rejections: for lists and the 202, where they are not known or not wanted. */
    static ImportJobResponse from(ImportJob job) {
        return of(job, List.of(), List.of());
    }

    static ImportJobResponse from(ImportQueries.JobView view) {
        return of(view.job(), view.firstRejections().items().stream().map(RejectionResponse::from).toList(),
                view.firstUnplaced().items());
    }

    private static ImportJobResponse of(ImportJob j, List<RejectionResponse> rejections, List<String> unplaced) {
        List<String> missing = j.missingFigures() == null || j.missingFigures().isEmpty() ? List.of()
                : Arrays.asList(j.missingFigures().split(","));
        return new ImportJobResponse(j.id(), j.source().name(), j.year(), j.mode().queryValue(), j.status().name(),
                new ProgressResponse(j.rowsRead(), j.rowsTotal()), j.rowsRead(), j.accepted(), j.rejected(),
                j.created(), j.updated(), j.unchanged(), j.unplaced(), unplaced, missing, rejections, j.failure(), j.startedBy(),
                j.createdAt(), j.finishedAt());
    }
}
