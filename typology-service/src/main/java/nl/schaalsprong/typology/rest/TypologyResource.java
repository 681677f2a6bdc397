package nl.schaalsprong.typology.rest;

import nl.schaalsprong.platform.csv.CsvAnswer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Variant;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.schaalsprong.platform.domain.MalformedValueException;
import nl.schaalsprong.platform.paging.Page;
import nl.schaalsprong.platform.idempotency.IdempotentRequests;
import nl.schaalsprong.platform.security.Roles;
import nl.schaalsprong.typology.domain.typology.Typology;
import nl.schaalsprong.typology.service.TypeNamings;
import nl.schaalsprong.typology.service.TypologyAssignments;
import nl.schaalsprong.typology.service.TypologyPublication;
import nl.schaalsprong.typology.service.TypologyQueries;
import nl.schaalsprong.typology.service.TypologyRuns;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * Typologies: runs that cluster the buurten into types. Reading is open; running and publishing need a steward
 * (the OpenAPI security requirement follows from @RolesAllowed, as for imports).
 */
@Path("/api/v1/typologies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Typologies", description = "Classifications of the buurten into types, each with a pen portrait")
public class TypologyResource {

    private final TypologyRuns runs;
    private final TypologyPublication publication;
    private final TypologyQueries queries;
    private final TypeNamings namings;
    private final TypologyAssignments assignments;

    private final IdempotentRequests idempotentRequests;

