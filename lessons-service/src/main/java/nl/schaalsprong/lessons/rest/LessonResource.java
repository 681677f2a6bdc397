package nl.schaalsprong.lessons.rest;

import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import nl.schaalsprong.lessons.domain.LessonContent;
import nl.schaalsprong.lessons.domain.LessonStatus;
import nl.schaalsprong.lessons.domain.Tag;
import nl.schaalsprong.lessons.mapping.LessonVersionView;
import nl.schaalsprong.lessons.mapping.LessonView;
import nl.schaalsprong.lessons.mapping.TagRequest;
import nl.schaalsprong.lessons.mapping.TransitionRequest;
import nl.schaalsprong.lessons.service.LessonService;
import nl.schaalsprong.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import java.util.List;
import java.util.UUID;

/**
 * Lessons: record, read, revise, move through the lifecycle, tag, and the history of every change. Listing and
 * searching lessons is {@code LessonSearchResource}'s, over its own read model.
 */
@Path("/api/v1/lessons")
@Produces(MediaType.APPLICATION_JSON)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Lessons", description = "Lessons learned in proeftuinen")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class LessonResource {

    private final LessonService lessons;
    private final JsonWebToken caller;

    public LessonResource(LessonService lessons, JsonWebToken caller) {
        this.lessons = lessons;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTRIBUTOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record a lesson", description = "Stores a new DRAFT lesson. Its origin proeftuin must be in "
            + "the register and typology-service must know its origin buurten. Needs role contributor.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the lesson, ETag is its version",
            content = @Content(schema = @Schema(implementation = LessonView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Token lacks role contributor")
    @APIResponse(responseCode = "422", description = "Unknown proeftuin or buurt")
    @APIResponse(responseCode = "503", description = "typology-service cannot check the buurten now")
    public Response record(@Valid @NotNull LessonContent content, UriInfo uri) {
        LessonView lesson = lessons.record(content, caller.getName());
        return Response.created(uri.getAbsolutePathBuilder().path(lesson.id().toString()).build())
                .tag(Versions.tag(lesson.version())).entity(lesson).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a lesson")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", description = "The version, for If-Match"),
            content = @Content(schema = @Schema(implementation = LessonView.class)))
    @APIResponse(responseCode = "404", description = "No such lesson")
    public Response read(@Parameter(example = "0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10") @PathParam("id") UUID id) {
        LessonView lesson = lessons.read(id);
        return Response.ok(lesson).tag(Versions.tag(lesson.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTRIBUTOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Revise a lesson", description = "Replaces what the author wrote, while the lesson is DRAFT or "
            + "IN_REVIEW. If-Match must carry the version that was read: a stale one gets 409. Needs role contributor.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LessonView.class)))
    @APIResponse(responseCode = "409", description = "Stale version, or the lesson is no longer editable")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response revise(@PathParam("id") UUID id,
                           @Parameter(description = "The ETag that was read", example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull LessonContent content) {
        LessonView lesson = lessons.revise(id, content, Versions.fromIfMatch(ifMatch), caller.getName());
        return Response.ok(lesson).tag(Versions.tag(lesson.version())).build();
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CONTRIBUTOR, Roles.STEWARD})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Move a lesson through its lifecycle",
            description = "DRAFT -> IN_REVIEW (contributor or steward); IN_REVIEW -> DRAFT or PUBLISHED, PUBLISHED -> "
                    + "SUPERSEDED (with successorId) or RETRACTED (steward). Publishing checks the quality gate; "
                    + "publishing an INSTITUTIONALISERING lesson adds its barrier to the register.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LessonView.class)))
    @APIResponse(responseCode = "409", description = "Illegal transition; the problem names from and to")
    @APIResponse(responseCode = "422", description = "Quality gate failed (errors[] names each failed policy), or a bad successor")
    public Response transition(@PathParam("id") UUID id, @Valid @NotNull TransitionRequest request,
                               SecurityContext security) {
        if (request.to() != LessonStatus.IN_REVIEW && !security.isUserInRole(Roles.STEWARD)) {
            throw new ForbiddenException("only a steward may move a lesson to " + request.to());
        }
        LessonView lesson = lessons.transition(id, request.to(), request.successorId(), caller.getName());
        return Response.ok(lesson).tag(Versions.tag(lesson.version())).build();
    }

    @POST
    @Path("/{id}/tags")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTRIBUTOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Tag a lesson for transfer",
            description = "Adds approach components from the vocabulary ('theme/component') or free tags (one word) to "
                    + "a PUBLISHED lesson. A tagging that adds a tag emits one LessonTagged event, which makes "
                    + "verification-service suggest comparable buurten to verify the lesson in.")
    @APIResponse(responseCode = "200", description = "The lesson with its tags",
            content = @Content(schema = @Schema(implementation = LessonView.class)))
    @APIResponse(responseCode = "404", description = "No such lesson")
    @APIResponse(responseCode = "409", description = "The lesson is not PUBLISHED")
    @APIResponse(responseCode = "422", description = "A tag is malformed or an unknown component")
    public LessonView tag(@PathParam("id") UUID id, @Valid @NotNull TagRequest request) {
        List<Tag> tags = request.tags().stream().map(Tag::new).toList();
        return lessons.tag(id, tags, caller.getName());
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every kept version of a lesson", description = "Oldest first: what changed, who, when, and the lesson after it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LessonVersionView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such lesson")
    public List<LessonVersionView> history(@PathParam("id") UUID id) {
        return lessons.history(id);
    }
}
