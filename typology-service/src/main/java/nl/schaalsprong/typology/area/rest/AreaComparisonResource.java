package nl.schaalsprong.typology.area.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.platform.cbs.WijkCode;
import nl.schaalsprong.typology.area.domain.AreaLevel;
import nl.schaalsprong.typology.area.service.AreaComparisons;
import nl.schaalsprong.typology.area.service.Areas;
import nl.schaalsprong.platform.csv.CsvAnswer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Comparison at wijk and gemeente level, for the seed's "binnen de eigen gemeente, maar ook daarbuiten": a wijk's
 * or gemeente's values are derived from its buurten and ranked as buurten are. Reading needs no token.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Areas", description = "Every CBS buurt, wijk and gemeente of 2024, found by name or code")
public class AreaComparisonResource {

    static final int MAX_LIMIT = 100;
    private static final String HOW = "Each wijk's or gemeente's value on a dimension is derived from its buurten "
            + "with figures: the mean weighted by inhabitants for numeric and ordinal dimensions (a buurt without "
            + "inhabitants counts once when none of the area's buurten has any), the level with the most inhabitants "
            + "for categorical ones; missing when the buurten with a value hold less than half the area's "
            + "inhabitants. Values are then scaled over all areas of the level (numeric: 2nd to 98th percentile) and "
            + "ranked by the weighted Gower similarity the buurt search uses, on a published basis (default: the "
            + "default basis' latest version). Each result names where it differs most; explain=true adds every "
            + "dimension's contribution. `Accept: text/csv` gives one row per ranked area (the dashboard's chart "
            + "download).";
    private static final String CSV_EXAMPLE = ComparableAreasCsv.HEADER + "\r\n"
            + "GM0307,Amersfoort,,,160000,0.9731,5,0.0,AANDEEL_65_PLUS\r\n";

    private final AreaComparisons comparisons;
    private final Areas areas;

    public AreaComparisonResource(AreaComparisons comparisons, Areas areas) {
        this.comparisons = comparisons;
        this.areas = areas;
    }

    @GET
    @Path("/wijken/{code}/comparable")
    @Produces({MediaType.APPLICATION_JSON, CsvAnswer.TEXT_CSV})
    @Operation(operationId = "comparableWijken", summary = "Wijken comparable to this one", description = HOW)
    @APIResponse(responseCode = "200", description = "The ranked comparable wijken", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ComparableAreasResponse.class)),
            @Content(mediaType = CsvAnswer.TEXT_CSV, schema = @Schema(type = SchemaType.STRING), example = CSV_EXAMPLE)})
    @APIResponse(responseCode = "400", description = "Not a wijk code, or limit, basisVersion or within invalid")
    @APIResponse(responseCode = "404", description = "Unknown wijk, basis or basis version")
    @APIResponse(responseCode = "409", description = "The basis version asked for is a draft")
    @APIResponse(responseCode = "422", description = "The wijk has no buurten with figures, or no value on any "
            + "dimension of the basis")
    public ComparableAreasResponse wijken(
            @Parameter(description = "CBS wijk code", example = "WK001410") @PathParam("code") String code,
            @Parameter(description = "How many wijken to return, 1 to " + MAX_LIMIT, example = "10")
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(MAX_LIMIT) int limit,
            @Parameter(description = "Comparability basis name; default: the default basis", example = "standaard")
            @QueryParam("basis") String basis,
            @Parameter(description = "Basis version; default: its latest published version", example = "1")
            @QueryParam("basisVersion") @Min(1) Integer basisVersion,
            @Parameter(description = "`gemeente`: only wijken in the same gemeente", example = "gemeente")
            @QueryParam("within") @Pattern(regexp = "gemeente", message = "must be gemeente") String within,
            @Parameter(description = "`true` adds each result's per-dimension `contributions`", example = "true")
            @QueryParam("explain") @DefaultValue("false") boolean explain) {
        WijkCode wijk = WijkCode.of(code);
        return ComparableAreasResponse.from(comparisons.comparableTo(AreaLevel.WIJK, wijk.value(), basis,
                basisVersion, limit, within != null, explain), areas);
    }

    @GET
    @Path("/gemeenten/{code}/comparable")
    @Produces({MediaType.APPLICATION_JSON, CsvAnswer.TEXT_CSV})
    @Operation(operationId = "comparableGemeenten", summary = "Gemeenten comparable to this one", description = HOW)
    @APIResponse(responseCode = "200", description = "The ranked comparable gemeenten", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ComparableAreasResponse.class)),
            @Content(mediaType = CsvAnswer.TEXT_CSV, schema = @Schema(type = SchemaType.STRING), example = CSV_EXAMPLE)})
    @APIResponse(responseCode = "400", description = "Not a gemeente code, or limit or basisVersion invalid")
    @APIResponse(responseCode = "404", description = "Unknown gemeente, basis or basis version")
    @APIResponse(responseCode = "409", description = "The basis version asked for is a draft")
    @APIResponse(responseCode = "422", description = "The gemeente has no buurten with figures, or no value on "
            + "any dimension of the basis")
    public ComparableAreasResponse gemeenten(
            @Parameter(description = "CBS gemeente code", example = "GM0014") @PathParam("code") String code,
            @Parameter(description = "How many gemeenten to return, 1 to " + MAX_LIMIT, example = "10")
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(MAX_LIMIT) int limit,
            @Parameter(description = "Comparability basis name; default: the default basis", example = "standaard")
            @QueryParam("basis") String basis,
            @Parameter(description = "Basis version; default: its latest published version", example = "1")
            @QueryParam("basisVersion") @Min(1) Integer basisVersion,
            @Parameter(description = "`true` adds each result's per-dimension `contributions`", example = "true")
            @QueryParam("explain") @DefaultValue("false") boolean explain) {
        GemeenteCode gemeente = GemeenteCode.of(code);
        return ComparableAreasResponse.from(comparisons.comparableTo(AreaLevel.GEMEENTE, gemeente.value(), basis,
                basisVersion, limit, false, explain), areas);
    }
}
