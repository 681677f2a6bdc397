package nl.schaalsprong.lessons.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.schaalsprong.lessons.mapping.BuurtenRequest;
import nl.schaalsprong.lessons.mapping.ProeftuinPatch;
import nl.schaalsprong.lessons.mapping.ProeftuinView;
import nl.schaalsprong.lessons.service.ProeftuinService;
import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.platform.paging.Page;
import nl.schaalsprong.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The register of PAW proeftuinen, seeded from public sources; stewards fill in what the sources leave open. */
@Path("/api/v1/proeftuinen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Proeftuinen", description = "The PAW pilots lessons come from")
public class ProeftuinResource {

    private final ProeftuinService proeftuinen;

    public ProeftuinResource(ProeftuinService proeftuinen) {
        this.proeftuinen = proeftuinen;
    }

    @GET
    @Operation(operationId = "listProeftuinen",
            summary = "List proeftuinen", description = "By round, then id; stable pages.")
    public Page<ProeftuinView> list(
            @Parameter(description = "Page number from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size, at most 200") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return proeftuinen.list(page, size).map(ProeftuinView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProeftuin", summary = "Read a proeftuin")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProeftuinView.class)))
    @APIResponse(responseCode = "404", description = "No such proeftuin")
    public ProeftuinView read(@Parameter(example = "groningen-paddepoel-en-selwerd") @PathParam("id") String id) {
        return ProeftuinView.of(proeftuinen.find(id));
    }

    @PUT
    @Path("/{id}/buurten")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STEWARD)
    @Operation(operationId = "setProeftuinBuurten",
            summary = "Set the buurten a proeftuin covers", description = "Replaces the set; every code must be "
            + "known to typology-service. The wijken follow from the buurten. Needs role steward.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProeftuinView.class)))
    @APIResponse(responseCode = "422", description = "typology-service knows no such buurt")
    @APIResponse(responseCode = "503", description = "typology-service cannot check the buurten now")
    public ProeftuinView coverBuurten(@PathParam("id") String id, @Valid @NotNull BuurtenRequest request) {
        return ProeftuinView.of(proeftuinen.coverBuurten(id, request.buurtCodes()));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STEWARD)
    @Operation(operationId = "completeProeftuin",
            summary = "Complete a proeftuin", description = "Sets the gemeente code and the experiment conditions "
            + "the proeftuin enjoys; absent fields stay as they are. Needs role steward.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProeftuinView.class)))
    public ProeftuinView complete(@PathParam("id") String id, @Valid @NotNull ProeftuinPatch patch) {
        GemeenteCode gemeente = patch.gemeenteCode() == null ? null : GemeenteCode.of(patch.gemeenteCode());
        return ProeftuinView.of(proeftuinen.complete(id, gemeente, patch.experimentConditions()));
    }
}
