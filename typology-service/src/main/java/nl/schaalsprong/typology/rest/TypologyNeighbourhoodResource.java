package nl.schaalsprong.typology.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.typology.service.TypologyQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A buurt's type, under the neighbourhoods path where a client looks for everything about one buurt. A class of
 * its own (the longer literal path wins the match) so that NeighbourhoodResource stays untouched.
 */
@Path("/api/v1/neighbourhoods/{code}/type")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Neighbourhoods")
public class TypologyNeighbourhoodResource {

    private final TypologyQueries queries;

    public TypologyNeighbourhoodResource(TypologyQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(operationId = "getNeighbourhoodType",
            summary = "The buurt's type", description = "The buurt's type, with its pen portrait, in the current "
            + "typology: the newest published one.")
    @APIResponse(responseCode = "200", description = "The buurt's type",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TypologyOfNeighbourhoodResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a buurt code")
    @APIResponse(responseCode = "404", description = "No typology has been published, or the buurt is not in it")
    public TypologyOfNeighbourhoodResponse type(
            @Parameter(description = "CBS buurt code", example = "BU01630408") @PathParam("code") String code) {
        return TypologyOfNeighbourhoodResponse.from(queries.typeOf(BuurtCode.of(code)));
    }
}