    public TypologyResource(IdempotentRequests idempotentRequests, TypologyRuns runs, TypologyPublication publication, TypologyQueries queries,
                            TypeNamings namings, TypologyAssignments assignments) {
        this.idempotentRequests = idempotentRequests;
        this.assignments = assignments;
        this.runs = runs;
        this.publication = publication;
        this.queries = queries;
        this.namings = namings;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STEWARD)
    @Operation(operationId = "startTypology", summary = "Start a typology run",
            description = "Clusters all buurten with figures on a comparability basis into k types (k-medoids by "
                    + "CLARA over the Gower distance, seeded, so the same request on the same buurten gives the same "
                    + "typology). Without k the service tries k over its configured range and keeps the best "
                    + "silhouette. Runs asynchronously: poll the Location for status and progress. With an "
                    + "Idempotency-Key a retry gets the first run again and starts none. Needs role steward.")
    @RequestBody(description = "k, seed and basis, each optional: {} asks for the defaults",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TypologyRunRequest.class),
                    examples = {@ExampleObject(name = "twelve types", value = "{\"k\": 12, \"seed\": 42}"),
                            @ExampleObject(name = "propose k", value = "{}")}))
    @APIResponse(responseCode = "202", description = "Started; Location names the typology, status RUNNING",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TypologyResponse.class)))
    @APIResponse(responseCode = "400", description = "k outside 2..50, an unknown or malformed basis, a body that "
            + "is not a JSON object (null), or a malformed Idempotency-Key")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks role steward")
    @APIResponse(responseCode = "409", description = "No buurten have been imported yet")
    @APIResponse(responseCode = "422", description = "The named basis has no published version to type buurten on, or "
            + "an Idempotency-Key used before with another body")
    @jakarta.transaction.Transactional
    public Response start(@Valid TypologyRunRequest request,
                          @Parameter(description = IdempotentRequests.HEADER_DESCRIPTION,
                                  example = IdempotentRequests.HEADER_EXAMPLE)
                          @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                          @Context HttpHeaders headers, @Context SecurityContext security, UriInfo uri) {
        TypologyRunRequest asked = orDefaults(request, headers);
        // The run is recorded in a transaction of its own before it starts; the key's claim in this one.
        return idempotentRequests.once("POST /api/v1/typologies by " + security.getUserPrincipal().getName(),
                idempotencyKey, asked, () -> {
                    Typology typology = runs.start(asked.parameters());
                    return Response.accepted(TypologyResponse.from(typology))
                            .location(uri.getAbsolutePathBuilder().path(typology.id().toString()).build()).build();
                });
    }

    /**
     * No body asks for the defaults; a body that parses to nothing (the JSON {@code null}) is no request object, and
     * running the defaults for it would hide a client's mistake.
     */
    private static TypologyRunRequest orDefaults(TypologyRunRequest request, HttpHeaders headers) {
        if (request != null) {
            return request;
        }
        if (headers.getLength() > 0) {
            throw new MalformedValueException("the body must be a JSON object ({} for the defaults), not null");
        }
        return TypologyRunRequest.DEFAULTS;
    }

    @GET
    @Operation(operationId = "listTypologies",
            summary = "List typologies", description = "Newest version first; stable pages.")
    @APIResponse(responseCode = "200", description = "One page of typologies")
    @APIResponse(responseCode = "400", description = "page or size out of range")
    public Page<TypologyResponse> list(
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size, 1..200", example = "20") @QueryParam("size") @DefaultValue("20")
            @Min(1) @Max(Page.MAX_SIZE) int size) {
        return queries.list(page, size).map(TypologyResponse::from);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTypology",
            summary = "One typology", description = "Status, progress, k and silhouette of a run.")
    @APIResponse(responseCode = "200", description = "The typology",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TypologyResponse.class)))
    @APIResponse(responseCode = "404", description = "No such typology")
    public TypologyResponse get(@Parameter(description = "Typology id", example = "5f0c6a3e-2b7d-4a8e-9c1f-0d2e3f4a5b6c")
                                @PathParam("id") UUID id) {
        return TypologyResponse.from(queries.typology(id));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.STEWARD)
    @Operation(operationId = "publishTypology", summary = "Publish a draft typology",
            description = "DRAFT → PUBLISHED: the typology becomes immutable and, as the newest published one, "
                    + "current. Emits nl.schaalsprong.typology.published.v1 on topic schaalsprong.typology. "
                    + "Needs role steward.")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TypologyResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks role steward")
    @APIResponse(responseCode = "404", description = "No such typology")
    @APIResponse(responseCode = "409", description = "Not a draft: still running, failed, or already published "
            + "(published typologies are immutable)")
    public TypologyResponse publish(@Parameter(description = "Typology id", example = "5f0c6a3e-2b7d-4a8e-9c1f-0d2e3f4a5b6c")
                                    @PathParam("id") UUID id) {
        return TypologyResponse.from(publication.publish(id));
    }

    @GET
    @Path("/{id}/types")
    @Produces({MediaType.APPLICATION_JSON, CsvAnswer.TEXT_CSV})
    @Operation(operationId = "listTypologyTypes",
            summary = "The types of a typology", description = "Every type with its size, medoid buurt and pen "
            + "portrait, type 1 (the largest) first. `Accept: text/csv` gives one row per type: number, the name "
            + "stewards gave it (empty while unnamed), label, size and medoid buurt.")
    @APIResponse(responseCode = "200", description = "The types", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TypologyTypeResponse.class, type = org.eclipse.microprofile
                            .openapi.annotations.enums.SchemaType.ARRAY)),
            @Content(mediaType = CsvAnswer.TEXT_CSV, schema = @Schema(type = org.eclipse.microprofile.openapi
                    .annotations.enums.SchemaType.STRING), example = TypologyTypesCsv.HEADER + "\r\n"
                    + "1,Grote steden,\"Type 1: bevolkingsdichtheid veel hoger dan gemiddeld, ...\",2140,BU03630105\r\n")})
    @APIResponse(responseCode = "404", description = "No such typology")
    @APIResponse(responseCode = "409", description = "The run has not finished (or failed): no types yet")
    public List<TypologyTypeResponse> types(@Parameter(description = "Typology id",
            example = "5f0c6a3e-2b7d-4a8e-9c1f-0d2e3f4a5b6c") @PathParam("id") UUID id) {
        return queries.types(id).stream().map(TypologyTypeResponse::from).toList();
    }

    @GET
    @Path("/{id}/types/{type}/neighbourhoods")
    @Operation(operationId = "listTypeNeighbourhoods",
            summary = "The buurten of a type", description = "Nearest the type's centre first, then by code.")
    @APIResponse(responseCode = "200", description = "One page of buurten")
    @APIResponse(responseCode = "400", description = "page or size out of range")
    @APIResponse(responseCode = "404", description = "No such typology, or no such type in it")
    @APIResponse(responseCode = "409", description = "The run has not finished (or failed): no types yet")
    public Page<TypologyMemberResponse> members(
            @Parameter(description = "Typology id", example = "5f0c6a3e-2b7d-4a8e-9c1f-0d2e3f4a5b6c") @PathParam("id") UUID id,
            @Parameter(description = "Type number", example = "1") @PathParam("type") int type,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size, 1..200", example = "20") @QueryParam("size") @DefaultValue("20")
            @Min(1) @Max(Page.MAX_SIZE) int size) {
        return queries.members(id, type, page, size).map(TypologyMemberResponse::from);
    }

    @GET
    @Path("/{id}/assignments")
    @Produces({MediaType.APPLICATION_JSON, CsvAnswer.TEXT_CSV})
    @Operation(operationId = "listTypologyAssignments", summary = "Every buurt's type (bulk export)",
            description = "Each typed buurt of the typology with its gemeente and type (number, label, the name"
                    + " stewards gave it, distance to the type's centre), by buurt code. As JSON a page at a time;"
                    + " with `Accept: text/csv` all buurten in one streamed answer (page and size do not apply), for"
                    + " spreadsheets and the dashboard's download.")
    @APIResponse(responseCode = "200", description = "The buurten with their type", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TypologyAssignmentResponse.PageOf.class)),
            @Content(mediaType = CsvAnswer.TEXT_CSV, schema = @Schema(type = org.eclipse.microprofile.openapi
                    .annotations.enums.SchemaType.STRING), example = TypologyAssignmentsCsv.HEADER + "\r\n"
                    + "BU01630408,'n Oaln Diek,GM0163,Hellendoorn,3,\"Type 3: landelijk, veel ouderen\",,0.042\r\n")})
    @APIResponse(responseCode = "400", description = "page or size out of range")
    @APIResponse(responseCode = "404", description = "No such typology")
    @APIResponse(responseCode = "409", description = "The run has not finished (or failed): no types yet")
    public Response assignments(
            @Parameter(description = "Typology id", example = "5f0c6a3e-2b7d-4a8e-9c1f-0d2e3f4a5b6c") @PathParam("id") UUID id,
            @Parameter(description = "Page number from 0 (JSON only)", example = "0") @QueryParam("page")
            @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size, 1..200 (JSON only)", example = "200") @QueryParam("size")
            @DefaultValue("200") @Min(1) @Max(Page.MAX_SIZE) int size,
            @Context Request request) {
        queries.types(id);
        Variant chosen = request.selectVariant(Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
                MediaType.valueOf(CsvAnswer.TEXT_CSV)).build());
        if (chosen != null && CsvAnswer.TEXT_CSV.equals(chosen.getMediaType().toString())) {
            return Response.ok(TypologyAssignmentsCsv.of(assignments, id), CsvAnswer.TEXT_CSV + ";charset=UTF-8")
                    .build();
        }
        var found = assignments.page(id, page, size);
        return Response.ok(new TypologyAssignmentResponse.PageOf(
                        found.items().stream().map(TypologyAssignmentResponse::from).toList(), found.page(),
                        found.size(), found.total()), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @PUT
    @Path("/{id}/types/{type}/naming")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STEWARD)
    @Operation(operationId = "nameTypologyType", summary = "Name and describe a type",
            description = "Gives a type of a finished typology (draft or published) a name and description that "
                    + "people recognise. Versioned with the typology (another run's types start unnamed) and kept as "
                    + "history: each naming is a new revision with who and when; the type shows the current one. The "
                    + "computed label and the classification stay as they are. Needs role steward.")
    @RequestBody(description = "Name (3 to 80 characters, not another type's name in this typology) and optional "
            + "description (at most 2000)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TypeNamingRequest.class), examples = @ExampleObject(name = "naming",
            value = "{\"name\": \"Naoorlogse stadswijken\", \"description\": \"Portiekflats uit 1950-1970 rond het "
                    + "centrum, veel huur, weinig kinderen\"}")))
    @APIResponse(responseCode = "200", description = "The type as named", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TypologyTypeResponse.class)))
    @APIResponse(responseCode = "400", description = "No body")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks role steward")
    @APIResponse(responseCode = "404", description = "No such typology, or no such type in it")
    @APIResponse(responseCode = "409", description = "The run has not finished (or failed): no types yet")
    @APIResponse(responseCode = "422", description = "Name too short or too long, description too long, or the name "
            + "of another type of this typology")
    public TypologyTypeResponse name(
            @Parameter(description = "Typology id", example = "5f0c6a3e-2b7d-4a8e-9c1f-0d2e3f4a5b6c") @PathParam("id") UUID id,
            @Parameter(description = "Type number", example = "1") @PathParam("type") int type,
            @NotNull TypeNamingRequest request, @Context SecurityContext security) {
        return TypologyTypeResponse.from(namings.name(id, type, request.name(), request.description(),
                security.getUserPrincipal().getName()));
    }
}
