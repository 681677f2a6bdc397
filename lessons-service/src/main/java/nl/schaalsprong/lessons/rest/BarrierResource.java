package nl.schaalsprong.lessons.rest;

import nl.schaalsprong.platform.csv.CsvAnswer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.schaalsprong.lessons.domain.BarrierStatus;
import nl.schaalsprong.lessons.domain.GovernmentLevel;
import nl.schaalsprong.lessons.domain.BarrierTally;
import nl.schaalsprong.lessons.mapping.BarrierStatusRequest;
import nl.schaalsprong.lessons.mapping.BarrierSummaryView;
import nl.schaalsprong.lessons.mapping.BarrierView;
import nl.schaalsprong.lessons.service.BarrierService;
import nl.schaalsprong.platform.paging.Page;
import nl.schaalsprong.platform.security.Roles;
import nl.schaalsprong.platform.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The register of institutional barriers: what INSTITUTIONALISERING lessons found standing in the way. */
@Path("/api/v1/barriers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Barriers", description = "Institutional barriers for the policy track")
public class BarrierResource {

    private final BarrierService barriers;
    private final Caller caller;

    public BarrierResource(BarrierService barriers, Caller caller) {
        this.barriers = barriers;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listBarriers",
            summary = "List barriers", description = "Newest first; every filter is optional.")
    @APIResponse(responseCode = "200", description = "One page of barriers, newest first")
    @APIResponse(responseCode = "404", description = "A status or level that is not one of the listed values")
    public Page<BarrierView> list(
            @Parameter(description = "Only this status") @QueryParam("status") BarrierStatus status,
            @Parameter(description = "Only this level of government") @QueryParam("level") GovernmentLevel level,
            @Parameter(description = "Only from this proeftuin", example = "groningen-paddepoel-en-selwerd") @QueryParam("proeftuinId") String proeftuinId,
            @Parameter(description = "Page number from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size, at most 200") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return barriers.list(status, level, proeftuinId, page, size).map(b -> BarrierView.of(b, caller));
    }

    @GET
    @Path("/summary")
    @Produces({MediaType.APPLICATION_JSON, CsvAnswer.TEXT_CSV})
    @Operation(operationId = "getBarrierSummary", summary = "Barriers per status, level or month",
            description = "The barriers the filters select, counted per status or level of government (every one"
                    + " listed, zeros included) or per month signalled (UTC; every month from the first to the last"
                    + " with a barrier, quiet ones as zeros), for the KLP dashboard. `Accept: text/csv` gives one row"
                    + " per group and a last row `total`.")
    @APIResponse(responseCode = "200", description = "The counts per group")
    @APIResponse(responseCode = "400", description = "No or an unknown `by`")
    @APIResponse(responseCode = "404", description = "A status or level that is not one of the listed values")
    public BarrierSummaryView summary(
            @Parameter(description = "What to count per", required = true, example = "LEVEL",
                    schema = @Schema(enumeration = {"STATUS", "LEVEL", "MONTH"}))
            @QueryParam("by") @NotNull(message = "is required")
            @Pattern(regexp = "STATUS|LEVEL|MONTH", message = "must be one of STATUS, LEVEL, MONTH") String by,
            @Parameter(description = "Only this status") @QueryParam("status") BarrierStatus status,
            @Parameter(description = "Only this level of government") @QueryParam("level") GovernmentLevel level,
            @Parameter(description = "Only from this proeftuin", example = "groningen-paddepoel-en-selwerd")
            @QueryParam("proeftuinId") String proeftuinId) {
        return BarrierSummaryView.of(barriers.tally(BarrierTally.By.valueOf(by), status, level, proeftuinId));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getBarrier", summary = "Read a barrier")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BarrierView.class)))
    @APIResponse(responseCode = "404", description = "No such barrier")
    public BarrierView read(@PathParam("id") UUID id) {
        return BarrierView.of(barriers.find(id), caller);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STEWARD)
    @Operation(operationId = "moveBarrier", summary = "Move a barrier along the policy track",
            description = "GESIGNALEERD -> GEAGENDEERD -> OPGELOST, one step at a time. Needs role steward.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BarrierView.class)))
    @APIResponse(responseCode = "409", description = "Illegal transition; the problem names from and to")
    public BarrierView move(@PathParam("id") UUID id, @Valid @NotNull BarrierStatusRequest request) {
        return BarrierView.of(barriers.move(id, request.status(), caller.subject()), caller);
    }
}
