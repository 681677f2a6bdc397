package nl.schaalsprong.typology.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.schaalsprong.platform.problem.Problem;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.typology.domain.Dimension;
import nl.schaalsprong.typology.service.NeighbourhoodQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

/** Reading buurten needs no token: these are public CBS figures. */
@Path("/api/v1/neighbourhoods")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Neighbourhoods", description = "CBS buurten and which buurten are comparable to each other")
public class NeighbourhoodResource {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;
    private static final List<String> DIMENSIONS = Arrays.stream(Dimension.values()).map(Dimension::name).toList();

    private final NeighbourhoodQueries queries;

    public NeighbourhoodResource(NeighbourhoodQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One buurt", description = "A buurt with its wijk, gemeente and CBS kerncijfers.")
    @APIResponse(responseCode = "200", description = "The buurt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NeighbourhoodResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a buurt code (BU + 4 digits + 4 digits or capitals)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No buurt with this code has been imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NeighbourhoodResponse get(
            @Parameter(description = "CBS buurt code", example = "BU01630408") @PathParam("code") String code) {
        return NeighbourhoodResponse.from(queries.buurt(BuurtCode.of(code)));
    }

    @GET
    @Path("/{code}/comparable")
    @Operation(summary = "Buurten comparable to this one",
            description = "The most comparable other buurten: similarity = 1 − the weighted mean of |a − b| over "
                    + "dimensions scaled to [0,1] (log population density, average household size, share of "
                    + "households with children, stedelijkheid, share aged 65+). Numeric dimensions are scaled "
                    + "between their 2nd and 98th percentile over all buurten, clipped; a dimension missing on "
                    + "either side is left out. Ranked by similarity, then by code.")
    @APIResponse(responseCode = "200", description = "The ranked comparable buurten",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ComparableNeighbourhoodsResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a buurt code, or limit outside 1..100",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No buurt with this code has been imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ComparableNeighbourhoodsResponse comparable(
            @Parameter(description = "CBS buurt code", example = "BU01630408") @PathParam("code") String code,
            @Parameter(description = "How many buurten to return, 1 to " + MAX_LIMIT, example = "10")
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(MAX_LIMIT) int limit) {
        BuurtCode buurt = BuurtCode.of(code);
        List<ComparableNeighbourhoodResponse> ranked = queries.comparableTo(buurt, limit).stream()
                .map(ComparableNeighbourhoodResponse::from)
                .toList();
        return new ComparableNeighbourhoodsResponse(buurt.value(), DIMENSIONS, ranked);
    }
}
