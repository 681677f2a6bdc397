package nl.schaalsprong.typology.figure.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.schaalsprong.platform.domain.NotFoundException;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.figure.domain.FigureCatalogue;
import nl.schaalsprong.typology.figure.service.FigureStore;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** The figure catalogue is public: whoever shows a value must be able to credit its source. */
@Path("/api/v1/figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures", description = "The catalogue of per-buurt figures and their sources")
public class FigureResource {

    private final FigureStore figures;

    public FigureResource(FigureStore figures) {
        this.figures = figures;
    }

    @GET
    @Operation(operationId = "listFigures", summary = "All figures",
            description = "Every figure in key order, with kind, levels, aggregation, source and the years stored. "
                    + "Imports add figures (POST /api/v1/imports/mapped with figures).")
    @APIResponse(responseCode = "200", description = "The catalogue", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FigureResponse.class,
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<FigureResponse> list() {
        FigureCatalogue catalogue = figures.catalogue();
        Map<DimensionKey, List<Integer>> years = figures.years();
        return catalogue.figures().stream()
                .map(f -> FigureResponse.from(f, years.getOrDefault(f.key(), List.of()))).toList();
    }

    @GET
    @Path("/{key}")
    @Operation(operationId = "getFigure", summary = "One figure")
    @APIResponse(responseCode = "200", description = "The figure", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FigureResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a figure key (upper case letters, digits, underscores)")
    @APIResponse(responseCode = "404", description = "No such figure")
    public FigureResponse get(@Parameter(description = "Figure key", example = "STEDELIJKHEID") @PathParam("key")
                              String key) {
        DimensionKey figure = DimensionKey.of(key);
        return figures.catalogue().find(figure)
                .map(f -> FigureResponse.from(f, figures.years().getOrDefault(figure, List.of())))
                .orElseThrow(() -> new NotFoundException("figure", figure));
    }
}
