package nl.schaalsprong.lessons.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.schaalsprong.lessons.config.VerificationLinks;
import nl.schaalsprong.lessons.mapping.EvidenceView;
import nl.schaalsprong.lessons.service.EvidenceService;
import nl.schaalsprong.lessons.service.LessonSearch;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A lesson's evidence from verifications elsewhere, read from the model fed by verification-service's events. */
@Path("/api/v1/lessons/{id}/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lessons")
public class LessonEvidenceResource {

    private final EvidenceService evidence;
    private final LessonSearch search;
    private final VerificationLinks links;

    public LessonEvidenceResource(EvidenceService evidence, LessonSearch search, VerificationLinks links) {
        this.evidence = evidence;
        this.search = search;
        this.links = links;
    }

    @GET
    @Operation(operationId = "getLessonEvidence", summary = "A lesson's evidence",
            description = "Verification counts by outcome, the evidence level, the layer the evidence supports next "
                    + "to the claimed one, the toevalsrisico flag and a link to the verification records. Follows "
                    + "verification-service's events, so it may lag a moment behind it. ORIGIN_ONLY with zero "
                    + "counts while nothing has arrived for the lesson.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EvidenceView.class)))
    public EvidenceView read(@Parameter(example = "0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10") @PathParam("id") UUID id) {
        return EvidenceView.of(evidence.of(id), search.claimedLayer(id).orElse(null), links.baseUrl());
    }
}
