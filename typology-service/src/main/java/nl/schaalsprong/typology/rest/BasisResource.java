package nl.schaalsprong.typology.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import nl.schaalsprong.platform.idempotency.IdempotentRequests;
import nl.schaalsprong.platform.security.Roles;
import nl.schaalsprong.typology.domain.basis.BasisName;
import nl.schaalsprong.typology.domain.basis.ComparabilityBasis;
import nl.schaalsprong.typology.service.BasisService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Bases decide what "comparable" means, so only stewards write them; reading is open. */
@Path("/api/v1/comparability-bases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comparability bases", description = "Named, versioned sets of dimension weights")
public class BasisResource {

    private final BasisService bases;
    private final IdempotentRequests idempotentRequests;

    public BasisResource(BasisService bases, IdempotentRequests idempotentRequests) {
        this.idempotentRequests = idempotentRequests;
        this.bases = bases;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STEWARD)
    @Operation(operationId = "createBasis",
            summary = "Create a draft basis version", description = "Version 1 of a new name, or the next "
            + "version of an existing one. Weights must be above 0, on known dimensions, each dimension once. "
            + "Retries are safe with an Idempotency-Key: the same key and body get the first draft again.")
    @APIResponse(responseCode = "201", description = "The draft; Location points at it", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BasisResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields, a malformed name or dimension key, "
            + "or a malformed Idempotency-Key")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks role steward")
    @APIResponse(responseCode = "422", description = "Unknown dimension (named), a dimension twice, a weight not above "
            + "0, a coverage floor outside (0, 1], or an Idempotency-Key used before with another body")
    @Transactional
    public Response create(@Valid @NotNull BasisRequest request,
                           @Parameter(description = IdempotentRequests.HEADER_DESCRIPTION,
                                   example = IdempotentRequests.HEADER_EXAMPLE)
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           @Context SecurityContext security, @Context UriInfo uri) {
        String steward = security.getUserPrincipal().getName();
        return idempotentRequests.once("POST /api/v1/comparability-bases by " + steward, idempotencyKey, request,
                () -> {
                    ComparabilityBasis basis = bases.create(BasisName.of(request.name()), request.description(),
                            request.domainWeights(), request.floor(), steward);
                    return Response.created(uri.getAbsolutePathBuilder().path(basis.name().value()).path("versions")
                                    .path(Integer.toString(basis.version())).build())
                            .entity(BasisResponse.from(basis, bases.defaultName())).build();
                });
    }

    @GET
    @Operation(operationId = "listBases",
            summary = "All bases, every version", description = "By name, then version.")
    @APIResponse(responseCode = "200", description = "Every basis version", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BasisResponse[].class)))
    public List<BasisResponse> all() {
        BasisName defaultName = bases.defaultName();
        return bases.all().stream().map(b -> BasisResponse.from(b, defaultName)).toList();
    }

    @GET
    @Path("/{name}")
    @Operation(operationId = "listBasisVersions",
            summary = "The versions of one basis", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "Its versions", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BasisResponse[].class)))
    @APIResponse(responseCode = "404", description = "No basis with this name")
    public List<BasisResponse> versions(
            @Parameter(description = "Basis name", example = "standaard") @PathParam("name") String name) {
        BasisName defaultName = bases.defaultName();
        return bases.versions(BasisName.of(name)).stream().map(b -> BasisResponse.from(b, defaultName)).toList();
    }

    @GET
    @Path("/{name}/versions/{version}")
    @Operation(operationId = "getBasisVersion", summary = "One basis version")
    @APIResponse(responseCode = "200", description = "The version", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BasisResponse.class)))
    @APIResponse(responseCode = "404", description = "No such basis version")
    public BasisResponse one(
            @Parameter(description = "Basis name", example = "standaard") @PathParam("name") String name,
            @Parameter(description = "Version", example = "1") @PathParam("version") int version) {
        return BasisResponse.from(bases.get(BasisName.of(name), version), bases.defaultName());
    }

    @PUT
    @Path("/{name}/versions/{version}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STEWARD)
    @Operation(operationId = "reviseBasisVersion",
            summary = "Revise a draft", description = "Replaces description and weights. A published version is "
            + "fixed: revising it is a conflict (409); create a new version instead.")
    @APIResponse(responseCode = "200", description = "The revised draft", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BasisResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks role steward")
    @APIResponse(responseCode = "404", description = "No such basis version")
    @APIResponse(responseCode = "409", description = "The version is published")
    @APIResponse(responseCode = "422", description = "Unknown dimension (named), a dimension twice, a weight not above "
            + "0, or a coverage floor outside (0, 1]")
    public BasisResponse revise(
            @Parameter(description = "Basis name", example = "warmte-en-wonen") @PathParam("name") String name,
            @Parameter(description = "Version", example = "1") @PathParam("version") int version,
            @Valid @NotNull BasisRevision revision) {
        return BasisResponse.from(bases.revise(BasisName.of(name), version, revision.description(),
                revision.domainWeights(), revision.coverageFloor()), bases.defaultName());
    }

    @POST
    @Path("/{name}/versions/{version}/publish")
    @RolesAllowed(Roles.STEWARD)
    @Operation(operationId = "publishBasisVersion",
            summary = "Publish a draft", description = "DRAFT → PUBLISHED; from then on the version is fixed and "
            + "searches can use it. Emits nl.schaalsprong.comparability-basis.published.v1.")
    @APIResponse(responseCode = "200", description = "The published version", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BasisResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks role steward")
    @APIResponse(responseCode = "404", description = "No such basis version")
    @APIResponse(responseCode = "409", description = "Already published")
    public BasisResponse publish(
            @Parameter(description = "Basis name", example = "warmte-en-wonen") @PathParam("name") String name,
            @Parameter(description = "Version", example = "1") @PathParam("version") int version,
            @Context SecurityContext security) {
        return BasisResponse.from(bases.publish(BasisName.of(name), version, security.getUserPrincipal().getName()),
                bases.defaultName());
    }

    @PUT
    @Path("/{name}/default")
    @RolesAllowed(Roles.STEWARD)
    @Operation(operationId = "makeBasisDefault",
            summary = "Make a basis the default", description = "Searches that name no basis use the latest "
            + "published version of the default. The basis needs a published version.")
    @APIResponse(responseCode = "204", description = "It is the default now")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks role steward")
    @APIResponse(responseCode = "404", description = "No basis with this name")
    @APIResponse(responseCode = "409", description = "The basis has no published version")
    public void makeDefault(
            @Parameter(description = "Basis name", example = "standaard") @PathParam("name") String name) {
        bases.makeDefault(BasisName.of(name));
    }
}
