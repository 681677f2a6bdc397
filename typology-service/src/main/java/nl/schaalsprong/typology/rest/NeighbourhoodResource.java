package nl.schaalsprong.typology.rest;

import nl.schaalsprong.platform.csv.CsvAnswer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.domain.MalformedValueException;
import nl.schaalsprong.platform.security.Roles;
import nl.schaalsprong.typology.domain.ComparableBuurt;
import nl.schaalsprong.typology.domain.basis.SearchBasis;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.domain.comparison.Scope;
import nl.schaalsprong.typology.domain.comparison.Search;
import nl.schaalsprong.typology.domain.comparison.LeftOut;
import nl.schaalsprong.typology.domain.comparison.Ranking;
import nl.schaalsprong.typology.domain.basis.DimensionWeight;
import nl.schaalsprong.typology.service.AttributeService;
import nl.schaalsprong.typology.service.CurrentTypes;
import nl.schaalsprong.typology.service.PublishedBases;
import nl.schaalsprong.typology.service.NeighbourhoodQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reading buurten needs no token: these are public CBS figures. Setting attributes needs role steward. */
@Path("/api/v1/neighbourhoods")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Neighbourhoods", description = "CBS buurten and which buurten are comparable to each other")
public class NeighbourhoodResource {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;

    private final NeighbourhoodQueries queries;
    private final PublishedBases bases;
    private final AttributeService attributes;
    private final CurrentTypes types;

    public NeighbourhoodResource(NeighbourhoodQueries queries, PublishedBases bases, AttributeService attributes,
                                 CurrentTypes types) {
        this.queries = queries;
        this.bases = bases;
        this.attributes = attributes;
        this.types = types;
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getNeighbourhood",
            summary = "One buurt", description = "A buurt with its wijk, gemeente, figures (newest year, and every "
            + "stored year) and the values stewards set on settable dimensions.")
    @APIResponse(responseCode = "200", description = "The buurt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NeighbourhoodResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a buurt code (BU + 4 digits + 4 digits or capitals)")
    @APIResponse(responseCode = "404", description = "No buurt with this code has been imported")
    public NeighbourhoodResponse get(
            @Parameter(description = "CBS buurt code", example = "BU01630408") @PathParam("code") String code) {
        return NeighbourhoodResponse.from(queries.buurt(BuurtCode.of(code)));
    }

