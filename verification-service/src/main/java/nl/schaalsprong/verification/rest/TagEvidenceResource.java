package nl.schaalsprong.verification.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.schaalsprong.verification.mapping.TagEvidenceView;
import nl.schaalsprong.verification.service.EvidenceService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tags may hold one slash (family/component), so the path template takes it in. */
@Path("/api/v1/tags/{tag: [^/]+(/[^/]+)?}/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence")
public class TagEvidenceResource {

    private static final String TAG_FORMAT = "^[a-z0-9][a-z0-9-]{0,62}(/[a-z0-9][a-z0-9-]{0,62})?$";

    private final EvidenceService evidence;

    public TagEvidenceResource(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @GET
    @Operation(operationId = "getTagEvidence",
            summary = "The evidence for an approach tag, across its lessons",
            description = "The verifications of every lesson with the tag pooled and judged by the same rules, and"
                    + " each lesson's own level.")
    @APIResponse(responseCode = "200", description = "The tag's evidence",
            content = @Content(schema = @Schema(implementation = TagEvidenceView.class)))
    @APIResponse(responseCode = "400", description = "Not a tag")
    @APIResponse(responseCode = "404", description = "No lesson has this tag")
    public TagEvidenceView read(
            @Parameter(description = "An approach tag", example = "participatie/keukentafelgesprekken")
            @PathParam("tag") @Pattern(regexp = TAG_FORMAT, message = "must be a tag such as family/component") String tag) {
        EvidenceService.TagEvidence found = evidence.forTag(tag);
        return TagEvidenceView.of(tag, found.pooled(), found.lessons().stream()
                .map(l -> TagEvidenceView.lesson(l.lessonId(), l.evidence())).toList());
    }
}
