package nl.schaalsprong.verification.rest;

import nl.schaalsprong.platform.csv.CsvAnswer;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.schaalsprong.verification.mapping.LearnedWeightsView;
import nl.schaalsprong.verification.service.LearningService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;

@Path("/api/v1/learning/weights")
@Produces({MediaType.APPLICATION_JSON, CsvAnswer.TEXT_CSV})
@Tag(name = "Learning", description = "Learning which dimensions predict that an approach transfers")
public class LearningResource {

    private final LearningService learning;

    public LearningResource(LearningService learning) {
        this.learning = learning;
    }

    @GET
    @Operation(operationId = "getLearnedWeights", summary = "The latest learned model",
            description = "Per dimension its importance with a bootstrap interval and the proposed weight, and the"
                    + " Brier score of similarity as a predictor of confirmation. Of the named basis, or of whichever"
                    + " basis was learned last. `Accept: text/csv` gives one row per dimension, most important first.")
    @APIResponse(responseCode = "200", description = "The latest learned model", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LearnedWeightsView.class)),
            @Content(mediaType = CsvAnswer.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    example = LearnedWeightsCsv.HEADER + "\r\nSTEDELIJKHEID,1.42,0.61,2.3,true,2.42\r\n")})
    @APIResponse(responseCode = "404", description = "Nothing learned yet (for this basis)")
    public LearnedWeightsView latest(
            @Parameter(description = "A comparability basis name", example = "standaard")
            @QueryParam("basis") @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,62}$", message = "must be a basis name")
            String basis) {
        return LearnedWeightsView.of(learning.latest(Optional.ofNullable(basis)));
    }
}