    @PUT
    @Path("/{code}/attributes/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STEWARD)
    @Operation(operationId = "setNeighbourhoodAttribute",
            summary = "Set a buurt's value on a settable dimension", description = "For dimensions no statistic "
            + "holds (participatie-aanpak, warmtestrategie, proeftuin-status). The value must be one of the "
            + "dimension's levels. Setting a new value emits nl.schaalsprong.neighbourhood.changed.v1 and is "
            + "seen by the next comparable search.")
    @APIResponse(responseCode = "200", description = "The stored value", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttributeResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a buurt code, or no value")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks role steward")
    @APIResponse(responseCode = "404", description = "Unknown buurt or dimension")
    @APIResponse(responseCode = "422", description = "Not a level of the dimension, or a dimension derived from CBS")
    public AttributeResponse setAttribute(
            @Parameter(description = "CBS buurt code", example = "BU01630408") @PathParam("code") String code,
            @Parameter(description = "Settable dimension key", example = "PARTICIPATIE_AANPAK") @PathParam("key")
            String key,
            @Valid @NotNull AttributeRequest request, @Context SecurityContext security) {
        return AttributeResponse.from(attributes.set(BuurtCode.of(code), DimensionKey.of(key), request.value(),
                security.getUserPrincipal().getName()));
    }

    @GET
    @Path("/{code}/comparable")
    @Produces({MediaType.APPLICATION_JSON, CsvAnswer.TEXT_CSV})
    @Operation(operationId = "listComparableNeighbourhoods", summary = "Buurten comparable to this one",
            description = "The most comparable other buurten on a comparability basis (default: the default "
                    + "basis' latest published version): similarity = 1 − the weighted mean Gower distance (numeric "
                    + "by 2nd–98th percentile range, ordinal by rank, categorical by mismatch). A dimension missing "
                    + "on either side is left out, the weights renormalised, and missingWeight says how much was "
                    + "left out; but a buurt sharing less than the basis' coverage floor of its weight (default 0.7), "
                    + "or lacking a dimension the basis requires, is not offered, and leftOut counts them by reason. "
                    + "A buurt that itself lacks a required dimension or too much of the weight gets 422. Ranked by similarity, then by code. Each result names the dimension it differs "
                    + "most on, whether it is a proeftuin and its type in the current typology; with explain=true "
                    + "also every dimension's contribution (about four times the bytes, so only on request). With "
                    + "among, only the buurten listed are ranked (limit, within and exclude then do not apply): a "
                    + "client that chose from a lean answer asks this way for the contributions of its choice only. "
                    + "`Accept: text/csv` gives one row per ranked buurt (the dashboard's chart download).")
    @APIResponse(responseCode = "200", description = "The ranked comparable buurten", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ComparableNeighbourhoodsResponse.class)),
            @Content(mediaType = CsvAnswer.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    example = ComparableNeighbourhoodsCsv.HEADER + "\r\n"
                            + "BU19550001,Centrum,Montferland,0.9731,5,0.0,STEDELIJKHEID,false,3,"
                            + "\"Type 3: bevolkingsdichtheid veel hoger dan gemiddeld\"\r\n")})
    @APIResponse(responseCode = "400", description = "Not a buurt code, limit, within or exclude invalid, or among "
            + "combined with within or exclude or listing more than " + MAX_LIMIT + " buurten")
    @APIResponse(responseCode = "404", description = "Unknown buurt, basis or basis version")
    @APIResponse(responseCode = "409", description = "The basis version asked for is a draft")
    @APIResponse(responseCode = "422", description = "The buurt itself lacks a dimension the basis requires, or more "
            + "of its weight than the coverage floor allows; the problem names the missing dimensions")
    public ComparableNeighbourhoodsResponse comparable(
            @Parameter(description = "CBS buurt code", example = "BU01630408") @PathParam("code") String code,
            @Parameter(description = "How many buurten to return, 1 to " + MAX_LIMIT, example = "10")
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(MAX_LIMIT) int limit,
            @Parameter(description = "Comparability basis name; default: the default basis", example = "standaard")
            @QueryParam("basis") String basis,
            @Parameter(description = "Basis version; default: its latest published version", example = "1")
            @QueryParam("basisVersion") @Min(1) Integer basisVersion,
            @Parameter(description = "Only buurten in the same gemeente or wijk", example = "gemeente")
            @QueryParam("within") @Pattern(regexp = "gemeente|wijk", message = "must be gemeente or wijk")
            String within,
            @Parameter(description = "`pilots` leaves out buurten marked as proeftuin (PROEFTUIN_STATUS = ja)",
                    example = "pilots")
            @QueryParam("exclude") @Pattern(regexp = "pilots", message = "must be pilots") String exclude,
            @Parameter(description = "`true` adds each result's per-dimension `contributions`", example = "true")
            @QueryParam("explain") @DefaultValue("false") boolean explain,
            @Parameter(description = "Only these buurten, comma-separated or the parameter repeated (at most "
                    + MAX_LIMIT + "); an unknown one gives 404", example = "BU07581000,BU01580011")
            @QueryParam("among") List<String> among) {
        BuurtCode buurt = BuurtCode.of(code);
        List<BuurtCode> only = codes(among);
        if (!only.isEmpty() && (within != null || exclude != null)) {
            throw new MalformedValueException("among names the buurten to rank; within and exclude cannot narrow it");
        }
        SearchBasis used = bases.forSearch(basis, basisVersion);
        Scope scope = within == null ? Scope.EVERYWHERE : Scope.valueOf(within.toUpperCase(Locale.ROOT));
        Search search = new Search(used.weights(), limit, scope, exclude != null, explain, used.coverageFloor());
        Ranking found = only.isEmpty() ? queries.comparableTo(buurt, search)
                : new Ranking(queries.among(buurt, only, search), LeftOut.NONE);
        List<ComparableNeighbourhoodResponse> ranked = found.comparable().stream()
                .map(b -> ComparableNeighbourhoodResponse.from(b, types.typeOf(b.code())))
                .toList();
        List<String> required = used.weights().stream().filter(DimensionWeight::required)
                .map(w -> w.dimension().value()).toList();
        return new ComparableNeighbourhoodsResponse(buurt.value(),
                used.weights().stream().map(w -> w.dimension().value()).toList(), used.name().value(),
                used.version(), used.coverageFloor(), required, ranked, only.isEmpty()
                ? ComparableNeighbourhoodsResponse.LeftOutResponse.from(found.leftOut(), buurt.value(),
                used.coverageFloor(), required) : null, sources(used), pinnedYears(used));
    }

    /** The basis' pinned figure-years, in the basis' order. */
    private static java.util.Map<String, Integer> pinnedYears(SearchBasis used) {
        java.util.Map<String, Integer> pinned = new java.util.LinkedHashMap<>();
        used.weights().stream().filter(w -> w.year() != null).forEach(w -> pinned.put(w.dimension().value(), w.year()));
        return pinned;
    }

    /** The distinct sources of the figures behind the basis' dimensions. */
    private List<SourceResponse> sources(SearchBasis used) {
        var catalogue = queries.catalogue();
        return used.weights().stream().flatMap(w -> catalogue.find(w.dimension()).stream())
                .flatMap(d -> d.provenance().stream()).distinct().map(SourceResponse::from).toList();
    }

    private static List<BuurtCode> codes(List<String> among) {
        if (among == null) {
            return List.of();
        }
        List<BuurtCode> codes = among.stream().flatMap(each -> Arrays.stream(each.split(",")))
                .map(String::strip).filter(each -> !each.isEmpty()).map(BuurtCode::of).distinct().toList();
        if (codes.size() > MAX_LIMIT) {
            throw new MalformedValueException("among lists " + codes.size() + " buurten; at most " + MAX_LIMIT);
        }
        return codes;
    }

    @GET
    @Path("/{code}/comparable/{other}")
    @Produces({MediaType.APPLICATION_JSON, CsvAnswer.TEXT_CSV})
    @Operation(operationId = "compareNeighbourhoods", summary = "Explain how comparable two buurten are",
            description = "The similarity of two buurten on a basis, with every dimension's contribution. "
                    + "`Accept: text/csv` gives one row per dimension, largest contribution first (the dashboard's "
                    + "explanation chart download).")
    @APIResponse(responseCode = "200", description = "The pair, explained", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PairResponse.class)),
            @Content(mediaType = CsvAnswer.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    example = NeighbourhoodPairCsv.HEADER + "\r\n" + "STEDELIJKHEID,0.2,0.25,0.05,4,3\r\n")})
    @APIResponse(responseCode = "400", description = "Not a buurt code")
    @APIResponse(responseCode = "404", description = "Unknown buurt, basis or basis version")
    @APIResponse(responseCode = "409", description = "The basis version asked for is a draft")
    @APIResponse(responseCode = "422", description = "The two share no dimension of the basis")
    public PairResponse pair(
            @Parameter(description = "CBS buurt code", example = "BU01630408") @PathParam("code") String code,
            @Parameter(description = "The other CBS buurt code", example = "BU19550001") @PathParam("other")
            String other,
            @Parameter(description = "Comparability basis name; default: the default basis", example = "standaard")
            @QueryParam("basis") String basis,
            @Parameter(description = "Basis version; default: its latest published version", example = "1")
            @QueryParam("basisVersion") @Min(1) Integer basisVersion) {
        SearchBasis used = bases.forSearch(basis, basisVersion);
        BuurtCode buurt = BuurtCode.of(code);
        ComparableBuurt pair = queries.explain(buurt, BuurtCode.of(other), used);
        return new PairResponse(buurt.value(), used.name().value(), used.version(),
                ComparableNeighbourhoodResponse.from(pair, types.typeOf(pair.code())));
    }
}
