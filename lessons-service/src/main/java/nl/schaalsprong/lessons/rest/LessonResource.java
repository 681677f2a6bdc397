package nl.schaalsprong.lessons.rest;

import io.quarkus.security.ForbiddenException;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.schaalsprong.lessons.domain.LessonContent;
import nl.schaalsprong.lessons.domain.LessonStatus;
import nl.schaalsprong.lessons.domain.Tag;
import nl.schaalsprong.lessons.mapping.LessonVersionView;
import nl.schaalsprong.lessons.mapping.LessonView;
import nl.schaalsprong.lessons.mapping.TagRequest;
import nl.schaalsprong.lessons.mapping.TransitionRequest;
import nl.schaalsprong.lessons.service.LessonService;
import nl.schaalsprong.platform.idempotency.IdempotentRequests;
import nl.schaalsprong.platform.security.Caller;
import nl.schaalsprong.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.UUID;

/**
 * Lessons: record, read, revise, move through the lifecycle, tag, and the history of every change. Listing and
 * searching lessons is {@code LessonSearchResource}'s, over its own read model.
 */
@Path("/api/v1/lessons")
@Produces(MediaType.APPLICATION_JSON)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Lessons", description = "Lessons learned in proeftuinen")
public class LessonResource {

    private final LessonService lessons;
    private final Caller caller;
    private final IdempotentRequests idempotentRequests;

