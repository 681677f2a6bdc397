package nl.schaalsprong.platform.deadletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.schaalsprong.platform.paging.Page;
import nl.schaalsprong.platform.security.Caller;
import nl.schaalsprong.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * The dead letters of this service's consumers, for a steward: what failed and why, and a replay once it is fixed.
 * Written once for every service (each serves it from its own {@code dead_letter} table); each service extends it under
 * a path of its own, {@code /api/v1/dead-letters/<service>}, because an ingress routes one path to one service.
 */
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Dead letters", description = "Records this service's consumers gave up on, for a steward to replay")
public abstract class DeadLetterResource {

    private final DeadLetters deadLetters;
    private final Caller caller;

    protected DeadLetterResource(DeadLetters deadLetters, Caller caller) {
        this.deadLetters = deadLetters;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.STEWARD)
    @Operation(operationId = "listDeadLetters", summary = "List dead letters",
            description = "Newest first: records a consumer could not process (not a CloudEvent, data that does not "
                    + "fit, a rule of this service refuses it, or a failure that persisted through the retries), with the "
                    + "reason. A failure that may pass was retried in place before the record was dead-lettered.")
    @APIResponse(responseCode = "200", description = "One page of dead letters")
    @APIResponse(responseCode = "400", description = "Invalid page or size")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a steward")
    public Page<DeadLetterView> list(
            @Parameter(description = "Page number from 0", example = "0")
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size", example = "20")
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return deadLetters.list(page, size).map(DeadLetterView::of);
    }

    @POST
    @Path("/{id}/replay")
    @RolesAllowed(Roles.STEWARD)
    @Operation(operationId = "replayDeadLetter", summary = "Replay a dead letter",
            description = "Publishes the record again, key and value unchanged, to the topic it came from (through "
                    + "the outbox, so it is sent once this answer is given); its consumer handles it as new unless it "
                    + "applied that event before. Once: replaying a replayed dead letter answers it as it is and "
                    + "publishes nothing.")
    @APIResponse(responseCode = "200", description = "Replayed (now or before); replayedAt says when")
    @APIResponse(responseCode = "400", description = "A malformed id")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a steward")
    @APIResponse(responseCode = "404", description = "No such dead letter")
    public DeadLetterView replay(
            @Parameter(description = "The dead letter's id", example = "3f0c2a4e-8b1d-4c6e-9a7f-1e2d3c4b5a69")
            @PathParam("id") UUID id) {
        return DeadLetterView.of(deadLetters.replay(id, caller.subject()));
    }
}
