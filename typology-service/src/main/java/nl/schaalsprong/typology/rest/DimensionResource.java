package nl.schaalsprong.typology.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.schaalsprong.typology.domain.catalogue.DimensionCatalogue;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The catalogue is public: dashboards show what a dimension means next to every comparison. */
@Path("/api/v1/dimensions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dimensions", description = "The catalogue of dimensions buurten are described and compared on")
public class DimensionResource {

    private final DimensionCatalogue catalogue;

    public DimensionResource(DimensionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(summary = "All dimensions", description = "Every dimension in catalogue order: the five comparison "
            + "dimensions of the default basis, every stored CBS figure (title, unit and description from CBS's "
            + "variable list) and the attributes stewards set per buurt.")
    @APIResponse(responseCode = "200", description = "The catalogue", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DimensionResponse[].class)))
    public List<DimensionResponse> all() {
        return catalogue.definitions().stream().map(d -> DimensionResponse.from(d, catalogue)).toList();
    }

    @GET
    @Path("/{key}")
    @Operation(summary = "One dimension")
    @APIResponse(responseCode = "200", description = "The dimension", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DimensionResponse.class)))
    @APIResponse(responseCode = "404", description = "No dimension with this key")
    @APIResponse(responseCode = "400", description = "Not a dimension key (upper case, digits, underscores)")
    public DimensionResponse one(
            @Parameter(description = "Dimension key", example = "STEDELIJKHEID") @PathParam("key") String key) {
        return DimensionResponse.from(catalogue.require(DimensionKey.of(key)), catalogue);
    }
}