    public LessonResource(LessonService lessons, Caller caller, IdempotentRequests idempotentRequests) {
        this.lessons = lessons;
        this.caller = caller;
        this.idempotentRequests = idempotentRequests;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTRIBUTOR)
    @Operation(operationId = "recordLesson",
            summary = "Record a lesson", description = "Stores a new DRAFT lesson. Its origin proeftuin must be in "
            + "the register and typology-service must know its origin buurten. Needs role contributor. Retries are "
            + "safe with an Idempotency-Key: the same key and body get the first answer again and record nothing more.")
    @APIResponse(responseCode = "201", description = "Recorded (or, for a repeated Idempotency-Key, the first answer "
            + "again); Location names the lesson, ETag is its version",
            content = @Content(schema = @Schema(implementation = LessonView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, or a malformed Idempotency-Key")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Token lacks role contributor, or its pilots claim does not list "
            + "the lesson's proeftuin")
    @APIResponse(responseCode = "413", description = "Body above 1 MB")
    @APIResponse(responseCode = "422", description = "Unknown proeftuin or buurt, or an Idempotency-Key used before "
            + "with another body")
    @APIResponse(responseCode = "503", description = "typology-service cannot check the buurten now")
    @Transactional
    public Response record(@Valid @NotNull LessonContent content,
                           @Parameter(description = "Any unique token (a UUID) the client picks per lesson it means to "
                                   + "record; a retry with the same key and body records nothing more",
                                   example = "5f0c7a52-2b4e-4c1a-9d57-7a0f3c1e8b21")
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           UriInfo uri) {
        return idempotentRequests.once("POST /api/v1/lessons by " + caller.subject(), idempotencyKey, content, () -> {
            LessonView lesson = lessons.record(content, caller);
            return Response.created(uri.getAbsolutePathBuilder().path(lesson.id().toString()).build())
                    .tag(Versions.tag(lesson.version())).entity(lesson).build();
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getLesson",
            summary = "Read a lesson", description = "Published (and superseded or retracted) lessons are open to "
            + "all; a DRAFT or IN_REVIEW lesson only to its proeftuin's contributors and the stewards (404 for others).")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", description = "The version, for If-Match",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    example = "\"3\"")),
            content = @Content(schema = @Schema(implementation = LessonView.class)))
    @APIResponse(responseCode = "404", description = "No such lesson, or one you may not see")
    public Response read(@Parameter(example = "0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10") @PathParam("id") UUID id) {
        LessonView lesson = lessons.read(id, caller);
        return Response.ok(lesson).tag(Versions.tag(lesson.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTRIBUTOR)
    @Operation(operationId = "reviseLesson",
            summary = "Revise a lesson", description = "Replaces what the author wrote, while the lesson is DRAFT or "
            + "IN_REVIEW. If-Match must carry the version that was read: a stale one gets 409. Needs role contributor "
            + "for the lesson's proeftuin (pilots claim).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LessonView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Token lacks role contributor or the lesson's proeftuin")
    @APIResponse(responseCode = "409", description = "Stale version, or the lesson is no longer editable")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response revise(@PathParam("id") UUID id,
                           @Parameter(description = "The ETag that was read", example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull LessonContent content) {
        LessonView lesson = lessons.revise(id, content, Versions.fromIfMatch(ifMatch), caller);
        return Response.ok(lesson).tag(Versions.tag(lesson.version())).build();
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CONTRIBUTOR, Roles.STEWARD})
    @Operation(operationId = "transitionLesson", summary = "Move a lesson through its lifecycle",
            description = "DRAFT -> IN_REVIEW (a contributor of the lesson's proeftuin, or a steward); IN_REVIEW -> "
                    + "DRAFT or PUBLISHED, PUBLISHED -> SUPERSEDED (with successorId) or RETRACTED (steward). "
                    + "Publishing needs If-Match with the version that was reviewed (428 without, 412 when the lesson "
                    + "changed since) and checks the quality gate; publishing an INSTITUTIONALISERING lesson adds its "
                    + "barrier to the register.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", description = "The version after the move, for "
            + "If-Match", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    example = "\"2\"")),
            content = @Content(schema = @Schema(implementation = LessonView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a steward (for any move but to IN_REVIEW), or not a "
            + "contributor of the lesson's proeftuin")
    @APIResponse(responseCode = "409", description = "Illegal transition; the problem names from and to")
    @APIResponse(responseCode = "412", description = "Publishing: If-Match is not the lesson's current version")
    @APIResponse(responseCode = "422", description = "Quality gate failed (errors[] names each failed policy), or a bad successor")
    @APIResponse(responseCode = "428", description = "Publishing without If-Match")
    public Response transition(@PathParam("id") UUID id,
                               @Parameter(description = "To publish: the ETag of the version that was reviewed",
                                       example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull TransitionRequest request) {
        if (request.to() != LessonStatus.IN_REVIEW && !caller.isSteward()) {
            throw new ForbiddenException("only a steward may move a lesson to " + request.to());
        }
        Long reviewed = request.to() == LessonStatus.PUBLISHED ? Versions.fromIfMatch(ifMatch) : null;
        LessonView lesson = lessons.transition(id, request.to(), request.successorId(), reviewed, caller);
        return Response.ok(lesson).tag(Versions.tag(lesson.version())).build();
    }

    @POST
    @Path("/{id}/tags")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTRIBUTOR)
    @Operation(operationId = "tagLesson", summary = "Tag a lesson for transfer",
            description = "Adds approach components from the vocabulary ('theme/component') or free tags (one word) to "
                    + "a PUBLISHED lesson. A tagging that adds a tag emits one LessonTagged event, which makes "
                    + "verification-service suggest comparable buurten to verify the lesson in.")
    @APIResponse(responseCode = "200", description = "The lesson with its tags",
            content = @Content(schema = @Schema(implementation = LessonView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Token lacks role contributor or the lesson's proeftuin")
    @APIResponse(responseCode = "404", description = "No such lesson")
    @APIResponse(responseCode = "409", description = "The lesson is not PUBLISHED")
    @APIResponse(responseCode = "422", description = "A tag is malformed or an unknown component, or the lesson "
            + "would carry more than 50 tags")
    public LessonView tag(@PathParam("id") UUID id, @Valid @NotNull TagRequest request) {
        List<Tag> tags = request.tags().stream().map(Tag::new).toList();
        return lessons.tag(id, tags, caller);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.CONTRIBUTOR, Roles.STEWARD})
    @Operation(operationId = "getLessonHistory",
            summary = "Every kept version of a lesson", description = "Oldest first: what changed, who, when, and "
            + "the lesson after it. For the contributors of the lesson's proeftuin and the stewards.")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a steward nor a contributor of the lesson's proeftuin")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LessonVersionView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such lesson")
    public List<LessonVersionView> history(@PathParam("id") UUID id) {
        return lessons.history(id, caller);
    }
}
