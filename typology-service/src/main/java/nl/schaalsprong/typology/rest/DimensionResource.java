package nl.schaalsprong.typology.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.figure.domain.DerivedDimension;
import nl.schaalsprong.typology.service.ComparabilityIndex;
import nl.schaalsprong.typology.service.DerivedDimensions;
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

    private final ComparabilityIndex index;
    private final DerivedDimensions derived;

    public DimensionResource(ComparabilityIndex index, DerivedDimensions derived) {
        this.index = index;
        this.derived = derived;
    }

    /** A dimension derived from figures. */
    @Schema(name = "DerivedDimensionRequest", description = "A dimension computed from figures of the catalogue")
    public record DerivedRequest(
            @Schema(description = "Key: upper case letters, digits and underscores", required = true,
                    example = "LOG_WARMTEVRAAG_TOTAAL") @jakarta.validation.constraints.NotBlank String key,
            @Schema(description = "Title", required = true, example = "Warmtevraag totaal (logaritmisch)")
            @jakarta.validation.constraints.NotBlank String title,
            @Schema(description = "Unit", example = "ln(1 + GJ per jaar)") String unit,
            @Schema(description = "What it means and why") String description,
            @Schema(description = "LOG: log(1 + figure); SHARE: the first figure divided by the second",
                    required = true, enumeration = {"LOG", "SHARE"}, example = "LOG")
            @jakarta.validation.constraints.NotNull
            @jakarta.validation.constraints.Pattern(regexp = "LOG|SHARE", message = "must be LOG or SHARE")
            String derivation,
            @Schema(description = "The numeric figures it is computed from, in order", required = true,
                    example = "[\"WARMTEVRAAG_TOTAAL\"]")
            @jakarta.validation.constraints.NotEmpty List<@jakarta.validation.constraints.NotBlank String> figures) {
    }

    @jakarta.ws.rs.POST
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @jakarta.annotation.security.RolesAllowed(nl.schaalsprong.platform.security.Roles.STEWARD)
    @Operation(operationId = "defineDimension",
            summary = "Define a dimension derived from figures", description = "A log scale of a skewed figure "
            + "or a share of two figures, over any numeric figures of the catalogue; searched on from the answer. "
            + "Needs role steward.")
    @APIResponse(responseCode = "201", description = "Defined; Location names it", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DimensionResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing fields, a malformed key or an unknown derivation")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks role steward")
    @APIResponse(responseCode = "422", description = "A figure is unknown or not numeric, the number of figures "
            + "does not fit the derivation, or the key is taken")
    public jakarta.ws.rs.core.Response define(@jakarta.validation.Valid @jakarta.validation.constraints.NotNull
                                              DerivedRequest request,
                                              @jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security,
                                              @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        var definition = derived.define(new DerivedDimension(DimensionKey.of(request.key().strip()), request.title(),
                request.unit(), request.description(),
                nl.schaalsprong.typology.domain.catalogue.Derivation.valueOf(request.derivation()),
                request.figures().stream().map(f -> DimensionKey.of(f.strip())).toList()),
                security.getUserPrincipal().getName());
        return jakarta.ws.rs.core.Response.created(uri.getAbsolutePathBuilder().path(definition.key().value()).build())
                .entity(DimensionResponse.from(definition)).build();
    }

    @GET
    @Operation(operationId = "listDimensions",
            summary = "All dimensions", description = "Every dimension in catalogue order: the five comparison "
            + "dimensions of the default basis, every stored CBS figure (title, unit and description from CBS's "
            + "variable list) and the attributes stewards set per buurt.")
    @APIResponse(responseCode = "200", description = "The catalogue", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DimensionResponse[].class)))
    public List<DimensionResponse> all() {
        return index.catalogue().definitions().stream().map(DimensionResponse::from).toList();
    }

    @GET
    @Path("/{key}")
    @Operation(operationId = "getDimension", summary = "One dimension")
    @APIResponse(responseCode = "200", description = "The dimension", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DimensionResponse.class)))
    @APIResponse(responseCode = "404", description = "No dimension with this key")
    @APIResponse(responseCode = "400", description = "Not a dimension key (upper case, digits, underscores)")
    public DimensionResponse one(
            @Parameter(description = "Dimension key", example = "STEDELIJKHEID") @PathParam("key") String key) {
        return DimensionResponse.from(index.catalogue().require(DimensionKey.of(key)));
    }
}
