package nl.schaalsprong.verification.evidencesummary.rest;

import nl.schaalsprong.platform.csv.CsvAnswer;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.schaalsprong.verification.evidencesummary.domain.SummaryDimension;
import nl.schaalsprong.verification.evidencesummary.service.EvidenceSummaryService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lessons by evidence level per route and layer, for the KLP dashboard's Bewijs page; JSON or CSV. */
@Path("/api/v1/evidence/summary")
@Produces({MediaType.APPLICATION_JSON, CsvAnswer.TEXT_CSV})
@Tag(name = "Evidence")
public class EvidenceSummaryResource {

    static final String DIMENSION_FORMAT = "ROUTE|CLAIMED_LAYER|SUPPORTED_LAYER";

    private final EvidenceSummaryService summaries;

    public EvidenceSummaryResource(EvidenceSummaryService summaries) {
        this.summaries = summaries;
    }

    @GET
    @Operation(operationId = "getEvidenceSummary", summary = "Lessons by evidence level per route or layer",
            description = "Counts every lesson verification knows of (each lesson lessons-service tagged) by its"
                    + " evidence level, as last derived from its verifications by the published evidence rules, per"
                    + " scaling route (a lesson on two routes counts in both), per layer its author claims, or per"
                    + " layer its evidence supports. Every route or layer is listed, zeros included; the lessons"
                    + " without one come last with key null. `Accept: text/csv` gives one row per group (the"
                    + " lessons without a key with an empty first cell) and a last row `total`.")
    @APIResponse(responseCode = "200", description = "The lessons by level per group")
    @APIResponse(responseCode = "400", description = "No or an unknown `by`")
    public EvidenceSummaryView summary(
            @Parameter(description = "What to group by", required = true, example = "ROUTE",
                    schema = @Schema(enumeration = {"ROUTE", "CLAIMED_LAYER", "SUPPORTED_LAYER"}))
            @QueryParam("by") @NotNull(message = "is required")
            @Pattern(regexp = DIMENSION_FORMAT, message = "must be one of " + DIMENSION_FORMAT) String by) {
        return EvidenceSummaryView.of(summaries.summary(SummaryDimension.valueOf(by)));
    }
}
