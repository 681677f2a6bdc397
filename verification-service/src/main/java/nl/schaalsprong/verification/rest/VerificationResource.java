package nl.schaalsprong.verification.rest;

import nl.schaalsprong.platform.csv.CsvAnswer;
import nl.schaalsprong.verification.domain.Actor;
import nl.schaalsprong.platform.idempotency.IdempotentRequests;
import jakarta.ws.rs.HeaderParam;
import jakarta.transaction.Transactional;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.platform.paging.Page;
import nl.schaalsprong.platform.security.Roles;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.schaalsprong.verification.domain.Verification;
import nl.schaalsprong.verification.domain.VerificationStatus;
import nl.schaalsprong.verification.service.NominationService;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import nl.schaalsprong.verification.mapping.StatusCountsView;
import nl.schaalsprong.verification.mapping.VerificationView;
import nl.schaalsprong.verification.service.VerificationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;
import java.util.UUID;

/**
 * Reading verifications needs no token: dashboards of the KLP read freely. The lifecycle steps need role
 * verifier and a token whose {@code gemeenten} claim lists the target's gemeente, or role steward.
 */
@Path("/api/v1/verifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verifications", description = "Verifying lessons in comparable buurten before they are scaled up")
public class VerificationResource {

    /** A UUID in text; taken as text so a malformed one is a 400 problem, not JAX-RS's 404. */
    static final String UUID_FORMAT = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    static final String GEMEENTE_FORMAT = "GM[0-9]{4}";
    static final String STATUS_FORMAT = "SUGGESTED|ACCEPTED|DECLINED|CONCLUDED";

    private final VerificationService verifications;
    private final NominationService nominations;
    private final Actors actors;
    private final VerificationViews views;

    private final IdempotentRequests idempotentRequests;

