package nl.schaalsprong.verification.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.platform.paging.Page;
import nl.schaalsprong.verification.domain.VerificationStatus;
import nl.schaalsprong.verification.mapping.VerificationView;
import nl.schaalsprong.verification.service.VerificationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;

/** A gemeente's view: which lessons are suggested for verification in its buurten. */
@Path("/api/v1/gemeenten")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gemeenten", description = "What each gemeente is asked to verify")
public class GemeenteResource {

    private final VerificationService verifications;
    private final VerificationViews views;

    public GemeenteResource(VerificationService verifications, VerificationViews views) {
        this.verifications = verifications;
        this.views = views;
    }

    @GET
    @Path("/{code}/suggestions")
    @Operation(operationId = "listGemeenteSuggestions", summary = "Suggestions for a gemeente's buurten",
            description = "Verifications still SUGGESTED in buurten of this gemeente, most comparable first, each with "
                    + "its lesson's title and recommendation (lesson) and why the buurt is held comparable "
                    + "(whyComparable). A gemeente may also nominate a buurt of its own: POST /api/v1/verifications.")
    @APIResponse(responseCode = "200", description = "One page of suggestions")
    @APIResponse(responseCode = "400", description = "Not a CBS gemeente code, or invalid page or size")
    public Page<VerificationView> suggestions(
            @Parameter(description = "CBS gemeente code", example = "GM0363")
            @PathParam("code") @Pattern(regexp = VerificationResource.GEMEENTE_FORMAT,
                    message = "must be a CBS gemeente code") String code,
            @Parameter(description = "Page number from 0", example = "0")
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size", example = "20")
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return views.of(verifications.list(Optional.empty(), Optional.of(VerificationStatus.SUGGESTED),
                Optional.of(new GemeenteCode(code)), page, size));
    }
}
