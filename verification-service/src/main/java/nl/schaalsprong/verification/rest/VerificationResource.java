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
import nl.schaalsprong.platform.paging.Page;
import nl.schaalsprong.platform.problem.Problem;
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

/** Reading verifications needs no token: dashboards of the KLP read freely. */
@Path("/api/v1/verifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verifications", description = "Verifying lessons in comparable buurten before they are scaled up")
public class VerificationResource {

    /** A UUID in text; taken as text so a malformed one is a 400 problem, not JAX-RS's 404. */
    private static final String UUID_FORMAT = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final VerificationService verifications;

    public VerificationResource(VerificationService verifications) {
        this.verifications = verifications;
    }

    @GET
    @Operation(summary = "List verifications",
            description = "Most comparable buurt first, ties by buurt code: a stable order, so pages do not shift. "
                    + "Filter by lessonId to see where one lesson is to be verified.")
    @APIResponse(responseCode = "200", description = "One page of verifications")
    @APIResponse(responseCode = "400", description = "Invalid lessonId, page or size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<VerificationView> list(
            @Parameter(description = "Only the verifications of this lesson", example = "0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10")
            @QueryParam("lessonId") @Pattern(regexp = UUID_FORMAT, message = "must be a UUID") String lessonId,
            @Parameter(description = "Page number from 0", example = "0")
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size", example = "20")
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return verifications.list(Optional.ofNullable(lessonId).map(UUID::fromString), page, size)
                .map(VerificationView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a verification")
    @APIResponse(responseCode = "200", description = "The verification",
            content = @Content(schema = @Schema(implementation = VerificationView.class)))
    @APIResponse(responseCode = "404", description = "No such verification",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VerificationView read(
            @Parameter(description = "The verification's id", example = "5d0c1f7a-3b2e-4a8f-9c61-0e4b7d2a9f13")
            @PathParam("id") UUID id) {
        return VerificationView.of(verifications.find(id));
    }
}