    public VerificationResource(VerificationService verifications, NominationService nominations, Actors actors,
                                VerificationViews views, IdempotentRequests idempotentRequests) {
        this.idempotentRequests = idempotentRequests;
        this.verifications = verifications;
        this.nominations = nominations;
        this.actors = actors;
        this.views = views;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VERIFIER, Roles.STEWARD})
    @Operation(operationId = "nominateVerification",
            summary = "Nominate the gemeente's own buurt for a lesson (trying it here)",
            description = "Next to the suggestions, a gemeente may choose a buurt of its own to verify a lesson in. The "
                    + "verification is recorded as selection NOMINATED and starts ACCEPTED with its pre-registered "
                    + "success criteria (the rules of accepting apply). Typology's comparison with the lesson's origin is "
                    + "recorded as for a suggestion. A nomination is self-selected, a form of pilot bias: evidence flags a "
                    + "level that leans on nominated confirmations (chance rule SELF_SELECTED) and learning weighs them "
                    + "less (see /api/v1/evidence-rules). Emits nl.schaalsprong.verification.accepted.v1 with selection "
                    + "NOMINATED; no suggested event precedes it.")
    @APIResponse(responseCode = "201", description = "Nominated and accepted",
            headers = @Header(name = "Location", description = "The new verification",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = VerificationView.class)))
    @APIResponse(responseCode = "400", description = "Malformed lesson id, buurt code or criteria, or a malformed "
            + "Idempotency-Key")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The buurt lies outside the gemeenten the verifier acts for")
    @APIResponse(responseCode = "404", description = "A lesson not known here (not tagged), or a buurt typology does not know")
    @APIResponse(responseCode = "409", description = "The lesson already has a verification in this buurt")
    @APIResponse(responseCode = "422", description = "Criteria break a rule, the lesson is not verified per buurt, the "
            + "buurt is the lesson's origin, typology cannot compare it with the origin, or an Idempotency-Key used "
            + "before with another body")
    @APIResponse(responseCode = "503", description = "typology-service cannot answer right now; retry")
    @Transactional
    public Response nominate(@Valid @NotNull NominationRequest request,
                             @Parameter(description = IdempotentRequests.HEADER_DESCRIPTION,
                                     example = IdempotentRequests.HEADER_EXAMPLE)
                             @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                             @Context UriInfo uri) {
        Actor actor = actors.current();
        // The nomination commits in transactions of its own (typology is asked between them); the key's claim is
        // in this one, so a retry waits for the first attempt and gets its answer instead of a 409.
        return idempotentRequests.once("POST /api/v1/verifications by " + actor.name(), idempotencyKey, request, () -> {
            Verification nominated = nominations.nominate(request.lesson(), request.buurt(), request.toCriteria(),
                    actor);
            return Response.created(uri.getAbsolutePathBuilder().path(nominated.id.toString()).build())
                    .entity(views.of(nominated)).build();
        });
    }

    @GET
    @Operation(operationId = "listVerifications", summary = "List verifications",
            description = "Most comparable buurt first, ties by buurt code: a stable order, so pages do not shift. "
                    + "Filter by lessonId to see where one lesson is to be verified, by status and by the target's gemeente.")
    @APIResponse(responseCode = "200", description = "One page of verifications")
    @APIResponse(responseCode = "400", description = "Invalid lessonId, status, gemeente, page or size")
    public Page<VerificationView> list(
            @Parameter(description = "Only the verifications of this lesson", example = "0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10")
            @QueryParam("lessonId") @Pattern(regexp = UUID_FORMAT, message = "must be a UUID") String lessonId,
            @Parameter(description = "Only verifications in this status", example = "SUGGESTED")
            @QueryParam("status") @Pattern(regexp = STATUS_FORMAT, message = "must be one of " + STATUS_FORMAT) String status,
            @Parameter(description = "Only verifications in buurten of this gemeente (CBS code)", example = "GM0363")
            @QueryParam("gemeente") @Pattern(regexp = GEMEENTE_FORMAT, message = "must be a CBS gemeente code") String gemeente,
            @Parameter(description = "Page number from 0", example = "0")
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size", example = "20")
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return views.of(verifications.list(Optional.ofNullable(lessonId).map(UUID::fromString),
                Optional.ofNullable(status).map(VerificationStatus::valueOf),
                Optional.ofNullable(gemeente).map(GemeenteCode::new), page, size));
    }

    @GET
    @Path("/counts")
    @Produces({MediaType.APPLICATION_JSON, CsvAnswer.TEXT_CSV})
    @Operation(operationId = "countVerifications", summary = "A lesson's verifications counted by status",
            description = "How many of the lesson's verifications are suggested, accepted, declined, and concluded per"
                    + " outcome: every status and outcome, zeros included (a lesson without verifications counts"
                    + " zero everywhere), and, while the lesson's suggestions wait, why: typology-service away, or no"
                    + " origin of the lesson comparable on the basis for lack of figures. The lesson drill-down's chart"
                    + " on the KLP dashboard. `Accept: text/csv` gives"
                    + " the header `" + StatusCountsCsv.HEADER + "` and one row per status and outcome, in the same order.")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "400", description = "No lessonId, or not a UUID")
    public StatusCountsView counts(
            @Parameter(description = "The lesson whose verifications are counted", required = true,
                    example = "0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10")
            @QueryParam("lessonId") @NotNull(message = "is required")
            @Pattern(regexp = UUID_FORMAT, message = "must be a UUID") String lessonId) {
        UUID lesson = UUID.fromString(lessonId);
        return StatusCountsView.of(lesson, verifications.countsOf(lesson), verifications.waitingOf(lesson));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getVerification", summary = "Read a verification")
    @APIResponse(responseCode = "200", description = "The verification",
            content = @Content(schema = @Schema(implementation = VerificationView.class)))
    @APIResponse(responseCode = "404", description = "No such verification")
    public VerificationView read(
            @Parameter(description = "The verification's id", example = "5d0c1f7a-3b2e-4a8f-9c61-0e4b7d2a9f13")
            @PathParam("id") UUID id) {
        return views.of(verifications.find(id));
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VERIFIER, Roles.STEWARD})
    @Operation(operationId = "acceptVerification",
            summary = "Accept a suggested verification with its success criteria",
            description = "The gemeente commits to verifying the lesson in this buurt. The success criteria are "
                    + "frozen and timestamped now: no later request can change them. Emits "
                    + "nl.schaalsprong.verification.accepted.v1.")
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(implementation = VerificationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid criteria")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a verifier for the target's gemeente, nor a steward")
    @APIResponse(responseCode = "404", description = "No such verification")
    @APIResponse(responseCode = "409", description = "Not SUGGESTED (any more)")
    @APIResponse(responseCode = "422", description = "Criteria break a rule (e.g. an indicator twice)")
    public VerificationView accept(@Parameter(example = "5d0c1f7a-3b2e-4a8f-9c61-0e4b7d2a9f13") @PathParam("id") UUID id,
                                   @Valid @NotNull AcceptRequest request) {
        return views.of(verifications.accept(id, request.toCriteria(), actors.current()));
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VERIFIER, Roles.STEWARD})
    @Operation(operationId = "declineVerification",
            summary = "Decline a suggested verification, with a reason",
            description = "Final. The lesson's next tagging may suggest another buurt in its place. The reason has a"
                    + " kind: the buurt differs on a dimension (which one; learning the comparability weights counts"
                    + " it against that dimension), an approach already chosen, no capacity, a barrier (which one), or"
                    + " other (in words). Emits nl.schaalsprong.verification.declined.v1 with the reason.")
    @APIResponse(responseCode = "200", description = "Declined", content = @Content(schema = @Schema(implementation = VerificationView.class)))
    @APIResponse(responseCode = "400", description = "No kind nor reason, or the kind lacks what it needs (dimension,"
            + " barrierId or text: the problem names it)")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a verifier for the target's gemeente, nor a steward")
    @APIResponse(responseCode = "404", description = "No such verification")
    @APIResponse(responseCode = "409", description = "Not SUGGESTED (any more)")
    public VerificationView decline(@Parameter(example = "5d0c1f7a-3b2e-4a8f-9c61-0e4b7d2a9f13") @PathParam("id") UUID id,
                                    @Valid @NotNull DeclineRequest request) {
        return views.of(verifications.decline(id, request.toReason(), actors.current()));
    }

    @POST
    @Path("/{id}/conclude")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VERIFIER, Roles.STEWARD})
    @Operation(operationId = "concludeVerification",
            summary = "Conclude an accepted verification with what was measured",
            description = "The outcome follows from the frozen criteria: CONFIRMED when all are met, NOT_CONFIRMED "
                    + "when one is not, INCONCLUSIVE when a measurement is missing. A concluded verification never "
                    + "changes again. Emits nl.schaalsprong.verification.concluded.v1.")
    @APIResponse(responseCode = "200", description = "Concluded", content = @Content(schema = @Schema(implementation = VerificationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a verifier for the target's gemeente, nor a steward")
    @APIResponse(responseCode = "404", description = "No such verification")
    @APIResponse(responseCode = "409", description = "Not ACCEPTED (concluded records are immutable)")
    @APIResponse(responseCode = "422", description = "A result names no frozen criterion")
    public VerificationView conclude(@Parameter(example = "5d0c1f7a-3b2e-4a8f-9c61-0e4b7d2a9f13") @PathParam("id") UUID id,
                                     @Valid @NotNull ConcludeRequest request) {
        return views.of(verifications.conclude(id, request.measurements(), request.adaptationsOrNone(),
                request.conditionsPresent(), actors.current()));
    }
}
