package nl.schaalsprong.lessons.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.schaalsprong.lessons.mapping.RelevantLessons;
import nl.schaalsprong.lessons.service.NeighbourhoodLessons;
import nl.schaalsprong.platform.cbs.BuurtCode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Lessons for a buurt, at the same path shape typology-service uses for buurten ({@code /neighbourhoods/{code}}),
 * so a client that holds a buurt code finds its comparable buurten and their lessons side by side.
 */
@Path("/api/v1/neighbourhoods/{code}/lessons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lessons")
public class NeighbourhoodLessonsResource {

    private final NeighbourhoodLessons lessons;

    public NeighbourhoodLessonsResource(NeighbourhoodLessons lessons) {
        this.lessons = lessons;
    }

    @GET
    @Operation(operationId = "listLessonsForNeighbourhood", summary = "Lessons relevant to a buurt",
            description = "Published lessons learned in this buurt or in one of the buurten typology-service finds "
                    + "most comparable to it, ranked by the similarity of their origin (1 for the buurt itself), "
                    + "then newest first, then by id.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RelevantLessons.class)))
    @APIResponse(responseCode = "400", description = "Not a buurt code, or a parameter out of range")
    @APIResponse(responseCode = "404", description = "typology-service does not know the buurt")
    @APIResponse(responseCode = "503", description = "typology-service is unavailable; try again later")
    public RelevantLessons relevant(
            @Parameter(description = "CBS buurt code", example = "BU03630105") @PathParam("code") String code,
            @Parameter(description = "How many comparable buurten to take into account") @QueryParam("comparable")
            @DefaultValue("20") @Min(1) @Max(100) int comparable,
            @Parameter(description = "Page number from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size, at most 100") @QueryParam("size") @DefaultValue("20") @Min(1)
            @Max(100) int size) {
        return lessons.find(new BuurtCode(code), comparable, page, size);
    }
}
