package nl.schaalsprong.typology.area.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.schaalsprong.platform.paging.Page;
import nl.schaalsprong.typology.area.domain.AreaLevel;
import nl.schaalsprong.typology.area.domain.AreaQuery;
import nl.schaalsprong.typology.area.service.Areas;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Finding areas by name: a gemeente official knows "Paddepoel", not BU00141001. Reading needs no token. */
@Path("/api/v1/areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Areas", description = "Every CBS buurt, wijk and gemeente of 2024, found by name or code")
public class AreaResource {

    private final Areas areas;

    public AreaResource(Areas areas) {
        this.areas = areas;
    }

    @GET
    @Operation(operationId = "searchAreas", summary = "Find buurten, wijken and gemeenten by name",
            description = "Matches q against every area's name with accents, case, punctuation and a leading "
                    + "'s or 't ignored (\"s-hertogenbosch\", \"'s Hertogenbosch\" and \"hertogenbosch\" all find "
                    + "'s-Hertogenbosch; \"sudwest fryslan\" finds Súdwest-Fryslân), or against its code "
                    + "(case ignored). Wijken are found by name too (\"noordwest\" finds WK001410 in Groningen). "
                    + "Ranked: exact name, then names starting with q, then names with a later word starting with q, then names "
                    + "containing q; at equal match gemeente before wijk before buurt, then more inhabitants first, "
                    + "then name and code. Nicknames the CBS data does not hold (\"Den Bosch\") are not found.")
    @APIResponse(responseCode = "200", description = "One page of areas, best match first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AreaResponse.PageOf.class),
                    examples = @ExampleObject(name = "paddepoel",
                    value = "{\"items\": [{\"code\": \"BU00141001\", \"level\": \"buurt\", \"name\": \"Paddepoel-Zuid\", "
                            + "\"wijk\": {\"code\": \"WK001410\", \"name\": \"Noordwest\"}, \"gemeente\": {\"code\": \"GM0014\", "
                            + "\"name\": \"Groningen\"}, \"inhabitants\": 3265, \"match\": \"PREFIX\"}], "
                            + "\"page\": 0, \"size\": 20, \"total\": 2}")))
    @APIResponse(responseCode = "400", description = "q missing, shorter than 2 or longer than 100 characters, "
            + "or without letters or digits; level not buurt, wijk or gemeente; page or size out of range")
    public Page<AreaResponse> search(
            @Parameter(description = "Name or part of it, 2 to 100 characters; or a code", required = true,
                    example = "paddepoel") @QueryParam("q") String q,
            @Parameter(description = "Only this level", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"buurt", "wijk", "gemeente"}), example = "buurt") @QueryParam("level") String level,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") @DefaultValue("0")
            @Min(0) int page,
            @Parameter(description = "Page size, 1.." + Page.MAX_SIZE, example = "20") @QueryParam("size")
            @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        AreaQuery query = new AreaQuery(q, level == null ? null : AreaLevel.ofParameter(level));
        return areas.search(query, page, size).map(hit -> AreaResponse.from(hit.area(), hit.match(), areas));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getArea", summary = "One buurt, wijk or gemeente",
            description = "By CBS code; the level follows from the prefix (BU, WK, GM).")
    @APIResponse(responseCode = "200", description = "The area", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a CBS buurt, wijk or gemeente code")
    @APIResponse(responseCode = "404", description = "No such area in 2024")
    public AreaResponse get(@Parameter(description = "CBS code", example = "WK001410") @PathParam("code") String code) {
        return AreaResponse.from(areas.get(code), areas);
    }

    @GET
    @Path("/{code}/buurten")
    @Operation(operationId = "listAreaBuurten", summary = "The buurten in a wijk or gemeente",
            description = "Every buurt lying in the wijk or gemeente, by name (then code), as one list: a gemeente "
                    + "holds at most a few hundred. For choosing a buurt of a wijk or gemeente picked by name, e.g. "
                    + "to nominate it for a lesson (a nomination is per buurt).")
    @APIResponse(responseCode = "200", description = "The area and its buurten", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaBuurten.class)))
    @APIResponse(responseCode = "400", description = "Not a CBS wijk or gemeente code (a buurt holds no buurten)")
    @APIResponse(responseCode = "404", description = "No such wijk or gemeente in 2024")
    public AreaBuurten buurten(@Parameter(description = "CBS code of a wijk or gemeente", example = "WK001410")
                               @PathParam("code") String code) {
        return new AreaBuurten(AreaResponse.from(areas.get(code), areas),
                areas.buurtenIn(code).stream().map(buurt -> AreaResponse.from(buurt, areas)).toList());
    }

    @Schema(name = "AreaBuurten", description = "A wijk or gemeente and the buurten lying in it, by name")
    public record AreaBuurten(
            @Schema(description = "The wijk or gemeente asked for") AreaResponse area,
            @Schema(description = "Its buurten, by name then code") java.util.List<AreaResponse> buurten) {
    }
}
