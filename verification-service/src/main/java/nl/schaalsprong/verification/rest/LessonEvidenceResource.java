package nl.schaalsprong.verification.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.schaalsprong.verification.mapping.LessonEvidenceView;
import nl.schaalsprong.verification.service.EvidenceService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * A lesson's evidence as this service derives it, with its verification records: under /api/v1/evidence, since
 * /api/v1/lessons/{id}/evidence is lessons-service's (its read model of the same evidence, in another shape).
 */
@Path("/api/v1/evidence/lessons/{lessonId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence")
public class LessonEvidenceResource {

    private final EvidenceService evidence;

    public LessonEvidenceResource(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @GET
    @Operation(operationId = "getLessonEvidenceRecords", summary = "A lesson's evidence",
            description = "Level with its reasons, supported layer (with the types confirmed and not), chance flag"
                    + " (toevalsrisico) with reasons, counts, pilot-status effect, and links to the verifications.")
    @APIResponse(responseCode = "200", description = "The lesson's evidence",
            content = @Content(schema = @Schema(implementation = LessonEvidenceView.class)))
    @APIResponse(responseCode = "404", description = "No lesson and no verification with this id")
    public LessonEvidenceView read(
            @Parameter(description = "The lesson's id", example = "0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10")
            @PathParam("lessonId") UUID lessonId) {
        EvidenceService.LessonEvidence found = evidence.forLesson(lessonId);
        return LessonEvidenceView.of(found.lessonId(), found.evidence(), found.verifications(), found.derivedAt());
    }
}
